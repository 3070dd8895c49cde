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
    ASSERT_EQ(projection->clusterLabels.size(), 3u); // labelled when computed, kept when stored
    EXPECT_EQ(back.clusterLabels, projection->clusterLabels);

    // A person renames a cluster; the name is stored as given.
    ASSERT_TRUE(renameCluster(*f.small.project, id.value(), 1, "Sunday <b>films</b>").ok());
    EXPECT_EQ(loadProjections(*f.small.project, f.modelId)->front().clusterLabels[1], "Sunday <b>films</b>");
    EXPECT_FALSE(renameCluster(*f.small.project, id.value(), 3, "x").ok());
    EXPECT_FALSE(renameCluster(*f.small.project, id.value(), 0, "").ok());
    EXPECT_FALSE(renameCluster(*f.small.project, id.value() + 7, 0, "x").ok());
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

/// Two media whose items sit around different offsets: centring removes each medium's mean from
/// its items and each media group's mean from its people, and the projection says it did.
/// Books 0..3 and music 4..7 on a 2-d space, each medium offset far from the other ((10, 10) and
/// (-10, -10)) with a taste direction inside it; six people: books only, music only, both.
std::shared_ptr<TasteSpace> twoDomainsSpace() {
    std::vector<test::Row> rows;
    for (std::int32_t u = 0; u < 6; ++u)
        for (std::int32_t i = 0; i < 8; ++i)
            if (u < 2 ? i < 4 : u < 4 ? i >= 4 : (i + u) % 2 == 0) // books only, music only, both
                rows.push_back({u, i, 0.75f});
    auto space = std::make_shared<TasteSpace>();
    space->data = std::make_shared<const TrainingData>(test::makeData(
        6, {0, 0, 0, 0, 1, 1, 1, 1}, {test::explicitDomain("books", 1, 5), test::explicitDomain("music", 1, 5)}, rows));
    space->dimension = 2;
    for (std::int32_t i = 0; i < 8; ++i) {
        const float offset = i < 4 ? 10.0f : -10.0f, taste = i % 2 ? 1.0f : -1.0f;
        space->itemVectors.insert(space->itemVectors.end(), {offset + taste, offset - taste});
        space->itemBaseline.push_back(0);
    }
    for (std::int32_t u = 0; u < 6; ++u) {
        space->userVectors.insert(space->userVectors.end(), {float(u), u < 2 ? 5.0f : u < 4 ? -5.0f : 0.0f});
        space->userBias.push_back(0);
    }
    return space;
}

TEST(Projection, CentringRemovesEachDomainsOffset) {
    const auto space = twoDomainsSpace();
    const auto centred = centreDomains(*space);
    for (int domain : {0, 1})
        for (int k : {0, 1}) {
            double sum = 0;
            for (std::int32_t i = domain * 4; i < domain * 4 + 4; ++i)
                sum += centred.items[std::size_t(i) * 2 + std::size_t(k)];
            EXPECT_NEAR(sum, 0.0, 1e-5) << "medium " << domain;
        }
    EXPECT_FLOAT_EQ(centred.items[0], -1.0f) << "taste stays: item 0 is (10 - 1, 10 + 1) around (10, 10)";
    EXPECT_FLOAT_EQ(centred.users[0 * 2 + 1], 0.0f) << "the books-only people share their group's offset";
    EXPECT_FLOAT_EQ(centred.users[0 * 2 + 0], -0.5f);
    EXPECT_FLOAT_EQ(centred.userOffsets[2 * 2 + 1], -5.0f);

    ProjectionRequest request;
    request.clusters = 0;
    request.dimensions = 2;
    auto projection = computeProjection(*space, request);
    ASSERT_TRUE(projection) << projection.status().message();
    EXPECT_TRUE(projection->request.centreDomains);
    request.centreDomains = false;
    EXPECT_FALSE(computeProjection(*space, request)->request.centreDomains);
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

TEST(SpaceNeighbours, AnItemsNeighboursComeFromAnyItsOwnOrTheOtherDomains) {
    const auto space = twoDomainsSpace();
    auto neighbours = SpaceNeighbours::open(space, {});
    ASSERT_TRUE(neighbours) << neighbours.status().message();
    using DomainFilter = SpaceNeighbours::DomainFilter;
    const auto domain = [&](const Neighbour& n) { return space->data->itemDomain[std::size_t(n.index)]; };
    auto same = neighbours.value()->itemsLikeItem(0, 3, DomainFilter::Same);
    ASSERT_TRUE(same) << same.status().message();
    ASSERT_EQ(same->size(), 3u);
    for (const auto& n : same.value())
        EXPECT_EQ(domain(n), 0) << "a book's own medium: books";
    auto other = neighbours.value()->itemsLikeItem(0, 3, DomainFilter::Other);
    ASSERT_TRUE(other) << other.status().message();
    ASSERT_EQ(other->size(), 3u);
    for (const auto& n : other.value())
        EXPECT_EQ(domain(n), 1) << "a book's other media: music";
    EXPECT_EQ(neighbours.value()->itemsLikeItem(0, 3, DomainFilter::Any)->front().index,
              same->front().index) << "the medium's offset keeps the nearest item a book";
    EXPECT_FALSE(neighbours.value()->itemsLikeItem(8, 3, DomainFilter::Other)) << "no item 8";
}

} // namespace
} // namespace kindred

namespace kindred {
namespace {

// The estimate shown before a projection starts: grows with the points and the work asked for,
// orders the methods as they run, and reproduces the runs it was fitted to within a factor of 2.
TEST(ProjectionEstimate, GrowsWithTheWorkAndMatchesItsCalibrationRuns) {
    struct Threads { // the calibration machine's cores for this test only; the environment's value after
        const char* given = std::getenv("KINDRED_THREADS");
        std::string before = given ? given : "";
        bool had = given != nullptr;
        Threads() { setenv("KINDRED_THREADS", "2", 1); }
        ~Threads() { had ? (void)setenv("KINDRED_THREADS", before.c_str(), 1) : (void)unsetenv("KINDRED_THREADS"); }
    } threads;
    ProjectionRequest tsne, umap, pca;
    tsne.method = "tsne";
    umap.method = "umap";
    const double douban = estimatedProjectionSeconds(tsne, 12344, 256);
    EXPECT_GT(douban, 20.3 / 2);
    EXPECT_LT(douban, 20.3 * 2);
    const double doubanUmap = estimatedProjectionSeconds(umap, 12344, 256);
    EXPECT_GT(doubanUmap, 2.5 / 2);
    EXPECT_LT(doubanUmap, 2.5 * 2);
    EXPECT_LT(estimatedProjectionSeconds(pca, 100000, 64), 0.2);
    EXPECT_GT(douban, doubanUmap);
    EXPECT_GT(doubanUmap, estimatedProjectionSeconds(pca, 12344, 256));
    EXPECT_GT(estimatedProjectionSeconds(tsne, 220000, 256), 10 * douban) << "18× the points: far more than 10× the time";
    tsne.iterations = 2000;
    EXPECT_GT(estimatedProjectionSeconds(tsne, 12344, 256), 1.5 * douban);
    setenv("KINDRED_THREADS", "4", 1);
    EXPECT_NEAR(estimatedProjectionSeconds(umap, 12344, 256), doubanUmap / 2, 1e-9) << "twice the threads";
}

} // namespace
} // namespace kindred
