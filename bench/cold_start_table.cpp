// cold_start_table: the cross-media issue's cold-user table. For one target medium of a project
// with several media, per seed: a random 70/15/15 split plus a cold-start slice (a fifth of the
// people with ratings in the target and elsewhere keep at most 3 target ratings in training; the
// rest of their target ratings are the test), then, all judged by the project's protocol
// (Evaluation.h, cold-start users only, NDCG@10 within the target medium):
//   siamese          the default model trained on every medium (registry defaults)
//   siamese (target) the same model trained on the target medium only
//   item-knn, popularity   registry defaults, every medium
//   user-knn         the model-free peer: user-based kNN, cosine over which items two people rated,
//                    similarity = target cosine + w × other-media cosine, 50 neighbours, an item
//                    scored by the summed similarity of the neighbours who rated it. w is chosen
//                    from a grid on a probe inside the training part (a seeded fifth of the warm
//                    people with target and other ratings keep 3 of their training target
//                    ratings; NDCG@10 on the rest) — never on validation's or test's answers.
// Printed: per seed, then mean ± sd over the seeds with each model's ratio to user-knn.
//
// Usage: cold_start_table PROJECT.kindred TARGET_MEDIUM [--seeds 42,43,44,45,46]
//                         [--siamese name=value,...]   (siamese parameters other than the defaults)
#include "BenchSupport.h"
#include "kindred/common/Progress.h"
#include "kindred/store/Project.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace kindred;
using bench::Stats;

constexpr int kNeighbours = 50;
constexpr double kWeights[] = {0, 0.1, 0.25, 0.5, 1, 2, 4};

/// Which items each person rated in training, split into the target medium and the others.
struct ItemSets {
    std::vector<std::vector<std::int32_t>> target, other; ///< per user, ascending
    std::vector<std::vector<std::int32_t>> raters;        ///< per item: users whose sets hold it
    std::vector<double> popularity;                       ///< per item: raters / most raters

    void index(std::size_t items) {
        raters.assign(items, {});
        for (std::size_t u = 0; u < target.size(); ++u)
            for (const auto* set : {&target[u], &other[u]})
                for (const auto i : *set)
                    raters[std::size_t(i)].push_back(std::int32_t(u));
        popularity.assign(items, 0.0);
        std::size_t most = 1;
        for (const auto& r : raters)
            most = std::max(most, r.size());
        for (std::size_t i = 0; i < items; ++i)
            popularity[i] = double(raters[i].size()) / double(most);
    }
};

ItemSets trainingSets(const TrainingData& data, const Split& split, int target) {
    ItemSets sets;
    sets.target.resize(std::size_t(data.userCount()));
    sets.other.resize(std::size_t(data.userCount()));
    for (std::size_t k = 0; k < data.interactions.size(); ++k) {
        if (split.part[k] != SplitPart::Train)
            continue;
        const auto& x = data.interactions[k];
        (data.itemDomain[std::size_t(x.item)] == target ? sets.target : sets.other)[std::size_t(x.user)].push_back(x.item);
    }
    for (auto* lists : {&sets.target, &sets.other})
        for (auto& l : *lists)
            std::sort(l.begin(), l.end());
    sets.index(std::size_t(data.itemCount()));
    return sets;
}

/// User-kNN scores of every item for `user` (target items only are non-zero), popularity breaking ties.
void userKnnScores(const ItemSets& sets, const TrainingData& data, int target, std::int32_t user, double weight,
                   std::span<float> scores) {
    const auto users = sets.target.size();
    std::vector<double> sharedTarget(users, 0), sharedOther(users, 0);
    for (const auto* set : {&sets.target[std::size_t(user)], &sets.other[std::size_t(user)]})
        for (const auto i : *set)
            for (const auto v : sets.raters[std::size_t(i)])
                (set == &sets.target[std::size_t(user)] ? sharedTarget : sharedOther)[std::size_t(v)] += 1;
    std::vector<std::pair<double, std::int32_t>> similar;
    const double ownTarget = double(sets.target[std::size_t(user)].size());
    const double ownOther = double(sets.other[std::size_t(user)].size());
    for (std::size_t v = 0; v < users; ++v) {
        if (std::int32_t(v) == user || sets.target[v].empty())
            continue;
        double s = 0;
        if (sharedTarget[v] > 0)
            s += sharedTarget[v] / std::sqrt(ownTarget * double(sets.target[v].size()));
        if (weight > 0 && sharedOther[v] > 0)
            s += weight * sharedOther[v] / std::sqrt(ownOther * double(sets.other[v].size()));
        if (s > 0)
            similar.push_back({s, std::int32_t(v)});
    }
    const auto kept = std::min<std::size_t>(kNeighbours, similar.size());
    std::partial_sort(similar.begin(), similar.begin() + std::ptrdiff_t(kept), similar.end(), std::greater<>());
    for (std::size_t i = 0; i < scores.size(); ++i)
        scores[i] = data.itemDomain[i] == target ? float(1e-6 * sets.popularity[i]) : 0.0f;
    for (std::size_t n = 0; n < kept; ++n)
        for (const auto i : sets.target[std::size_t(similar[n].second)])
            scores[std::size_t(i)] += float(similar[n].first);
}

/// The user-kNN scorer as a Recommender, so the project's evaluation judges it like the models.
class UserKnn final : public Recommender {
public:
    UserKnn(const ItemSets& sets, const TrainingData& data, int target, double weight)
        : m_sets(sets), m_data(data), m_target(target), m_weight(weight) {}
    std::string kind() const override { return "user-knn"; }
    float predict(std::int32_t, std::int32_t) const override { return 0.5f; }
    void scoreAll(std::int32_t user, std::span<float> scores) const override {
        userKnnScores(m_sets, m_data, m_target, user, m_weight, scores);
    }
    std::string serialize() const override { return {}; }

private:
    const ItemSets& m_sets;
    const TrainingData& m_data;
    int m_target;
    double m_weight;
};

/// The other-media weight of user-kNN, chosen on a probe inside the training part.
double chooseUserKnnWeight(const TrainingData& data, const Split& split, int target, std::uint64_t seed) {
    ItemSets sets = trainingSets(data, split, target);
    std::vector<std::int32_t> eligible;
    for (std::int32_t u = 0; u < data.userCount(); ++u)
        if (!split.coldStartUser[std::size_t(u)] && sets.target[std::size_t(u)].size() > 3 &&
            !sets.other[std::size_t(u)].empty())
            eligible.push_back(u);
    std::mt19937_64 random(seed ^ 0xC01Dull);
    std::shuffle(eligible.begin(), eligible.end(), random);
    eligible.resize(eligible.size() / 5);
    // Liked training values, to know which hidden items count as relevant.
    std::map<std::pair<std::int32_t, std::int32_t>, float> value;
    for (std::size_t k = 0; k < data.interactions.size(); ++k)
        if (split.part[k] == SplitPart::Train)
            value[{data.interactions[k].user, data.interactions[k].item}] = data.interactions[k].value;
    std::map<std::int32_t, std::vector<std::int32_t>> hidden;
    for (const auto u : eligible) {
        auto& items = sets.target[std::size_t(u)];
        std::shuffle(items.begin(), items.end(), random);
        for (std::size_t k = 3; k < items.size(); ++k)
            if (value[{u, items[k]}] >= 0.75f)
                hidden[u].push_back(items[k]);
        items.resize(3);
        std::sort(items.begin(), items.end());
    }
    sets.index(std::size_t(data.itemCount()));
    double best = 0, bestNdcg = -1;
    std::vector<float> scores(std::size_t(data.itemCount()));
    for (const double weight : kWeights) {
        double sum = 0;
        int lists = 0;
        for (const auto& [u, relevant] : hidden) {
            if (relevant.empty())
                continue;
            userKnnScores(sets, data, target, u, weight, scores);
            for (const auto i : sets.target[std::size_t(u)])
                scores[std::size_t(i)] = -1;
            std::vector<std::int32_t> order;
            for (std::int32_t i = 0; i < data.itemCount(); ++i)
                if (data.itemDomain[std::size_t(i)] == target)
                    order.push_back(i);
            std::partial_sort(order.begin(), order.begin() + std::min<std::ptrdiff_t>(10, std::ptrdiff_t(order.size())),
                              order.end(), [&](std::int32_t a, std::int32_t b) {
                                  return scores[std::size_t(a)] > scores[std::size_t(b)] ||
                                         (scores[std::size_t(a)] == scores[std::size_t(b)] && a < b);
                              });
            double dcg = 0, ideal = 0;
            for (std::size_t r = 0; r < std::min<std::size_t>(10, order.size()); ++r) {
                if (std::find(relevant.begin(), relevant.end(), order[r]) != relevant.end())
                    dcg += 1 / std::log2(double(r) + 2);
                if (r < relevant.size())
                    ideal += 1 / std::log2(double(r) + 2);
            }
            sum += dcg / ideal;
            ++lists;
        }
        const double ndcg = lists ? sum / lists : 0;
        if (ndcg > bestNdcg) {
            bestNdcg = ndcg;
            best = weight;
        }
    }
    return best;
}

std::unique_ptr<Recommender> trainDefault(const std::string& id, const TrainingData& data, const Split& split,
                                          std::uint64_t seed, const ParameterValues& given = {}) {
    const ModelKind* kind = findModelKind(id);
    auto values = kind->resolve(given);
    if (!values) {
        std::fprintf(stderr, "%s: %s\n", id.c_str(), values.status().message().c_str());
        return nullptr;
    }
    ProgressToken token;
    TrainingContext context{data, split, values.value(), seed, token, {}, {}, {}, false};
    auto trained = kind->train(context);
    if (!trained) {
        std::fprintf(stderr, "%s: %s\n", id.c_str(), trained.status().message().c_str());
        return nullptr;
    }
    return std::move(trained->model);
}

double coldNdcg(const Recommender& model, const TrainingData& data, const Split& split, int target) {
    EvaluationOptions options;
    options.domain = target;
    options.coldStartOnly = true;
    return evaluate(model, data, split, options).ndcg;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PROJECT.kindred TARGET_MEDIUM [--seeds 42,43,44,45,46]\n", argv[0]);
        return 2;
    }
    const std::string target = argv[2];
    std::vector<std::string> seeds = {"42", "43", "44", "45", "46"};
    ParameterValues siameseValues; // --siamese name=value,... (an experiment; the table's default is the default)
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--seeds") {
            seeds = bench::splitList(argv[i + 1]);
        } else if (std::string(argv[i]) == "--siamese") {
            for (const auto& setting : bench::splitList(argv[i + 1])) {
                const auto equals = setting.find('=');
                siameseValues[setting.substr(0, equals)] = std::stod(setting.substr(equals + 1));
            }
        } else {
            std::fprintf(stderr, "unknown option %s\n", argv[i]);
            return 2;
        }
    }
    configureComputeThreads();
    const auto projectFile = bench::openProjectOrExit(argv[1]);
    auto whole = loadTrainingData(*projectFile);
    auto only = loadTrainingData(*projectFile, {target});
    if (!whole || !only) {
        std::fprintf(stderr, "%s\n", (!whole ? whole.status() : only.status()).message().c_str());
        return 1;
    }
    const int wholeTarget = whole->domainIndex(target), onlyTarget = only->domainIndex(target);
    if (wholeTarget < 0 || whole->domains.size() < 2) {
        std::fprintf(stderr, "%s: needs a medium named %s and at least one other\n", argv[1], target.c_str());
        return 1;
    }
    const std::vector<std::string> names = {"user-knn", "siamese", "siamese (target)", "item-knn", "popularity"};
    std::map<std::string, Stats> ndcg;
    Stats weights, coldUsers;
    for (const auto& seedText : seeds) {
        const std::uint64_t seed = std::stoull(seedText);
        Split split = randomSplit(whole.value(), seed);
        addColdStartSlice(split, whole.value(), wholeTarget, seed);
        auto restricted = restrictSplit(split, whole.value(), only.value());
        if (!restricted) {
            std::fprintf(stderr, "%s\n", restricted.status().message().c_str());
            return 1;
        }
        double cold = 0;
        for (const auto c : split.coldStartUser)
            cold += c;
        coldUsers.values.push_back(cold);
        const double weight = chooseUserKnnWeight(whole.value(), split, wholeTarget, seed);
        weights.values.push_back(weight);
        const ItemSets sets = trainingSets(whole.value(), split, wholeTarget);
        ndcg["user-knn"].values.push_back(coldNdcg(UserKnn(sets, whole.value(), wholeTarget, weight), whole.value(), split,
                                                   wholeTarget));
        for (const std::string id : {"siamese", "item-knn", "popularity"}) {
            auto model = trainDefault(id, whole.value(), split, seed, id == "siamese" ? siameseValues : ParameterValues{});
            if (!model)
                return 1;
            ndcg[id].values.push_back(coldNdcg(*model, whole.value(), split, wholeTarget));
        }
        auto targetOnly = trainDefault("siamese", only.value(), restricted.value(), seed, siameseValues);
        if (!targetOnly)
            return 1;
        ndcg["siamese (target)"].values.push_back(coldNdcg(*targetOnly, only.value(), restricted.value(), onlyTarget));
        std::printf("seed %s: %.0f cold users, user-knn weight %.2f:", seedText.c_str(), cold, weight);
        for (const auto& name : names)
            std::printf("  %s %.4f", name.c_str(), ndcg[name].values.back());
        std::printf("\n");
        std::fflush(stdout);
    }
    std::printf("\n%s → %s: cold-start NDCG@10 (≤ 3 training ratings in %s, history elsewhere), mean ± sd over %zu "
                "seeds, %.0f cold users per seed; user-knn's other-media weight %.2f on average (chosen inside "
                "training)\n",
                argv[1], target.c_str(), target.c_str(), seeds.size(), coldUsers.mean(), weights.mean());
    for (const auto& name : names) {
        const Stats& s = ndcg[name];
        std::printf("  %-18s %.4f ± %.4f  (%3.0f%% of user-knn)\n", name.c_str(), s.mean(), s.sd(),
                    100 * s.mean() / ndcg["user-knn"].mean());
    }
    return 0;
}
