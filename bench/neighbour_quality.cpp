// neighbour_quality: on a project (ml-latest-small in run_benchmarks.sh), trains mf, autorec and siamese on a
// seeded random split, builds the FAISS neighbour index of each taste space and reports the share
// of items' top-10 neighbours that share a genre with the query, against the same share for random
// item pairs (the target: ≥ 2×). Only items with genres count as queries and neighbours.
// Usage: neighbour_quality PROJECT.kindred [--min-ratings N]
#include "kindred/space/SpaceNeighbours.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/AutoRec.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace {

bool shareGenre(const kindred::TrainingData& data, std::int32_t a, std::int32_t b) {
    for (const auto g : data.itemGenres[std::size_t(a)])
        if (std::find(data.itemGenres[std::size_t(b)].begin(), data.itemGenres[std::size_t(b)].end(), g) !=
            data.itemGenres[std::size_t(b)].end())
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv) {
    using namespace kindred;
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT.kindred [--min-ratings N]\n", argv[0]);
        return 2;
    }
    int minRatings = 0;
    if (argc >= 4 && std::string(argv[2]) == "--min-ratings")
        minRatings = std::atoi(argv[3]);
    configureComputeThreads();
    auto project = Project::open(argv[1], OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.status().message().c_str());
        return 1;
    }
    auto loaded = loadTrainingData(*project.value());
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
        return 1;
    }
    auto data = std::make_shared<const TrainingData>(std::move(loaded).value());
    const auto split = randomSplit(*data, 42, 0.85, 0.15);
    std::vector<int> ratings(std::size_t(data->itemCount()), 0);
    for (std::size_t k = 0; k < data->interactions.size(); ++k)
        if (split.part[k] == SplitPart::Train)
            ++ratings[std::size_t(data->interactions[k].item)];
    auto eligible = [&](std::int32_t i) {
        return !data->itemGenres[std::size_t(i)].empty() && ratings[std::size_t(i)] >= minRatings;
    };
    // Random pairs of eligible items: the chance level.
    std::vector<std::int32_t> pool;
    for (std::int32_t i = 0; i < data->itemCount(); ++i)
        if (eligible(i))
            pool.push_back(i);
    std::mt19937_64 random(7);
    std::size_t randomShared = 0, randomPairs = 200000;
    for (std::size_t n = 0; n < randomPairs; ++n) {
        const auto a = pool[random() % pool.size()], b = pool[random() % pool.size()];
        randomShared += a != b && shareGenre(*data, a, b);
    }
    const double chance = double(randomShared) / double(randomPairs);
    std::printf("%zu items with genres and >= %d training ratings; random pairs share a genre: %.3f\n", pool.size(),
                minRatings, chance);
    for (const std::string kind : {"mf", "autorec", "siamese"}) {
        std::unique_ptr<Recommender> model;
        if (kind == "mf") {
            model = trainBiasedMf(*data, split, {});
        } else if (kind == "siamese") {
            SiameseOptions options;
            options.epochs = 4;
            auto result = trainSiamese(*data, split, options);
            if (!result) {
                std::fprintf(stderr, "%s\n", result.status().message().c_str());
                return 1;
            }
            model = std::move(result.value().model);
        } else {
            AutoRecOptions options;
            auto result = trainAutoRec(*data, split, options);
            if (!result) {
                std::fprintf(stderr, "%s\n", result.status().message().c_str());
                return 1;
            }
            model = std::move(result.value().model);
        }
        auto space = makeTasteSpace(*model, data);
        if (!space) {
            std::fprintf(stderr, "%s\n", space.status().message().c_str());
            return 1;
        }
        auto neighbours = SpaceNeighbours::open(space.value(), {});
        if (!neighbours) {
            std::fprintf(stderr, "%s\n", neighbours.status().message().c_str());
            return 1;
        }
        std::size_t shared = 0, total = 0;
        for (const auto query : pool) {
            auto hits = neighbours.value()->itemsLikeItem(query, 40);
            if (!hits)
                continue;
            int kept = 0;
            for (const auto& n : hits.value()) {
                if (kept == 10)
                    break;
                if (!eligible(n.index))
                    continue;
                ++kept;
                ++total;
                shared += shareGenre(*data, query, n.index);
            }
        }
        const double share = double(shared) / double(std::max<std::size_t>(total, 1));
        std::printf("%-8s top-10 neighbours sharing a genre: %.3f, ratio to random %.2f (target >= 2.0) %s\n",
                    kind.c_str(), share, share / chance, share / chance >= 2.0 ? "PASS" : "FAIL");
    }
    return 0;
}
