#include "kindred/embed/Tsne.h"

#include "embed/ClusteredData.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace kindred {
namespace {

TsneOptions quickOptions(int dims) {
    TsneOptions options;
    options.dimensions = dims;
    options.iterations = 400; // 250 exaggerated + 150: enough to separate clear clusters, fast in 3D
    options.seed = 17;
    return options;
}

class TsneClusters : public ::testing::TestWithParam<int> {};

TEST_P(TsneClusters, KeepsClustersTogether) {
    const int dims = GetParam();
    // 3D Barnes-Hut is close to O(n²) at this size (few far-away cells), so keep n modest.
    const auto data = test::makeClusters(5, 150, 20, 5.0, 3);
    const auto result = runTsne(data.values, data.rows, data.columns, quickOptions(dims));
    ASSERT_TRUE(result.ok()) << result.status().message();
    ASSERT_EQ(result->coordinates.size(), data.rows * std::size_t(dims));
    EXPECT_EQ(result->iterations, 400);
    EXPECT_GE(test::neighbourAgreement(result->coordinates, dims, data.labels), 0.95);
    for (float v : result->coordinates)
        ASSERT_TRUE(std::isfinite(v));
    // KL is reported every 50 iterations and at the end, and the optimisation lowers it.
    ASSERT_EQ(result->klHistory.size(), 8u); // after 50, 100, …, 350, then the final one
    EXPECT_EQ(result->klHistory.back(), result->klDivergence);
    EXPECT_GT(result->klDivergence, 0.0);
    EXPECT_LT(result->klDivergence, result->klHistory[4]); // at the end of the exaggeration phase
}

INSTANTIATE_TEST_SUITE_P(Dimensions, TsneClusters, ::testing::Values(2, 3),
                         [](const auto& p) { return std::to_string(p.param) + "D"; });

TEST(Tsne, SameSeedSameOutput) {
    const auto data = test::makeClusters(3, 100, 10, 5.0, 4);
    TsneOptions options = quickOptions(3);
    options.iterations = 300;
    options.perplexity = 20;
    const auto a = runTsne(data.values, data.rows, data.columns, options);
    const auto b = runTsne(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->coordinates, b->coordinates);
    EXPECT_EQ(a->klDivergence, b->klDivergence);
    options.seed = 18;
    const auto c = runTsne(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(c.ok());
    EXPECT_NE(a->coordinates, c->coordinates);
}

TEST(Tsne, CancelReturnsStatusAndProgressIsReported) {
    const auto data = test::makeClusters(3, 100, 10, 5.0, 4);
    ProgressToken* self = nullptr;
    std::uint64_t lastDone = 0;
    std::string lastUnit;
    ProgressToken token(
        [&](const ProgressEvent& event) {
            if (event.unit != "iterations")
                return;
            lastDone = event.done;
            lastUnit = event.unit;
            if (event.done >= 20)
                self->requestCancel();
        },
        std::chrono::milliseconds(0));
    self = &token;
    TsneOptions options = quickOptions(2);
    options.progress = &token;
    const auto result = runTsne(data.values, data.rows, data.columns, options);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.status().message().find("cancelled"), std::string::npos);
    EXPECT_EQ(lastUnit, "iterations");
    EXPECT_GE(lastDone, 20u);
    EXPECT_LT(lastDone, 25u);
}

TEST(Tsne, KlAppearsInProgressPhase) {
    const auto data = test::makeClusters(2, 60, 5, 5.0, 9);
    std::string lastPhase;
    ProgressToken token([&](const ProgressEvent& event) { lastPhase = event.phase; }, std::chrono::milliseconds(0));
    TsneOptions options = quickOptions(2);
    options.iterations = 60;
    options.perplexity = 10;
    options.progress = &token;
    options.learningRate.reset(); // "auto"
    const auto result = runTsne(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_NE(lastPhase.find("KL divergence"), std::string::npos) << lastPhase;
}

TEST(Tsne, RejectsBadOptionsAndTinyInputs) {
    const std::vector<float> two = {0, 0, 1, 1};
    TsneOptions options;
    options.dimensions = 4;
    EXPECT_FALSE(runTsne(two, 2, 2, options).ok());
    options.dimensions = 2;
    EXPECT_FALSE(runTsne(two, 1, 4, options).ok());
    options.iterations = 20;
    const auto result = runTsne(two, 2, 2, options); // perplexity capped at n - 1
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->coordinates.size(), 4u);
}

} // namespace
} // namespace kindred
