// cross_media_space: does taste, not medium, organise the default model's space? On a project with
// several media, one seeded split (random 70/15/15), the default model trained on it; then, for the
// space as stored (raw) and with each medium's offset removed (centreDomains, the explorer's default):
//   co-like rate  for every item liked by someone in the test part, its 10 nearest items (cosine)
//                 of the other media; the share of those pairs that some test person liked both
//                 of (test likes only: the model never saw them), against 10 random other-media
//                 items per item, printed as a ratio (aim ≥ 3×)
//   3D share      in a 3D PCA of all items, the share of other-media items among each item's 10
//                 nearest points, against the other media's share of all points (aim ≥ 0.5×)
// and, as the ceiling a simple method reaches, the co-like rate of the 10 other-media items whose
// training raters overlap most (cosine of the sets of people who rated them in Train: item-kNN's
// similarity, what "the same people like" means before any model).
// Usage: cross_media_space PROJECT.kindred [--seed 42]
#include "BenchSupport.h"
#include "kindred/common/Progress.h"
#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace kindred;
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr int kNeighbours = 10;

struct SpaceQuality {
    double neighbourRate = 0, randomRate = 0, share3d = 0, expectedShare = 0;
};

SpaceQuality measure(const TrainingData& data, const std::vector<float>& itemVectors, int dimension,
               const std::vector<std::set<std::int32_t>>& testLikers, std::uint64_t seed) {
    const auto items = std::size_t(data.itemCount()), d = std::size_t(dimension);
    Matrix v = Eigen::Map<const Matrix>(itemVectors.data(), Eigen::Index(items), Eigen::Index(d));
    v.rowwise().normalize();
    std::vector<std::int32_t> queries;
    for (std::size_t i = 0; i < items; ++i)
        if (!testLikers[i].empty())
            queries.push_back(std::int32_t(i));
    const auto coLiked = [&](std::int32_t a, std::int32_t b) {
        for (const auto u : testLikers[std::size_t(a)])
            if (testLikers[std::size_t(b)].count(u))
                return true;
        return false;
    };
    std::mt19937_64 random(seed);
    SpaceQuality r;
    std::size_t pairs = 0, liked = 0, randomPairs = 0, randomLiked = 0;
    constexpr std::size_t kBlock = 512;
    for (std::size_t begin = 0; begin < queries.size(); begin += kBlock) {
        const auto end = std::min(queries.size(), begin + kBlock);
        Matrix q(Eigen::Index(end - begin), Eigen::Index(d));
        for (std::size_t k = begin; k < end; ++k)
            q.row(Eigen::Index(k - begin)) = v.row(queries[k]);
        const Matrix similarity = q * v.transpose();
        for (std::size_t k = begin; k < end; ++k) {
            const auto i = queries[k];
            const int domain = data.itemDomain[std::size_t(i)];
            std::vector<std::pair<float, std::int32_t>> other;
            for (std::size_t j = 0; j < items; ++j)
                if (data.itemDomain[j] != domain)
                    other.push_back({similarity(Eigen::Index(k - begin), Eigen::Index(j)), std::int32_t(j)});
            if (other.empty())
                continue;
            const auto kept = std::min<std::size_t>(kNeighbours, other.size());
            std::partial_sort(other.begin(), other.begin() + std::ptrdiff_t(kept), other.end(), std::greater<>());
            for (std::size_t n = 0; n < kept; ++n) {
                ++pairs;
                liked += coLiked(i, other[n].second);
                ++randomPairs;
                randomLiked += coLiked(i, other[random() % other.size()].second);
            }
        }
    }
    r.neighbourRate = pairs ? double(liked) / double(pairs) : 0;
    r.randomRate = randomPairs ? double(randomLiked) / double(randomPairs) : 0;
    return r;
}

/// Share of other-media items among each item's 10 nearest points in 3D, and the other media's share of points.
void measure3d(const TrainingData& data, const Projection& p, SpaceQuality& r) {
    const auto rows = p.rows();
    std::vector<std::size_t> perDomain(data.domains.size(), 0);
    for (std::size_t i = 0; i < rows; ++i)
        ++perDomain[std::size_t(data.itemDomain[i])];
    double share = 0, expected = 0;
    std::vector<std::pair<float, std::size_t>> distance(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < rows; ++j) {
            float s = 0;
            for (int a = 0; a < 3; ++a) {
                const float diff = p.coordinates[i * 3 + std::size_t(a)] - p.coordinates[j * 3 + std::size_t(a)];
                s += diff * diff;
            }
            distance[j] = {j == i ? INFINITY : s, j};
        }
        std::partial_sort(distance.begin(), distance.begin() + kNeighbours, distance.end());
        int other = 0;
        for (int n = 0; n < kNeighbours; ++n)
            other += data.itemDomain[distance[std::size_t(n)].second] != data.itemDomain[i];
        share += double(other) / kNeighbours;
        expected += double(rows - perDomain[std::size_t(data.itemDomain[i])]) / double(rows - 1);
    }
    r.share3d = share / double(rows);
    r.expectedShare = expected / double(rows);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT.kindred [--seed 42]\n", argv[0]);
        return 2;
    }
    const std::uint64_t seed = argc > 3 && std::string(argv[2]) == "--seed" ? std::stoull(argv[3]) : 42;
    configureComputeThreads();
    const auto projectFile = bench::openProjectOrExit(argv[1]);
    auto loaded = loadTrainingData(*projectFile);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
        return 1;
    }
    const auto data = std::make_shared<const TrainingData>(std::move(loaded).value());
    const Split split = randomSplit(*data, seed);
    const ModelKind& kind = *modelKinds().front();
    auto values = kind.resolve({});
    ProgressToken token;
    TrainingContext context{*data, split, values.value(), seed, token, {}, {}, {}, false};
    auto trained = kind.train(context);
    if (!trained) {
        std::fprintf(stderr, "%s\n", trained.status().message().c_str());
        return 1;
    }
    auto space = makeTasteSpace(*trained->model, data);
    if (!space) {
        std::fprintf(stderr, "%s\n", space.status().message().c_str());
        return 1;
    }
    std::vector<std::set<std::int32_t>> testLikers(std::size_t(data->itemCount()));
    for (std::size_t k = 0; k < data->interactions.size(); ++k)
        if (split.part[k] == SplitPart::Test && data->interactions[k].value >= 0.75f)
            testLikers[std::size_t(data->interactions[k].item)].insert(data->interactions[k].user);

    std::printf("%s: default model (%s), seed %llu; %d items in %zu media\n", argv[1], kind.id.c_str(),
                static_cast<unsigned long long>(seed), int(data->itemCount()), data->domains.size());
    std::printf("%-26s %12s %12s %8s %10s %10s %8s\n", "space", "co-like 10nn", "random", "ratio", "3D share",
                "expected", "ratio");
    for (const bool centred : {false, true}) {
        const auto vectors = centred ? centreDomains(*space.value()).items : space.value()->itemVectors;
        SpaceQuality r = measure(*data, vectors, space.value()->dimension, testLikers, seed);
        ProjectionRequest request;
        request.method = "pca";
        request.clusters = 0;
        request.centreDomains = centred;
        auto projection = computeProjection(*space.value(), request);
        if (!projection) {
            std::fprintf(stderr, "%s\n", projection.status().message().c_str());
            return 1;
        }
        measure3d(*data, projection.value(), r);
        std::printf("%-26s %12.4f %12.4f %7.2fx %10.3f %10.3f %7.2fx\n",
                    centred ? "each medium's offset out" : "as stored", r.neighbourRate, r.randomRate,
                    r.randomRate > 0 ? r.neighbourRate / r.randomRate : 0.0, r.share3d, r.expectedShare,
                    r.expectedShare > 0 ? r.share3d / r.expectedShare : 0.0);
    }
    // The ceiling: each item as the set of people who rated it in Train (a 0/1 vector over people).
    std::vector<float> raters(std::size_t(data->itemCount()) * std::size_t(data->userCount()), 0.0f);
    for (std::size_t k = 0; k < data->interactions.size(); ++k)
        if (split.part[k] == SplitPart::Train)
            raters[std::size_t(data->interactions[k].item) * std::size_t(data->userCount()) +
                   std::size_t(data->interactions[k].user)] = 1.0f;
    for (std::size_t i = 0; i < std::size_t(data->itemCount()); ++i) // unrated items: no direction, no neighbour
        if (std::all_of(raters.begin() + std::ptrdiff_t(i * std::size_t(data->userCount())),
                        raters.begin() + std::ptrdiff_t((i + 1) * std::size_t(data->userCount())),
                        [](float x) { return x == 0; }))
            raters[i * std::size_t(data->userCount())] = 1e-6f;
    const SpaceQuality ceiling = measure(*data, raters, int(data->userCount()), testLikers, seed);
    std::printf("%-26s %12.4f %12.4f %7.2fx %10s %10s %8s\n", "co-rating (ceiling)", ceiling.neighbourRate,
                ceiling.randomRate, ceiling.randomRate > 0 ? ceiling.neighbourRate / ceiling.randomRate : 0.0, "-", "-",
                "-");
    return 0;
}
