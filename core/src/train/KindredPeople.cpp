// Fitting the twin network's kindred-people term (contract in KindredPeople.h).
#include "KindredPeople.h"

#include "BaselineSupport.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

namespace kindred::detail {

namespace {

using model::kKindredColdRatings;
constexpr std::size_t kTop = 10;                 ///< NDCG@10, the evaluation's
constexpr std::size_t kMinimumProbeLists = 20;   ///< fewer: no term for the medium
/// Other-media weights of the similarity tried (the user-kNN yardstick's grid).
constexpr double kOtherWeights[] = {0, 0.1, 0.25, 0.5, 1, 2, 4};
/// Multiples of the probe's score spread tried for γ_m.
constexpr double kMultiples[] = {0, 0.5, 1, 2, 4, 8, 16, 32, 64};

/// One probe list: the person and their shortened history (what is kept for every list; the
/// candidates and scores are rebuilt one list at a time, so memory stays one list's worth).
struct ProbeList {
    std::int32_t user = 0;
    std::vector<HistoryEntry> history;      ///< kKindredColdRatings of the medium, all others
    std::vector<std::int32_t> trainInDomain; ///< every Train item of the medium (ascending): not candidates
    const std::vector<std::int32_t>* relevant = nullptr;
};

/// The person's probe list for the list's medium, or none when they are not eligible.
std::optional<ProbeList> probeList(const model::TwinModel& model, const RankingList& list, std::mt19937_64& random) {
    const auto& itemDomain = model.parameters().itemDomain;
    std::vector<HistoryEntry> inDomain, elsewhere;
    for (const auto& entry : model.trainHistory(list.user))
        (itemDomain[std::size_t(entry.item)] == list.domain ? inDomain : elsewhere).push_back(entry);
    if (inDomain.size() <= kKindredColdRatings || elsewhere.empty())
        return std::nullopt;
    ProbeList probe;
    probe.user = list.user;
    probe.relevant = &list.relevant;
    for (const auto& entry : inDomain)
        probe.trainInDomain.push_back(entry.item); // trainHistory is ascending
    std::shuffle(inDomain.begin(), inDomain.end(), random);
    inDomain.resize(kKindredColdRatings);
    probe.history = std::move(elsewhere);
    probe.history.insert(probe.history.end(), inDomain.begin(), inDomain.end());
    return probe;
}

/// A probe list's candidates (the medium's items not rated in Train) and the model's scores of
/// the shortened history (encoder and memory; no kindred term), per dense item in `scores`.
struct ScoredProbe {
    std::vector<std::int32_t> candidates;
    std::vector<float> scores;

    void fill(const model::TwinModel& model, const ProbeList& probe, int domain) {
        const auto& itemDomain = model.parameters().itemDomain;
        candidates.clear();
        for (std::int32_t i = 0; i < model.itemCount(); ++i)
            if (itemDomain[std::size_t(i)] == domain &&
                !std::binary_search(probe.trainInDomain.begin(), probe.trainInDomain.end(), i))
                candidates.push_back(i);
        const auto person = model.personVector(probe.user, probe.history);
        scores.assign(std::size_t(model.itemCount()), 0.0f);
        for (const auto i : candidates)
            scores[std::size_t(i)] = float(model.score(person, i));
        for (const auto& [item, amount] : model.memoryScores(probe.history))
            scores[std::size_t(item)] += amount;
    }

    /// Standard deviation of the scores over the candidates.
    double spread() const {
        double sum = 0, squares = 0;
        for (const auto i : candidates) {
            sum += scores[std::size_t(i)];
            squares += double(scores[std::size_t(i)]) * double(scores[std::size_t(i)]);
        }
        const double n = double(std::max<std::size_t>(1, candidates.size()));
        return std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
    }
};

} // namespace

KindredPeopleFit fitKindredPeople(const model::TwinModel& model, std::span<const RankingList> lists, std::uint64_t seed,
                                  ProgressToken* token) {
    const auto domainCount = std::size_t(model.domainCount());
    KindredPeopleFit fit;
    fit.otherWeight.assign(domainCount, 0.0f);
    fit.weight.assign(domainCount, 0.0f);
    fit.probeLists.assign(domainCount, 0);
    fit.withoutKindred.assign(domainCount, std::nan(""));
    fit.withKindred = fit.withoutKindred;
    if (domainCount < 2)
        return fit; // the term asks a person's other media; one medium has none
    std::mt19937_64 random(seed ^ 0x4B1Dull);
    std::vector<std::vector<ProbeList>> probes(domainCount);
    for (const auto& list : lists)
        if (auto probe = probeList(model, list, random))
            probes[std::size_t(list.domain)].push_back(std::move(*probe));
    std::size_t total = 0;
    for (const auto& p : probes)
        total += p.size() >= kMinimumProbeLists ? 2 * p.size() : 0;
    TrainingProgress progress(token, "kindred people", total, "people");
    std::size_t done = 0;
    ScoredProbe scored;
    std::vector<float> shares(std::size_t(model.itemCount()), 0.0f);
    for (std::size_t m = 0; m < domainCount; ++m) {
        const auto& probe = probes[m];
        fit.probeLists[m] = probe.size();
        if (probe.size() < kMinimumProbeLists)
            continue;
        // Pass 1: the scores' spread, the unit of γ.
        double scoreSpread = 0;
        for (const auto& p : probe) {
            scored.fill(model, p, int(m));
            scoreSpread += scored.spread() / double(probe.size());
            progress.throwIfCancelled();
            progress.report(++done);
        }
        if (scoreSpread == 0)
            scoreSpread = 1; // a model without spread leaves the order to the kindred people alone (shares are 0..1)
        // Pass 2: NDCG@10 of every (w, γ) on every list.
        std::vector<std::vector<double>> ndcg(std::size(kOtherWeights), std::vector<double>(std::size(kMultiples), 0.0));
        for (const auto& p : probe) {
            scored.fill(model, p, int(m));
            for (std::size_t w = 0; w < std::size(kOtherWeights); ++w) {
                const auto kindred = model.kindredShares(p.user, p.history, int(m), kOtherWeights[w]);
                for (const auto& [item, share] : kindred)
                    shares[std::size_t(item)] = share;
                for (std::size_t g = 0; g < std::size(kMultiples); ++g) {
                    if (g == 0 && w > 0)
                        continue; // without the term the weight does not matter
                    const double gamma = kMultiples[g] * scoreSpread;
                    ndcg[w][g] += topNdcg(scored.candidates, *p.relevant, kTop, [&](std::int32_t i) {
                        return float(double(scored.scores[std::size_t(i)]) + gamma * double(shares[std::size_t(i)]));
                    });
                }
                for (const auto& [item, share] : kindred)
                    shares[std::size_t(item)] = 0.0f;
            }
            progress.throwIfCancelled();
            progress.report(++done);
        }
        double best = ndcg[0][0];
        for (std::size_t w = 0; w < std::size(kOtherWeights); ++w)
            for (std::size_t g = 1; g < std::size(kMultiples); ++g)
                if (ndcg[w][g] > best) {
                    best = ndcg[w][g];
                    fit.otherWeight[m] = float(kOtherWeights[w]);
                    fit.weight[m] = float(kMultiples[g] * scoreSpread);
                }
        fit.withoutKindred[m] = ndcg[0][0] / double(probe.size());
        fit.withKindred[m] = best / double(probe.size());
    }
    progress.report(total, true);
    return fit;
}

} // namespace kindred::detail
