// cross_domain_lift: NDCG@10 in a target medium of a model trained on every medium of the project
// (cross-media) against the same model trained on the target medium only, overall and on the
// cold-start slice (users with ≤ 3 target ratings in training but history in the other medium).
// One seeded split (random 70/15/15 + cold-start slice in the target) serves both runs.
// Usage: cross_domain_lift PROJECT.kindred TARGET_DOMAIN [--models popularity,item-knn,mf,autorec,siamese]
//        [--epochs 6] [--ranking-weight W] [--rating-weight W] [--transfer-weight W] [--no-ranking-head]
//        [--pair-weight W] [--weight-decay W] [--dropout P] [--seeds N]
//        [--select-on loss|ndcg] [--patience N] [--history L] [--dimension D] [--batch B] [--learning-rate R]
#include "kindred/store/Project.h"
#include "kindred/train/AutoRec.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace kindred;

std::unique_ptr<Recommender> trainKind(const std::string& kind, const TrainingData& data, const Split& split,
                                       int epochs, const SiameseOptions& siamese) {
    if (kind == "mf")
        return trainBiasedMf(data, split, {});
    if (kind == "popularity")
        return trainPopularity(data, split, {});
    if (kind == "item-knn")
        return trainItemKnn(data, split, {});
    if (kind == "autorec") {
        auto result = trainAutoRec(data, split, {});
        return result ? std::move(result.value().model) : nullptr;
    }
    if (kind == "siamese") {
        SiameseOptions options = siamese;
        options.epochs = epochs;
        SiameseCallbacks callbacks;
        if (std::getenv("KINDRED_BENCH_VERBOSE"))
            callbacks.onEvent = [](const TrainingEvent& event) {
                if (event.kind == TrainingEvent::Kind::Epoch)
                    std::fprintf(stderr, "  epoch %2d: train loss %.4f, validation loss %.4f, NDCG@10 %.4f\n",
                                 event.epoch, event.record.trainLoss, event.record.validationLoss,
                                 event.record.validationNdcg);
            };
        auto result = trainSiamese(data, split, options, callbacks);
        return result ? std::move(result.value().model) : nullptr;
    }
    return nullptr;
}

Evaluation ndcgIn(const Recommender& model, const TrainingData& data, const Split& split, int domain, bool cold) {
    EvaluationOptions options;
    options.domain = domain;
    options.coldStartOnly = cold;
    return evaluate(model, data, split, options);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: %s PROJECT.kindred TARGET_DOMAIN [--models a,b] [--epochs N] [--ranking-weight W]\n"
                     "       [--rating-weight W] [--transfer-weight W] [--pair-weight W] [--weight-decay W] [--dropout P] [--seeds N]\n"
                     "       [--no-ranking-head] [--select-on loss|ndcg] [--patience N] [--history L] [--dimension D]\n"
                     "       [--batch B] [--learning-rate R]\n",
                     argv[0]);
        return 2;
    }
    const std::string target = argv[2];
    std::vector<std::string> models = {"popularity", "item-knn", "mf", "autorec", "siamese"};
    int epochs = 6;
    int seeds = 1; // siamese runs with seeds 42, 43, ...; the lift is that of the mean NDCGs
    SiameseOptions siamese;
    // Numeric options: one table row each.
    const std::map<std::string, double*> realFlags = {
        {"--ranking-weight", &siamese.rankingWeight}, {"--rating-weight", &siamese.ratingWeight},
        {"--pair-weight", &siamese.pairWeight},       {"--transfer-weight", &siamese.transferWeight},
        {"--weight-decay", &siamese.weightDecay},     {"--dropout", &siamese.dropout},
        {"--learning-rate", &siamese.learningRate}};
    const std::map<std::string, int*> integerFlags = {{"--batch", &siamese.batchSize},
                                                      {"--history", &siamese.historyLength},
                                                      {"--dimension", &siamese.dimension},
                                                      {"--patience", &siamese.patience},
                                                      {"--epochs", &epochs}};
    for (int i = 3; i < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--no-ranking-head") {
            siamese.rankingHead = false;
            --i;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "%s needs a value\n", arg.c_str());
            return 2;
        }
        if (const auto real = realFlags.find(arg); real != realFlags.end()) {
            *real->second = std::atof(argv[i + 1]);
        } else if (const auto integer = integerFlags.find(arg); integer != integerFlags.end()) {
            *integer->second = std::atoi(argv[i + 1]);
        } else if (arg == "--select-on") {
            siamese.selectOn = std::string(argv[i + 1]) == "ndcg" ? SelectionMetric::ValidationNdcg
                                                                  : SelectionMetric::ValidationLoss;
        } else if (arg == "--models") {
            models.clear();
            std::stringstream in(argv[i + 1]);
            for (std::string m; std::getline(in, m, ',');)
                models.push_back(m);
        } else if (arg == "--seeds") {
            seeds = std::max(1, std::atoi(argv[i + 1]));
        } else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    configureComputeThreads();
    auto project = Project::open(argv[1], OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.status().message().c_str());
        return 1;
    }
    auto whole = loadTrainingData(*project.value());
    auto only = loadTrainingData(*project.value(), {target});
    if (!whole || !only) {
        std::fprintf(stderr, "%s\n", (!whole ? whole.status() : only.status()).message().c_str());
        return 1;
    }
    const int wholeTarget = whole->domainIndex(target), onlyTarget = only->domainIndex(target);
    Split split = randomSplit(whole.value(), 42);
    addColdStartSlice(split, whole.value(), wholeTarget, 42);
    auto restricted = restrictSplit(split, whole.value(), only.value());
    if (!restricted) {
        std::fprintf(stderr, "%s\n", restricted.status().message().c_str());
        return 1;
    }
    std::size_t coldUsers = 0;
    for (const auto c : split.coldStartUser)
        coldUsers += c;
    std::printf("%s: %zu cold-start users (<= 3 training ratings in %s, history elsewhere)\n", argv[1], coldUsers,
                target.c_str());
    std::printf("%-8s %-10s %12s %12s %8s\n", "model", "slice", "target-only", "cross-media", "lift");
    for (const auto& kind : models) {
        const int runs = kind == "siamese" ? seeds : 1;
        double sums[2][2] = {{0, 0}, {0, 0}}; // [cold][single, cross]
        std::vector<double> coldLifts;
        bool failed = false;
        for (int run = 0; run < runs && !failed; ++run) {
            SiameseOptions options = siamese;
            options.seed = siamese.seed + std::uint64_t(run);
            auto cross = trainKind(kind, whole.value(), split, epochs, options);
            auto single = trainKind(kind, only.value(), restricted.value(), epochs, options);
            if (!cross || !single) {
                std::fprintf(stderr, "%s: training failed\n", kind.c_str());
                failed = true;
                break;
            }
            for (const bool cold : {false, true}) {
                const auto c = ndcgIn(*cross, whole.value(), split, wholeTarget, cold);
                const auto s = ndcgIn(*single, only.value(), restricted.value(), onlyTarget, cold);
                sums[cold][0] += s.ndcg;
                sums[cold][1] += c.ndcg;
                if (cold)
                    coldLifts.push_back(s.ndcg > 0 ? (c.ndcg / s.ndcg - 1) * 100 : 0);
                if (runs > 1)
                    std::printf("%-8s %-10s %12.4f %12.4f %+7.1f%%  (seed %llu)\n", kind.c_str(),
                                cold ? "cold-start" : "overall", s.ndcg, c.ndcg, s.ndcg > 0 ? (c.ndcg / s.ndcg - 1) * 100 : 0,
                                static_cast<unsigned long long>(options.seed));
            }
        }
        if (failed)
            continue;
        for (const bool cold : {false, true}) {
            const double s = sums[cold][0] / runs, c = sums[cold][1] / runs;
            const double lift = s > 0 ? (c / s - 1) * 100 : 0;
            std::string spread;
            if (cold && runs > 1) {
                double mean = 0, square = 0;
                for (const double l : coldLifts)
                    mean += l / runs;
                for (const double l : coldLifts)
                    square += (l - mean) * (l - mean);
                char text[64];
                std::snprintf(text, sizeof text, "  per-seed sd %.1f", std::sqrt(square / (runs - 1)));
                spread = text;
            }
            std::printf("%-8s %-10s %12.4f %12.4f %+7.1f%%%s%s\n", kind.c_str(),
                        cold ? (runs > 1 ? "cold mean" : "cold-start") : (runs > 1 ? "mean" : "overall"), s, c, lift,
                        cold ? (lift >= 10 ? "  (target >= +10%: PASS)" : "  (target >= +10%: FAIL)") : "",
                        spread.c_str());
            std::fflush(stdout);
        }
    }
    return 0;
}
