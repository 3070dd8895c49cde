// Cross-domain genre correlation: a planted correlation is found, a null one is not, and the
// Student-t p-values match published tables.
#include "train/TrainTestData.h"
#include "kindred/recommend/GenreCorrelation.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>

namespace kindred {
namespace {

using test::Row;

TEST(GenreCorrelationTest, StudentTMatchesTables) {
    EXPECT_NEAR(studentTwoSidedP(2.0, 10), 0.07339, 1e-4);
    EXPECT_NEAR(studentTwoSidedP(2.228, 10), 0.05, 2e-4);
    EXPECT_NEAR(studentTwoSidedP(2.576, 1e6), 0.01, 1e-4);
    EXPECT_NEAR(studentTwoSidedP(1.0, 1), 0.5, 1e-9);
    EXPECT_NEAR(studentTwoSidedP(0.0, 5), 1.0, 1e-12);
    EXPECT_NEAR(regularizedIncompleteBeta(0.3, 2, 3), 0.3483, 1e-4);
}

/// Domain 0 items: genre X+ (0..9), X− (10..19), Xnull (20..29). Domain 1: Y+ (30..39), Y−
/// (40..49), Ynull (50..59). Hidden taste z: X+ and Y+ rated 0.5 + 0.3z, X− and Y− 0.5 − 0.3z (so
/// each domain's mean is free of z), the null genres pure noise.
TrainingData plantedData(std::int32_t users, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<Row> rows;
    for (std::int32_t u = 0; u < users; ++u) {
        const double z = normal(rng);
        for (std::int32_t g = 0; g < 6; ++g) {
            const double sign = g % 3 == 0 ? 1 : g % 3 == 1 ? -1 : 0;
            for (std::int32_t j = 0; j < 3; ++j) {
                const std::int32_t item = g * 10 + std::int32_t(rng() % 10);
                if (std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return r.user == u && r.item == item; }))
                    continue;
                const double value = std::clamp(0.5 + sign * 0.15 * z + 0.1 * normal(rng), 0.0, 1.0);
                rows.push_back({u, item, float(value)});
            }
        }
    }
    std::vector<std::int32_t> domains(60);
    for (std::int32_t i = 0; i < 60; ++i)
        domains[std::size_t(i)] = i < 30 ? 0 : 1;
    auto data = test::makeData(users, domains, {test::explicitDomain("douban books", 1, 5), test::explicitDomain("douban music", 1, 5)}, rows);
    data.genreNames = {"X+", "X-", "Xnull", "Y+", "Y-", "Ynull"};
    for (std::int32_t i = 0; i < 60; ++i)
        data.itemGenres[std::size_t(i)] = {i / 10};
    return data;
}

TEST(GenreCorrelationTest, PlantedCorrelationIsFoundAndNullIsNot) {
    const auto data = plantedData(150, 9);
    const auto result = genreCorrelation(data, 0, 1);
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->users, 150);
    const auto cell = [&](int from, int to) {
        for (const auto& c : result->cells)
            if (c.fromGenre == from && c.toGenre == to)
                return c;
        ADD_FAILURE() << "no cell " << from << "," << to;
        return GenreCorrelationCell{};
    };
    EXPECT_GT(cell(0, 3).r, 0.3);
    EXPECT_LT(cell(0, 3).p, 0.01);
    EXPECT_LT(cell(0, 4).r, -0.3);
    EXPECT_LT(cell(0, 4).p, 0.01);
    EXPECT_GT(cell(2, 5).p, 0.01);
    EXPECT_GT(cell(2, 5).n, 30);
    const auto json = nlohmann::json::parse(result->toJson());
    EXPECT_EQ(json["from"], "douban books");
    EXPECT_EQ(json["cells"].size(), result->cells.size());
    EXPECT_FALSE(genreCorrelation(data, 0, 0).ok());
    EXPECT_FALSE(genreCorrelation(data, 0, 7).ok());
}

/// Media without genres: the planted structure as taste clusters spanning both media (cluster 0 =
/// X+ and Y+, cluster 1 = X− and Y−, cluster 2 = the null items) is found the same way.
TEST(GenreCorrelationTest, TasteClustersStandInForMissingGenres) {
    auto data = plantedData(150, 9);
    for (auto& genres : data.itemGenres)
        genres.clear();
    data.genreNames.clear();
    EXPECT_TRUE(genreCorrelation(data, 0, 1)->cells.empty());
    std::vector<std::int32_t> cluster(60);
    for (std::int32_t i = 0; i < 60; ++i)
        cluster[std::size_t(i)] = (i / 10) % 3;
    const auto result = clusterCorrelation(data, cluster, {"likes", "dislikes", "noise"}, 0, 1);
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->basis, "taste clusters");
    EXPECT_EQ(result->genreNames[0], "likes");
    for (const auto& c : result->cells)
        if (c.fromGenre == 0 && c.toGenre == 0) {
            EXPECT_GT(c.r, 0.3);
            EXPECT_LT(c.p, 0.01);
        } else if (c.fromGenre == 0 && c.toGenre == 1) {
            EXPECT_LT(c.r, -0.3);
        }
    EXPECT_EQ(nlohmann::json::parse(result->toJson())["basis"], "taste clusters");
    cluster[5] = 3; // a cluster without a name
    EXPECT_FALSE(clusterCorrelation(data, cluster, {"likes", "dislikes", "noise"}, 0, 1).ok());
    EXPECT_FALSE(clusterCorrelation(data, {0, 1}, {"a", "b"}, 0, 1).ok());
}

TEST(GenreCorrelationTest, NullDataRarelyLooksSignificant) {
    // Shuffle z between domains by using two independent data sets' halves: here, pure noise.
    const auto data = plantedData(120, 21);
    auto noisy = data;
    std::mt19937_64 rng(4);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    for (auto& x : noisy.interactions)
        x.value = uniform(rng);
    const auto result = genreCorrelation(noisy, 0, 1);
    ASSERT_TRUE(result.ok());
    int significant = 0;
    for (const auto& c : result->cells)
        significant += c.p < 0.01;
    EXPECT_LE(significant, 1);
}

} // namespace
} // namespace kindred
