#include "kindred/index/NeighbourIndex.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <random>
#include <set>

namespace kindred {
namespace {

std::vector<float> randomVectors(std::size_t n, std::size_t d, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::normal_distribution<float> normal;
    std::vector<float> v(n * d);
    for (float& x : v)
        x = normal(engine);
    return v;
}

/// Brute-force top-k ids and scores (inner product, or cosine).
std::pair<std::vector<std::int64_t>, std::vector<float>> bruteForce(const std::vector<float>& base, const float* query,
                                                                    std::size_t d, std::size_t k, bool cosine,
                                                                    const NeighbourFilter& filter = {}) {
    const std::size_t n = base.size() / d;
    auto norm = [&](const float* v) {
        double s = 0;
        for (std::size_t j = 0; j < d; ++j)
            s += double(v[j]) * v[j];
        return std::sqrt(s);
    };
    std::vector<std::pair<double, std::int64_t>> all;
    for (std::size_t i = 0; i < n; ++i) {
        if (filter && !filter(std::int64_t(i)))
            continue;
        double dot = 0;
        for (std::size_t j = 0; j < d; ++j)
            dot += double(query[j]) * base[i * d + j];
        if (cosine)
            dot /= norm(query) * norm(&base[i * d]);
        all.emplace_back(dot, std::int64_t(i));
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::pair<std::vector<std::int64_t>, std::vector<float>> out;
    for (std::size_t h = 0; h < std::min(k, all.size()); ++h) {
        out.first.push_back(all[h].second);
        out.second.push_back(float(all[h].first));
    }
    return out;
}

class ExactIndex : public ::testing::TestWithParam<NeighbourMetric> {};

TEST_P(ExactIndex, EqualsBruteForce) {
    const std::size_t n = 400, d = 16, q = 25, k = 10;
    const bool cosine = GetParam() == NeighbourMetric::Cosine;
    const auto base = randomVectors(n, d, 1);
    const auto queries = randomVectors(q, d, 2);
    NeighbourIndexOptions options;
    options.metric = GetParam();
    const auto index = NeighbourIndex::build(base, n, d, options);
    ASSERT_TRUE(index.ok()) << index.status().message();
    EXPECT_TRUE(index.value()->isExact());
    const auto hits = index.value()->search(queries, q, k);
    ASSERT_TRUE(hits.ok()) << hits.status().message();
    for (std::size_t r = 0; r < q; ++r) {
        const auto [ids, scores] = bruteForce(base, &queries[r * d], d, k, cosine);
        for (std::size_t h = 0; h < k; ++h) {
            EXPECT_EQ(hits->ids[r * k + h], ids[h]) << "query " << r << " rank " << h;
            EXPECT_NEAR(hits->scores[r * k + h], scores[h], 1e-4);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Metrics, ExactIndex, ::testing::Values(NeighbourMetric::InnerProduct, NeighbourMetric::Cosine),
                         [](const auto& p) { return p.param == NeighbourMetric::Cosine ? "Cosine" : "InnerProduct"; });

TEST(NeighbourIndex, HnswRecallAtTen) {
    const std::size_t n = 4000, d = 24, q = 100, k = 10;
    const auto base = randomVectors(n, d, 3);
    const auto queries = randomVectors(q, d, 4);
    NeighbourIndexOptions options;
    options.metric = NeighbourMetric::Cosine;
    options.exactThreshold = 100; // force HNSW
    const auto index = NeighbourIndex::build(base, n, d, options);
    ASSERT_TRUE(index.ok()) << index.status().message();
    EXPECT_FALSE(index.value()->isExact());
    const auto hits = index.value()->search(queries, q, k);
    ASSERT_TRUE(hits.ok());
    std::size_t found = 0;
    for (std::size_t r = 0; r < q; ++r) {
        const auto truth = bruteForce(base, &queries[r * d], d, k, true).first;
        const std::set<std::int64_t> expected(truth.begin(), truth.end());
        for (std::size_t h = 0; h < k; ++h)
            found += expected.count(hits->ids[r * k + h]);
        EXPECT_NEAR(hits->scores[r * k], bruteForce(base, &queries[r * d], d, 1, true).second[0], 0.05);
    }
    EXPECT_GE(double(found) / double(q * k), 0.95);
}

TEST(NeighbourIndex, FilterIsExactAndCompleteForBothKinds) {
    const std::size_t n = 600, d = 12, k = 8;
    const auto base = randomVectors(n, d, 5);
    const auto query = randomVectors(1, d, 6);
    for (std::size_t threshold : {std::size_t(100000), std::size_t(10)}) {
        NeighbourIndexOptions options;
        options.metric = NeighbourMetric::InnerProduct;
        options.exactThreshold = threshold;
        const auto index = NeighbourIndex::build(base, n, d, options);
        ASSERT_TRUE(index.ok());
        // Dense filter: every third row.
        const NeighbourFilter third = [](std::int64_t id) { return id % 3 == 0; };
        auto hits = index.value()->search(query, 1, k, third);
        ASSERT_TRUE(hits.ok());
        EXPECT_EQ(hits->ids, bruteForce(base, query.data(), d, k, false, third).first);
        // Sparse bitset: only 3 rows allowed, so the row ends in -1s.
        std::vector<bool> allowed(n, false);
        allowed[7] = allowed[300] = allowed[599] = true;
        hits = index.value()->search(query, 1, k, allowedIds(allowed));
        ASSERT_TRUE(hits.ok());
        const auto truth = bruteForce(base, query.data(), d, k, false, allowedIds(allowed)).first;
        ASSERT_EQ(truth.size(), 3u);
        for (std::size_t h = 0; h < k; ++h)
            EXPECT_EQ(hits->ids[h], h < 3 ? truth[h] : -1);
        EXPECT_TRUE(std::isinf(hits->scores[k - 1]));
    }
}

TEST(NeighbourIndex, SaveLoadRoundTrip) {
    test::TempDir dir;
    const std::size_t n = 500, d = 8, q = 5, k = 5;
    const auto base = randomVectors(n, d, 7);
    const auto queries = randomVectors(q, d, 8);
    for (std::size_t threshold : {std::size_t(100000), std::size_t(50)}) {
        NeighbourIndexOptions options;
        options.exactThreshold = threshold;
        const auto built = NeighbourIndex::build(base, n, d, options, 0xfeedbeefcafe1234ull);
        ASSERT_TRUE(built.ok());
        const auto path = dir / ("index-" + std::to_string(threshold) + ".knn");
        ASSERT_TRUE(built.value()->save(path).ok());
        const auto loaded = NeighbourIndex::load(path);
        ASSERT_TRUE(loaded.ok()) << loaded.status().message();
        const NeighbourIndex& a = *built.value();
        const NeighbourIndex& b = *loaded.value();
        EXPECT_EQ(b.size(), n);
        EXPECT_EQ(b.dimension(), d);
        EXPECT_EQ(b.metric(), NeighbourMetric::Cosine);
        EXPECT_EQ(b.isExact(), a.isExact());
        EXPECT_EQ(b.modelFingerprint(), 0xfeedbeefcafe1234ull);
        const auto ha = a.search(queries, q, k);
        const auto hb = b.search(queries, q, k);
        ASSERT_TRUE(ha.ok() && hb.ok());
        EXPECT_EQ(ha->ids, hb->ids);
        EXPECT_EQ(ha->scores, hb->scores);
    }
}

TEST(NeighbourIndex, LoadFailsCleanlyOnMissingOrCorruptFiles) {
    test::TempDir dir;
    auto missing = NeighbourIndex::load(dir / "nope.knn");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.status().message().find("nope.knn"), std::string::npos);

    EXPECT_FALSE(NeighbourIndex::load(dir.write("garbage.knn", "this is not an index at all, not even close....."
                                                               "................................................")).ok());

    const auto base = randomVectors(100, 4, 9);
    const auto built = NeighbourIndex::build(base, 100, 4);
    ASSERT_TRUE(built.ok());
    const auto path = dir / "good.knn";
    ASSERT_TRUE(built.value()->save(path).ok());
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    // Truncated.
    const auto truncated = NeighbourIndex::load(dir.write("truncated.knn", bytes.substr(0, bytes.size() - 17)));
    ASSERT_FALSE(truncated.ok());
    EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos) << truncated.status().message();
    // One flipped byte in the FAISS payload.
    std::string flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    const auto corrupt = NeighbourIndex::load(dir.write("flipped.knn", flipped));
    ASSERT_FALSE(corrupt.ok());
    EXPECT_NE(corrupt.status().message().find("corrupt"), std::string::npos) << corrupt.status().message();
    // Payload replaced by junk with a matching size and no checksum (header says 0): still rejected.
    std::string junk = bytes;
    std::fill(junk.begin() + 64, junk.end(), '\x7f');
    EXPECT_FALSE(NeighbourIndex::load(dir.write("junk.knn", junk)).ok());
}

TEST(NeighbourIndex, RejectsBadArguments) {
    const auto base = randomVectors(10, 4, 1);
    EXPECT_FALSE(NeighbourIndex::build(base, 11, 4).ok());
    EXPECT_FALSE(NeighbourIndex::build(base, 10, 0).ok());
    const auto index = NeighbourIndex::build(base, 10, 4);
    ASSERT_TRUE(index.ok());
    EXPECT_FALSE(index.value()->search(base, 3, 5).ok());     // wrong query size
    EXPECT_FALSE(index.value()->search(base, 10, 0).ok());    // k = 0
    const auto many = index.value()->search(base, 10, 15);    // k > rows: -1 tails
    ASSERT_TRUE(many.ok());
    EXPECT_EQ(many->ids[14], -1);
    EXPECT_EQ(many->ids[0], 0); // a vector is its own best cosine match
}

} // namespace
} // namespace kindred
