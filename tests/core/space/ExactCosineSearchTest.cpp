#include "kindred/space/ExactCosineSearch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <vector>

namespace kindred {
namespace {

double cosineOf(const float* a, const float* b, std::size_t d) {
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < d; ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

/// 300 random rows of 16 (row 7 all zeros, row 11 a copy of row 3 at twice its length).
struct Rows {
    static constexpr std::size_t kCount = 300, kDimension = 16;
    std::vector<float> values;
    Rows() {
        std::mt19937 random(5);
        std::normal_distribution<float> normal;
        values.resize(kCount * kDimension);
        for (auto& v : values)
            v = normal(random);
        std::fill_n(values.begin() + 7 * kDimension, kDimension, 0.0f);
        for (std::size_t i = 0; i < kDimension; ++i)
            values[11 * kDimension + i] = 2 * values[3 * kDimension + i];
    }
    const float* row(std::size_t r) const { return values.data() + r * kDimension; }
};

TEST(ExactCosineSearch, FindsTheRowsOfLargestCosineAsABruteForceDoes) {
    const Rows rows;
    const ExactCosineSearch search(rows.values, Rows::kDimension);
    ASSERT_EQ(search.size(), Rows::kCount);
    for (const std::size_t query : {0u, 3u, 150u, 299u}) {
        const std::span<const float> q(rows.row(query), Rows::kDimension);
        const auto found = search.nearest(q, 10, std::int64_t(query));
        std::vector<std::size_t> order;
        for (std::size_t r = 0; r < Rows::kCount; ++r)
            if (r != query)
                order.push_back(r);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return cosineOf(q.data(), rows.row(x), Rows::kDimension) > cosineOf(q.data(), rows.row(y), Rows::kDimension);
        });
        ASSERT_EQ(found.size(), 10u);
        for (std::size_t r = 0; r < found.size(); ++r) {
            EXPECT_EQ(std::size_t(found[r].index), order[r]) << "query " << query << " rank " << r;
            EXPECT_FLOAT_EQ(found[r].similarity, float(cosineOf(q.data(), rows.row(order[r]), Rows::kDimension)));
        }
    }
    // The same direction at twice the length is the nearest, at cosine 1.
    const auto ofThree = search.nearest({rows.row(3), Rows::kDimension}, 1, 3);
    ASSERT_EQ(ofThree.size(), 1u);
    EXPECT_EQ(ofThree[0].index, 11);
    EXPECT_NEAR(ofThree[0].similarity, 1.0f, 1e-6f);
}

TEST(ExactCosineSearch, KeepsOnlyTheRowsAskedForAndGivesAZeroRowCosineZero) {
    const Rows rows;
    const ExactCosineSearch search(rows.values, Rows::kDimension);
    const std::span<const float> q(rows.row(42), Rows::kDimension);
    const auto even = search.nearest(q, 1000, 42, [](std::int32_t row) { return row % 2 == 1; });
    EXPECT_EQ(even.size(), Rows::kCount / 2);
    for (const auto& n : even)
        EXPECT_EQ(n.index % 2, 1);
    EXPECT_TRUE(std::is_sorted(even.begin(), even.end(), [](const Neighbour& x, const Neighbour& y) {
        return x.similarity > y.similarity;
    }));
    const auto zero = std::find_if(even.begin(), even.end(), [](const Neighbour& n) { return n.index == 7; });
    ASSERT_NE(zero, even.end());
    EXPECT_EQ(zero->similarity, 0.0f);
    // A zero query: every cosine is 0, ties by lower row.
    const std::vector<float> nothing(Rows::kDimension, 0.0f);
    const auto fromNothing = search.nearest(nothing, 3);
    ASSERT_EQ(fromNothing.size(), 3u);
    EXPECT_EQ(fromNothing[0].index, 0);
    EXPECT_EQ(fromNothing[2].index, 2);
    EXPECT_EQ(fromNothing[0].similarity, 0.0f);
    EXPECT_TRUE(search.nearest(q, 0).empty());
}

TEST(ExactCosineSearch, RefusesRowsOrAQueryOfAnotherSize) {
    const std::vector<float> values(10, 1.0f);
    EXPECT_THROW(ExactCosineSearch(values, 3), std::invalid_argument);
    EXPECT_THROW(ExactCosineSearch(values, 0), std::invalid_argument);
    const ExactCosineSearch search(values, 5);
    const std::vector<float> query(4, 1.0f);
    EXPECT_THROW(search.nearest(query, 1), std::invalid_argument);
}

} // namespace
} // namespace kindred
