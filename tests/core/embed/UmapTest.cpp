#include "kindred/embed/Trustworthiness.h"
#include "kindred/embed/Umap.h"

#include "embed/ClusteredData.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace kindred {
namespace {

UmapOptions quickOptions(int dims) {
    UmapOptions options;
    options.dimensions = dims;
    options.epochs = 200;
    options.seed = 17;
    options.threads = 1;
    return options;
}

double trust(const test::ClusteredData& data, const UmapResult& result, std::size_t k = 10) {
    const auto t = trustworthiness(data.values, data.columns, result.coordinates, std::size_t(result.dimensions),
                                   data.rows, k);
    EXPECT_TRUE(t.ok()) << t.status().message();
    return t.ok() ? t.value() : 0.0;
}

TEST(UmapCurve, MatchesTheKnownFitsOfUmapLearn) {
    // umap-learn's find_ab_params (scipy curve_fit) gives a = 1.5769, b = 0.8951 for the defaults and
    // a = 1.9290, b = 0.7915 for min_dist 0.001.
    const auto defaults = fitUmapCurve(0.1, 1.0);
    EXPECT_NEAR(defaults.a, 1.5769, 0.002);
    EXPECT_NEAR(defaults.b, 0.8951, 0.002);
    const auto tight = fitUmapCurve(0.001, 1.0);
    EXPECT_NEAR(tight.a, 1.9290, 0.002);
    EXPECT_NEAR(tight.b, 0.7915, 0.002);
    // A larger min_dist flattens the curve near 0: 1/(1 + a·x^{2b}) stays high for longer.
    const auto loose = fitUmapCurve(0.5, 1.0);
    EXPECT_LT(loose.a, defaults.a);
}

TEST(UmapEpochs, DefaultsFollowTheSize) {
    EXPECT_EQ(defaultUmapEpochs(500), 500);
    EXPECT_EQ(defaultUmapEpochs(10000), 500);
    EXPECT_EQ(defaultUmapEpochs(10001), 200);
}

TEST(Trustworthiness, OneForTheDataItselfLowForNoise) {
    const auto data = test::makeClusters(4, 60, 3, 4.0, 5);
    const auto same = trustworthiness(data.values, 3, data.values, 3, data.rows, 5);
    ASSERT_TRUE(same.ok()) << same.status().message();
    EXPECT_NEAR(same.value(), 1.0, 1e-12);
    std::mt19937_64 engine(3);
    std::normal_distribution<float> normal;
    std::vector<float> noise(data.rows * 2);
    for (float& v : noise)
        v = normal(engine);
    const auto random = trustworthiness(data.values, 3, noise, 2, data.rows, 5);
    ASSERT_TRUE(random.ok());
    EXPECT_LT(random.value(), 0.65); // a random embedding scores about 0.5
    EXPECT_FALSE(trustworthiness(data.values, 3, noise, 2, data.rows, data.rows / 2).ok());
}

TEST(Trustworthiness, AgreesWithScikitLearn) {
    // x_i = (sin(0.37 i), cos(0.11 i), 0.01 i), embedded as (sin(0.37 i), 0.01 i); 80 points, k 7.
    // sklearn.manifold.trustworthiness(X, Y, n_neighbors=7) = 0.7964285714285715 (float32 inputs).
    std::vector<float> x, y;
    for (int i = 0; i < 80; ++i) {
        x.insert(x.end(), {float(std::sin(0.37 * i)), float(std::cos(0.11 * i)), float(0.01 * i)});
        y.insert(y.end(), {float(std::sin(0.37 * i)), float(0.01 * i)});
    }
    const auto t = trustworthiness(x, 3, y, 2, 80, 7);
    ASSERT_TRUE(t.ok()) << t.status().message();
    EXPECT_NEAR(t.value(), 0.7964285714285715, 1e-12);
}

class UmapClusters : public ::testing::TestWithParam<int> {};

TEST_P(UmapClusters, KeepsClustersTogetherAndNeighbourhoodsTrustworthy) {
    const int dims = GetParam();
    const auto data = test::makeClusters(6, 150, 20, 5.0, 3);
    const auto result = runUmap(data.values, data.rows, data.columns, quickOptions(dims));
    ASSERT_TRUE(result.ok()) << result.status().message();
    ASSERT_EQ(result->coordinates.size(), data.rows * std::size_t(dims));
    EXPECT_EQ(result->epochs, 200);
    EXPECT_TRUE(result->exactNeighbours);
    EXPECT_EQ(result->init, UmapInit::Spectral);
    EXPECT_GT(result->edges, data.rows * 7); // ≥ (15 − 1) / 2 per point after the union
    for (float v : result->coordinates)
        ASSERT_TRUE(std::isfinite(v));
    EXPECT_GE(test::neighbourAgreement(result->coordinates, dims, data.labels), 0.98);
    EXPECT_GE(trust(data, result.value()), 0.90);
}

INSTANTIATE_TEST_SUITE_P(Dimensions, UmapClusters, ::testing::Values(2, 3),
                         [](const auto& p) { return std::to_string(p.param) + "D"; });

class UmapInits : public ::testing::TestWithParam<UmapInit> {};

TEST_P(UmapInits, EveryInitialisationSeparatesClusters) {
    const auto data = test::makeClusters(5, 120, 16, 5.0, 11);
    UmapOptions options = quickOptions(2);
    options.init = GetParam();
    const auto result = runUmap(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->init, GetParam());
    EXPECT_GE(test::neighbourAgreement(result->coordinates, 2, data.labels), 0.97);
    EXPECT_GE(trust(data, result.value()), 0.88);
}

INSTANTIATE_TEST_SUITE_P(Init, UmapInits, ::testing::Values(UmapInit::Spectral, UmapInit::Pca, UmapInit::Random),
                         [](const auto& p) {
                             return p.param == UmapInit::Spectral ? "Spectral"
                                    : p.param == UmapInit::Pca    ? "Pca"
                                                                  : "Random";
                         });

TEST(Umap, ApproximateNeighboursKeepTheQuality) {
    const auto data = test::makeClusters(6, 150, 20, 5.0, 3);
    UmapOptions options = quickOptions(2);
    options.neighbourSearch = UmapNeighbourSearch::Approximate;
    const auto approximate = runUmap(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(approximate.ok()) << approximate.status().message();
    EXPECT_FALSE(approximate->exactNeighbours);
    options.neighbourSearch = UmapNeighbourSearch::Exact;
    const auto exact = runUmap(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(exact.ok());
    EXPECT_GE(trust(data, approximate.value()), trust(data, exact.value()) - 0.01);
}

TEST(Umap, SameSeedOneThreadSameOutput) {
    const auto data = test::makeClusters(3, 100, 10, 5.0, 4);
    UmapOptions options = quickOptions(3);
    options.epochs = 100;
    const auto a = runUmap(data.values, data.rows, data.columns, options);
    const auto b = runUmap(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->coordinates, b->coordinates);
    options.seed = 18;
    const auto c = runUmap(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(c.ok());
    EXPECT_NE(a->coordinates, c->coordinates);
}

TEST(Umap, CancelReturnsStatusAndProgressIsReported) {
    const auto data = test::makeClusters(3, 100, 10, 5.0, 4);
    ProgressToken* self = nullptr;
    std::uint64_t lastDone = 0;
    std::vector<std::string> phases;
    ProgressToken token(
        [&](const ProgressEvent& event) {
            if (phases.empty() || phases.back() != event.phase)
                phases.push_back(event.phase);
            if (event.unit != "epochs")
                return;
            lastDone = event.done;
            if (event.done >= 20)
                self->requestCancel();
        },
        std::chrono::milliseconds(0));
    self = &token;
    UmapOptions options = quickOptions(2);
    options.progress = &token;
    const auto result = runUmap(data.values, data.rows, data.columns, options);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.status().message().find("cancelled"), std::string::npos);
    EXPECT_GE(lastDone, 20u);
    EXPECT_LT(lastDone, 25u);
    ASSERT_GE(phases.size(), 4u);
    EXPECT_EQ(phases[0], "UMAP: nearest neighbours");
    EXPECT_EQ(phases[1], "UMAP: fuzzy graph");
    EXPECT_EQ(phases[2], "UMAP: initial layout");
    EXPECT_EQ(phases.back(), "UMAP: optimising the layout");
}

TEST(Umap, RejectsBadOptionsAndHandlesTinyInputs) {
    const std::vector<float> two = {0, 0, 1, 1};
    UmapOptions options;
    options.dimensions = 4;
    EXPECT_FALSE(runUmap(two, 2, 2, options).ok());
    options.dimensions = 2;
    EXPECT_FALSE(runUmap(two, 1, 4, options).ok());
    options.neighbours = 1;
    EXPECT_FALSE(runUmap(two, 2, 2, options).ok());
    options.neighbours = 15; // capped at n
    options.epochs = 20;
    const auto result = runUmap(two, 2, 2, options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->coordinates.size(), 4u);
    EXPECT_EQ(result->init, UmapInit::Pca); // too few points for a spectral layout
    const std::vector<float> bad = {0, NAN, 1, 1};
    EXPECT_FALSE(runUmap(bad, 2, 2, options).ok());
}

} // namespace
} // namespace kindred
