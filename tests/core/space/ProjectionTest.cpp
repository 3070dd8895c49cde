#include "train/TrainTestData.h"
#include "kindred/space/Projection.h"
#include "kindred/space/SpaceNeighbours.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/ModelStore.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kindred {
namespace {

struct MfSpace {
    test::SmallProject small;
    std::shared_ptr<const TasteSpace> space;
    std::int64_t modelId = 0;

    MfSpace() {
        if (!small.project)
            return;
        const auto split = randomSplit(small.data, 3, 0.8, 0.2);
        BaselineOptions options;
        options.factors = 6;
        auto mf = trainBiasedMf(small.data, split, options);
        StoredModel stored;
        stored.kind = "mf";
        stored.weights = mf->serialize();
        modelId = ModelStore(*small.project).save(stored).value();
        space = loadTasteSpace(*small.project, modelId).value();
    }
};

double cosine(std::span<const float> a, std::span<const float> b) {
    double dot = 0, na = 0, nb = 0;
    for (std::size_t k = 0; k < a.size(); ++k) {
        dot += double(a[k]) * b[k];
        na += double(a[k]) * a[k];
        nb += double(b[k]) * b[k];
    }
    return dot / std::sqrt(na * nb);
}

TEST(Projection, PcaOfItemsAndUsersIsStoredAndReloaded) {
    MfSpace f;
    ASSERT_TRUE(f.space);
    ProjectionRequest request;
    request.entities = ProjectedEntities::Both;
    request.clusters = 3;
    auto projection = computeProjection(*f.space, request);
    ASSERT_TRUE(projection) << projection.status().message();
    const auto rows = std::size_t(f.small.data.itemCount() + f.small.data.userCount());
    ASSERT_EQ(projection->rows(), rows);
    EXPECT_EQ(projection->coordinates.size(), rows * 3);
    EXPECT_EQ(projection->isUser.back(), 1);
    EXPECT_EQ(projection->explainedVarianceRatio.size(), 3u);
    for (const auto c : projection->cluster)
        EXPECT_TRUE(c >= 0 && c < 3);
    auto id = saveProjection(*f.small.project, projection.value());
    ASSERT_TRUE(id) << id.status().message();
    auto stored = loadProjections(*f.small.project, f.modelId);
    ASSERT_TRUE(stored) << stored.status().message();
    ASSERT_EQ(stored->size(), 1u);
    const auto& back = stored->front();
    EXPECT_EQ(back.id, id.value());
    EXPECT_EQ(back.ids, projection->ids);
    EXPECT_EQ(back.coordinates, projection->coordinates);
    EXPECT_EQ(back.cluster, projection->cluster);
    EXPECT_EQ(back.pcaAxes, projection->pcaAxes);
}

TEST(Projection, UmapIsStoredWithItsParametersAndTheEpochsItRan) {
    MfSpace f;
    ASSERT_TRUE(f.space);
    ProjectionRequest request;
    request.method = "umap";
    request.dimensions = 2;
    request.neighbours = 5;
    request.minDist = 0.25;
    request.clusters = 2;
    auto projection = computeProjection(*f.space, request);
    ASSERT_TRUE(projection) << projection.status().message();
    const auto rows = std::size_t(f.small.data.itemCount());
    ASSERT_EQ(projection->rows(), rows);
    EXPECT_EQ(projection->coordinates.size(), rows * 2);
    EXPECT_EQ(projection->request.epochs, 500); // automatic for a small projection
    for (const float v : projection->coordinates)
        EXPECT_TRUE(std::isfinite(v));
    auto id = saveProjection(*f.small.project, projection.value());
    ASSERT_TRUE(id) << id.status().message();
    auto stored = loadProjections(*f.small.project, f.modelId);
    ASSERT_TRUE(stored) << stored.status().message();
    const auto& back = stored->front();
    EXPECT_EQ(back.request.method, "umap");
    EXPECT_EQ(back.request.neighbours, 5);
    EXPECT_DOUBLE_EQ(back.request.minDist, 0.25);
    EXPECT_EQ(back.request.epochs, 500);
    EXPECT_EQ(back.coordinates, projection->coordinates);
    request.method = "mds";
    EXPECT_FALSE(computeProjection(*f.space, request));
}

TEST(Projection, TrajectoryEndsWhereTheEncodedFullHistoryProjects) {
    MfSpace f;
    ASSERT_TRUE(f.space);
    auto projection = computeProjection(*f.space, {});
    ASSERT_TRUE(projection);
    auto path = tasteTrajectory(*f.space, projection.value(), 4, 5);
    ASSERT_TRUE(path) << path.status().message();
    ASSERT_EQ(path->size(), 5u * 3u);
    auto history = f.space->history(4);
    std::stable_sort(history.begin(), history.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) { return a.timestamp < b.timestamp; });
    const auto profile = f.space->encoder(4, history);
    const auto d = std::size_t(f.space->dimension);
    for (std::size_t a = 0; a < 3; ++a) {
        double x = 0;
        for (std::size_t k = 0; k < d; ++k)
            x += (profile.vector[k] - projection->pcaMean[k]) * projection->pcaAxes[a * d + k];
        EXPECT_NEAR(path.value()[4 * 3 + a], x, 1e-4);
    }
    EXPECT_FALSE(tasteTrajectory(*f.space, projection.value(), 999, 5));
}

TEST(SpaceNeighbours, EqualBruteForceCosineAndReuseThePersistedIndex) {
    MfSpace f;
    ASSERT_TRUE(f.space);
    const auto folder = f.small.dir / "indexes";
    bool rebuilt = false;
    auto neighbours = SpaceNeighbours::open(f.space, folder, &rebuilt);
    ASSERT_TRUE(neighbours) << neighbours.status().message();
    EXPECT_TRUE(rebuilt);
    auto hits = neighbours.value()->itemsLikeItem(2, 5);
    ASSERT_TRUE(hits) << hits.status().message();
    std::vector<std::pair<double, std::int32_t>> brute;
    for (std::int32_t i = 0; i < f.small.data.itemCount(); ++i)
        if (i != 2)
            brute.emplace_back(cosine(f.space->itemVector(2), f.space->itemVector(i)), i);
    std::sort(brute.begin(), brute.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    ASSERT_EQ(hits->size(), 5u);
    for (std::size_t r = 0; r < 5; ++r) {
        EXPECT_EQ(hits.value()[r].index, brute[r].second);
        EXPECT_NEAR(hits.value()[r].similarity, brute[r].first, 1e-4);
    }
    auto users = neighbours.value()->usersLikeUser(0, 3);
    ASSERT_TRUE(users);
    EXPECT_EQ(users->size(), 3u);
    for (const auto& n : users.value())
        EXPECT_NE(n.index, 0);
    auto again = SpaceNeighbours::open(f.space, folder, &rebuilt);
    ASSERT_TRUE(again);
    EXPECT_FALSE(rebuilt);
    EXPECT_FALSE(neighbours.value()->itemsLikeItem(-1, 5));
}

} // namespace
} // namespace kindred
