// ranking_table: the engine issue's side-by-side table. On one project, for each seed, one split
// (random 70/15/15, or a held-out source plus a seeded 10 % validation part, as `kindred-cli train
// --split` makes them), every model kind named is trained through the registry with its defaults
// (model selection on validation only) and scored on test with the project's protocol
// (Evaluation.h: NDCG@10 within each medium over the items the person did not rate in training).
// Printed per medium: mean ± standard deviation over the seeds, and the ratio to EASE of the same
// run; then training seconds. With --pairs N it also reports, for the first seed's siamese model,
// the median share of the score carried by the person's own ratings over the top-10 pair
// recommendations of N seeded random pairs.
//
// Usage: ranking_table PROJECT.kindred [--test-source NAME] [--seeds 42,43,44]
//                      [--models popularity,item-knn,mf,ease,siamese] [--pairs 50]
#include "BenchSupport.h"
#include "kindred/common/Progress.h"
#include "kindred/recommend/PairRecommender.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace kindred;

using bench::splitList;
using bench::Stats;

/// Median of the history shares of both people over the top-10 recommendations of `pairs` seeded
/// random pairs of users with ratings.
double medianHistoryShare(const Recommender& model, const std::shared_ptr<const TrainingData>& data, int pairs) {
    auto space = makeTasteSpace(model, data);
    if (!space)
        return std::nan("");
    auto recommender = PairRecommender::create(space.value());
    if (!recommender)
        return std::nan("");
    std::mt19937_64 random(7);
    std::vector<double> shares;
    for (int p = 0; p < pairs; ++p) {
        const auto a = std::int32_t(random() % std::uint64_t(data->userCount()));
        const auto b = std::int32_t(random() % std::uint64_t(data->userCount()));
        if (a == b)
            continue;
        PairOptions options;
        options.k = 10;
        const auto result = recommender.value()->recommend(PairUser::known(a), PairUser::known(b), options);
        if (!result)
            continue;
        for (const auto& item : result->items)
            if (item.explanation && item.explanation->a.exact) {
                shares.push_back(item.explanation->a.historyShare);
                shares.push_back(item.explanation->b.historyShare);
            }
    }
    if (shares.empty())
        return std::nan("");
    std::nth_element(shares.begin(), shares.begin() + std::ptrdiff_t(shares.size() / 2), shares.end());
    return shares[shares.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT.kindred [--test-source NAME] [--seeds 42,43,44] [--models a,b] [--pairs N]\n",
                     argv[0]);
        return 2;
    }
    std::string testSource;
    std::vector<std::string> seeds = {"42", "43", "44"};
    std::vector<std::string> models = {"popularity", "item-knn", "mf", "ease", "siamese"};
    int pairs = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--test-source") testSource = argv[i + 1];
        else if (arg == "--seeds") seeds = splitList(argv[i + 1]);
        else if (arg == "--models") models = splitList(argv[i + 1]);
        else if (arg == "--pairs") pairs = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    configureComputeThreads();
    const auto projectFile = bench::openProjectOrExit(argv[1]);
    std::vector<std::int64_t> testIds;
    for (const auto& source : projectFile->sources())
        if (source.name == testSource)
            testIds.push_back(source.id);
    if (!testSource.empty() && testIds.empty()) {
        std::fprintf(stderr, "%s: no source named %s\n", argv[1], testSource.c_str());
        return 1;
    }
    auto loaded = loadTrainingData(*projectFile);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
        return 1;
    }
    const auto data = std::make_shared<const TrainingData>(std::move(loaded).value());
    const int domainCount = int(data->domains.size());
    std::printf("%s: %lld users, %lld items, %zu ratings, %d media; split %s; seeds",
                argv[1], static_cast<long long>(data->userCount()), static_cast<long long>(data->itemCount()),
                data->interactions.size(), domainCount, testSource.empty() ? "random 70/15/15" : ("test = " + testSource).c_str());
    for (const auto& s : seeds)
        std::printf(" %s", s.c_str());
    std::printf("\n");

    std::map<std::string, std::vector<Stats>> ndcg; // model → per medium
    std::map<std::string, Stats> seconds;
    std::map<std::string, std::vector<std::vector<double>>> perSeed; // model → seed → medium
    for (const auto& seedText : seeds) {
        const std::uint64_t seed = std::stoull(seedText);
        const Split split = testIds.empty() ? randomSplit(*data, seed) : sourceSplit(*data, testIds, seed);
        for (const auto& id : models) {
            const ModelKind* kind = findModelKind(id);
            if (!kind) {
                std::fprintf(stderr, "unknown model kind %s\n", id.c_str());
                return 2;
            }
            auto values = kind->resolve({});
            ProgressToken token;
            TrainingContext context{*data, split, values.value(), seed, token, {}, {}, {}, false};
            const auto start = std::chrono::steady_clock::now();
            auto trained = kind->train(context);
            const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!trained) {
                std::fprintf(stderr, "%s (seed %s): %s\n", id.c_str(), seedText.c_str(), trained.status().message().c_str());
                return 1;
            }
            seconds[id].values.push_back(took);
            auto& perDomain = ndcg[id];
            perDomain.resize(std::size_t(domainCount));
            std::vector<double> row;
            for (int m = 0; m < domainCount; ++m) {
                EvaluationOptions options;
                options.domain = m;
                const double value = evaluate(*trained->model, *data, split, options).ndcg;
                perDomain[std::size_t(m)].values.push_back(value);
                row.push_back(value);
            }
            perSeed[id].push_back(row);
            std::fprintf(stderr, "seed %s %-10s %6.1f s\n", seedText.c_str(), id.c_str(), took);
            if (pairs > 0 && id == "siamese" && seedText == seeds.front())
                std::printf("siamese (seed %s): median share of the score carried by the person's own ratings, top-10 "
                            "pair recommendations of %d random pairs: %.1f %%\n",
                            seedText.c_str(), pairs, 100 * medianHistoryShare(*trained->model, data, pairs));
        }
    }

    std::printf("\ntest NDCG@10, mean ± sd over %zu seeds (ratio to EASE of the same seeds)\n", seeds.size());
    std::printf("%-22s", "medium");
    for (const auto& id : models)
        std::printf(" %24s", id.c_str());
    std::printf("\n");
    const bool haveEase = ndcg.count("ease") > 0;
    for (int m = 0; m < domainCount; ++m) {
        std::printf("%-22s", data->domains[std::size_t(m)].name.substr(0, 22).c_str());
        for (const auto& id : models) {
            const Stats& s = ndcg[id][std::size_t(m)];
            char cell[64];
            if (haveEase) {
                const double ratio = s.mean() / ndcg["ease"][std::size_t(m)].mean();
                std::snprintf(cell, sizeof cell, "%.4f ± %.4f (%3.0f%%)", s.mean(), s.sd(), 100 * ratio);
            } else {
                std::snprintf(cell, sizeof cell, "%.4f ± %.4f", s.mean(), s.sd());
            }
            std::printf(" %24s", cell);
        }
        std::printf("\n");
    }
    std::printf("%-22s", "training seconds");
    for (const auto& id : models) {
        char cell[64];
        std::snprintf(cell, sizeof cell, "%.1f ± %.1f", seconds[id].mean(), seconds[id].sd());
        std::printf(" %24s", cell);
    }
    std::printf("\n");
    return 0;
}
