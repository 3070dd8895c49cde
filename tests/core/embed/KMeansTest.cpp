#include "kindred/embed/KMeans.h"

#include "embed/ClusteredData.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace kindred {
namespace {

/// Purity in both directions (min of the two): each found cluster is mostly one true cluster and
/// each true cluster mostly one found cluster, so splitting or merging clusters cannot score high.
double adjustedPurity(const std::vector<int>& truth, const std::vector<std::int32_t>& found, std::size_t k) {
    std::map<std::pair<int, int>, std::size_t> counts;
    for (std::size_t i = 0; i < truth.size(); ++i)
        ++counts[{truth[i], found[i]}];
    std::vector<std::size_t> bestOfFound(k, 0), bestOfTrue(k, 0);
    for (const auto& [key, count] : counts) {
        bestOfFound[std::size_t(key.second)] = std::max(bestOfFound[std::size_t(key.second)], count);
        bestOfTrue[std::size_t(key.first)] = std::max(bestOfTrue[std::size_t(key.first)], count);
    }
    std::size_t a = 0, b = 0;
    for (std::size_t c = 0; c < k; ++c) {
        a += bestOfFound[c];
        b += bestOfTrue[c];
    }
    return double(std::min(a, b)) / double(truth.size());
}

TEST(KMeans, RecoversSeparatedClusters) {
    const auto data = test::makeClusters(6, 300, 8, 8.0, 11);
    KMeansOptions options;
    options.clusters = 6;
    options.seed = 5;
    const auto result = kMeans(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_GE(adjustedPurity(data.labels, result->assignments, 6), 0.99);
    EXPECT_TRUE(result->converged);
    ASSERT_EQ(result->centroids.size(), 6u * 8u);
    std::int64_t total = 0;
    for (auto s : result->sizes) {
        EXPECT_GT(s, 0);
        total += s;
    }
    EXPECT_EQ(total, std::int64_t(data.rows));
    // Inertia is the sum of squared distances to the reported centroids.
    double inertia = 0;
    for (std::size_t i = 0; i < data.rows; ++i)
        for (std::size_t j = 0; j < data.columns; ++j) {
            const double diff = data.values[i * 8 + j] - result->centroids[std::size_t(result->assignments[i]) * 8 + j];
            inertia += diff * diff;
        }
    EXPECT_NEAR(result->inertia, inertia, 1e-3 * inertia);
    // Within-cluster noise is N(0, 1) in 8 dimensions: about 8 per point.
    EXPECT_NEAR(result->inertia / double(data.rows), 8.0, 1.0);
}

TEST(KMeans, SameSeedSameResult) {
    const auto data = test::makeClusters(4, 200, 5, 1.5, 2); // overlapping: seeding matters
    KMeansOptions options;
    options.clusters = 7;
    options.seed = 99;
    const auto a = kMeans(data.values, data.rows, data.columns, options);
    const auto b = kMeans(data.values, data.rows, data.columns, options);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->assignments, b->assignments);
    EXPECT_EQ(a->centroids, b->centroids);
    EXPECT_EQ(a->inertia, b->inertia);
}

TEST(KMeans, RejectsBadInputAndHandlesDuplicates) {
    std::vector<float> same(20, 1.0f);
    KMeansOptions options;
    options.clusters = 3;
    const auto result = kMeans(same, 10, 2, options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->inertia, 0.0);
    options.clusters = 11;
    EXPECT_FALSE(kMeans(same, 10, 2, options).ok());
    EXPECT_FALSE(kMeans(same, 9, 2, KMeansOptions{}).ok());
}

TEST(KMeans, Cancels) {
    const auto data = test::makeClusters(3, 100, 4, 5.0, 1);
    ProgressToken token;
    token.requestCancel();
    KMeansOptions options;
    options.clusters = 3;
    options.progress = &token;
    const auto result = kMeans(data.values, data.rows, data.columns, options);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.status().message().find("cancelled"), std::string::npos);
}

} // namespace
} // namespace kindred
