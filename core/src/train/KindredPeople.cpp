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

/// One probe list: the shortened history, the candidates and the model's scores of them.
struct ProbeList {
    std::int32_t user = 0;
    std::vector<HistoryEntry> history;      ///< kKindredColdRatings of the medium, all others
    std::vector<std::int32_t> candidates;   ///< the medium's items not rated in Train
    std::vector<float> modelScores;         ///< per dense item (only candidates are read)
    const std::vector<std::int32_t>* relevant = nullptr;
};

/// The person's probe list for `medium`, or none when they are not eligible.
std::optional<ProbeList> probeList(const model::TwinModel& model, const RankingList& list, std::mt19937_64& random) {
    const auto& media = model.parameters().itemMedium;
    std::vector<HistoryEntry> inMedium, elsewhere;
    for (const auto& entry : model.trainHistory(list.user))
        (media[std::size_t(entry.item)] == list.domain ? inMedium : elsewhere).push_back(entry);
    if (inMedium.size() <= kKindredColdRatings || elsewhere.empty())
        return std::nullopt;
    ProbeList probe;
    probe.user = list.user;
    probe.relevant = &list.relevant;
    std::vector<bool> rated(std::size_t(model.itemCount()), false);
    for (const auto& entry : inMedium)
        rated[std::size_t(entry.item)] = true;
    std::shuffle(inMedium.begin(), inMedium.end(), random);
    inMedium.resize(kKindredColdRatings);
    probe.history = elsewhere;
    probe.history.insert(probe.history.end(), inMedium.begin(), inMedium.end());
    for (std::int32_t i = 0; i < model.itemCount(); ++i)
        if (media[std::size_t(i)] == list.domain && !rated[std::size_t(i)])
            probe.candidates.push_back(i);
    // The model's score of the shortened history (encoder and memory; no kindred term yet).
    const auto person = model.personVector(list.user, probe.history);
    probe.modelScores.assign(std::size_t(model.itemCount()), 0.0f);
    for (const auto i : probe.candidates)
        probe.modelScores[std::size_t(i)] = float(model.score(person, i));
    for (const auto& [item, amount] : model.memoryScores(probe.history))
        probe.modelScores[std::size_t(item)] += amount;
    return probe;
}

/// Standard deviation of the model's scores over a list's candidates.
double spread(const ProbeList& probe) {
    double sum = 0, squares = 0;
    for (const auto i : probe.candidates) {
        sum += probe.modelScores[std::size_t(i)];
        squares += double(probe.modelScores[std::size_t(i)]) * double(probe.modelScores[std::size_t(i)]);
    }
    const double n = double(std::max<std::size_t>(1, probe.candidates.size()));
    return std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
}

} // namespace

KindredPeopleFit fitKindredPeople(const model::TwinModel& model, std::span<const RankingList> lists, std::uint64_t seed,
                                  ProgressToken* token) {
    const auto media = std::size_t(model.mediumCount());
    KindredPeopleFit fit;
    fit.otherWeight.assign(media, 0.0f);
    fit.weight.assign(media, 0.0f);
    fit.probeLists.assign(media, 0);
    fit.withoutKindred.assign(media, std::nan(""));
    fit.withKindred = fit.withoutKindred;
    if (media < 2)
        return fit; // the term asks a person's other media; one medium has none
    TrainingProgress progress(token, "kindred people", lists.size(), "people");
    std::mt19937_64 random(seed ^ 0x4B1Dull);
    std::vector<std::vector<ProbeList>> probes(media);
    for (std::size_t l = 0; l < lists.size(); ++l) {
        if (auto probe = probeList(model, lists[l], random))
            probes[std::size_t(lists[l].domain)].push_back(std::move(*probe));
        progress.throwIfCancelled();
        progress.report(l / 2);
    }
    std::size_t done = 0;
    for (std::size_t m = 0; m < media; ++m) {
        const auto& probe = probes[m];
        fit.probeLists[m] = probe.size();
        if (probe.size() < kMinimumProbeLists)
            continue;
        double scoreSpread = 0;
        for (const auto& p : probe)
            scoreSpread += spread(p) / double(probe.size());
        if (scoreSpread == 0)
            scoreSpread = 1; // a model without spread leaves the order to the kindred people alone (shares are 0..1)
        std::vector<std::vector<double>> ndcg(std::size(kOtherWeights), std::vector<double>(std::size(kMultiples), 0.0));
        std::vector<float> shares(std::size_t(model.itemCount()), 0.0f);
        for (const auto& p : probe) {
            for (std::size_t w = 0; w < std::size(kOtherWeights); ++w) {
                const auto kindred = model.kindredShares(p.user, p.history, int(m), kOtherWeights[w]);
                for (const auto& [item, share] : kindred)
                    shares[std::size_t(item)] = share;
                for (std::size_t g = 0; g < std::size(kMultiples); ++g) {
                    if (g == 0 && w > 0)
                        continue; // without the term the weight does not matter

                    const double gamma = kMultiples[g] * scoreSpread;
                    ndcg[w][g] += topNdcg(p.candidates, *p.relevant, kTop, [&](std::int32_t i) {
                        return float(double(p.modelScores[std::size_t(i)]) + gamma * double(shares[std::size_t(i)]));
                    });
                }
                for (const auto& [item, share] : kindred)
                    shares[std::size_t(item)] = 0.0f;
            }
            progress.throwIfCancelled();
            progress.report(lists.size() / 2 + ++done / 2);
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
    progress.report(lists.size(), true);
    return fit;
}

} // namespace kindred::detail
