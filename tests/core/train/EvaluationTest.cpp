// evaluate() against values computed by hand on a tiny dataset (the arithmetic is in the comments).
#include "kindred/train/Evaluation.h"

#include "TrainTestData.h"
#include "kindred/common/Progress.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

namespace kindred {
namespace {

using test::Row;
constexpr auto Train = SplitPart::Train;
constexpr auto Validation = SplitPart::Validation;
constexpr auto Test = SplitPart::Test;

// Items 0..5: movies rated 1..5; items 6, 7: books rated 0..10.
//   user 0: 0 train 1.0 · 1 test 1.0 (relevant) · 2 test 0.75 (relevant: ≥ 0.75) · 3 test 0.25 ·
//           4 validation 1.0
//   user 1: 0 train 0.5 · 5 test 0.5 · 6 test 0.8 (relevant book, predicted 0.9)
struct Fixture {
    TrainingData data;
    Split split;
    test::TableRecommender model{{
        {{0, 0}, 0.9f},
        {{0, 1}, 0.2f},
        {{0, 2}, 0.8f},
        {{0, 3}, 0.7f},
        {{0, 4}, 0.95f},
        {{0, 5}, 0.1f},
        {{0, 6}, 0.5f},
        {{0, 7}, 0.6f},
        {{1, 1}, 0.1f},
        {{1, 2}, 0.2f},
        {{1, 3}, 0.3f},
        {{1, 4}, 0.4f},
        {{1, 5}, 1.3f},
        {{1, 6}, 0.9f},
        {{1, 7}, 0.95f},
    }};

    Fixture() {
        data = test::makeData(2, {0, 0, 0, 0, 0, 0, 1, 1},
                              {test::explicitDomain("movies", 1, 5), test::explicitDomain("books", 0, 10)},
                              {{0, 0, 1.0f, Train},
                               {0, 1, 1.0f, Test},
                               {0, 2, 0.75f, Test},
                               {0, 3, 0.25f, Test},
                               {0, 4, 1.0f, Validation},
                               {1, 0, 0.5f, Train},
                               {1, 5, 0.5f, Test},
                               {1, 6, 0.8f, Test}},
                              &split);
        // Genre lists deliberately unsorted (TrainingData numbers genres by first appearance).
        data.itemGenres = {{0}, {1}, {1, 0}, {1}, {2}, {}, {3}, {3}};
    }
};

EvaluationOptions options(int k, int domain = -1) {
    EvaluationOptions o;
    o.part = SplitPart::Test;
    o.k = k;
    o.domain = domain;
    return o;
}

TEST(Evaluation, OneDomainMatchesHandComputedMetrics) {
    Fixture f;
    const auto e = evaluate(f.model, f.data, f.split, options(3, 0));
    // Rating error on the 1..5 scale: user 0 items 1, 2, 3 → |0.2−1|·4 = 3.2, |0.8−0.75|·4 = 0.2,
    // |0.7−0.25|·4 = 1.8; user 1 item 5: 1.3 clipped to 1 → |1−0.5|·4 = 2.0.
    EXPECT_EQ(e.ratedCount, 4u);
    EXPECT_NEAR(e.rmse, std::sqrt((3.2 * 3.2 + 0.2 * 0.2 + 1.8 * 1.8 + 2.0 * 2.0) / 4), 1e-5);
    EXPECT_NEAR(e.mae, (3.2 + 0.2 + 1.8 + 2.0) / 4, 1e-5);
    // Only user 0 has a relevant movie. Candidates 1..5 (0 is train): top 3 = 4 (0.95), 2 (0.8), 3 (0.7);
    // relevant {1, 2}: one hit at rank 2.
    EXPECT_EQ(e.rankedUsers, 1u);
    EXPECT_EQ(e.k, 3);
    EXPECT_NEAR(e.precision, 1.0 / 3, 1e-9);
    EXPECT_NEAR(e.recall, 0.5, 1e-9);
    EXPECT_NEAR(e.ndcg, (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0)), 1e-9); // 0.3869
    EXPECT_NEAR(e.mrr, 0.5, 1e-9);
    EXPECT_NEAR(e.hitRate, 1.0, 1e-9);
    // 3 of the 6 movies were recommended.
    EXPECT_NEAR(e.coverage, 0.5, 1e-9);
    // Genres 4 {2}, 2 {0,1}, 3 {1}: distances 1, 1, 1 − 1/2 → mean 2.5 / 3.
    EXPECT_NEAR(e.diversity, 2.5 / 3, 1e-9);
    EXPECT_FALSE(e.cancelled);
}

TEST(Evaluation, AllDomainsAverageOverUsersAndUseEachDomainsScale) {
    Fixture f;
    const auto e = evaluate(f.model, f.data, f.split, options(3));
    // The book rating adds |0.9 − 0.8| · 10 = 1.0 on the 0..10 scale.
    EXPECT_EQ(e.ratedCount, 5u);
    EXPECT_NEAR(e.rmse, std::sqrt((3.2 * 3.2 + 0.2 * 0.2 + 1.8 * 1.8 + 2.0 * 2.0 + 1.0 * 1.0) / 5), 1e-5);
    EXPECT_NEAR(e.mae, (3.2 + 0.2 + 1.8 + 2.0 + 1.0) / 5, 1e-5);
    // User 0 as before (books 0.5, 0.6 stay below 0.7). User 1: top 3 = 5 (1.3), 7 (0.95), 6 (0.9);
    // relevant {6} at rank 3: precision 1/3, recall 1, NDCG (1/log2 4) / 1 = 0.5, MRR 1/3.
    ASSERT_EQ(e.rankedUsers, 2u);
    EXPECT_NEAR(e.precision, 1.0 / 3, 1e-9);
    EXPECT_NEAR(e.recall, (0.5 + 1.0) / 2, 1e-9);
    EXPECT_NEAR(e.ndcg, ((1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0)) + 0.5) / 2, 1e-9);
    EXPECT_NEAR(e.mrr, (0.5 + 1.0 / 3) / 2, 1e-9);
    EXPECT_NEAR(e.hitRate, 1.0, 1e-9);
    // Recommended {4, 2, 3} ∪ {5, 7, 6} = 6 of 8 items.
    EXPECT_NEAR(e.coverage, 0.75, 1e-9);
    // User 1's list: 5 {} vs 7 {3}: 1; 5 vs 6: 1; 7 vs 6: 0 → 2/3. Mean of 5/6 and 2/3.
    EXPECT_NEAR(e.diversity, (2.5 / 3 + 2.0 / 3) / 2, 1e-9);
}

TEST(Evaluation, ValidationPartHasItsOwnPositives) {
    Fixture f;
    auto o = options(2, 0);
    o.part = SplitPart::Validation;
    const auto e = evaluate(f.model, f.data, f.split, o);
    // Validation: user 0 item 4 (1.0) with prediction 0.95 → 0.05 · 4 = 0.2. It ranks first.
    EXPECT_EQ(e.ratedCount, 1u);
    EXPECT_NEAR(e.rmse, 0.2, 1e-5);
    ASSERT_EQ(e.rankedUsers, 1u);
    EXPECT_NEAR(e.ndcg, 1.0, 1e-9);
    EXPECT_NEAR(e.mrr, 1.0, 1e-9);
    EXPECT_NEAR(e.precision, 0.5, 1e-9);
    EXPECT_NEAR(e.recall, 1.0, 1e-9);
}

TEST(Evaluation, IdealDcgUsesMinOfKAndRelevantCount) {
    Fixture f;
    // k = 1: user 0's top item is 4 (not relevant) → NDCG 0, MRR 0, no hit.
    auto e = evaluate(f.model, f.data, f.split, options(1, 0));
    EXPECT_NEAR(e.ndcg, 0.0, 1e-12);
    EXPECT_NEAR(e.mrr, 0.0, 1e-12);
    EXPECT_NEAR(e.hitRate, 0.0, 1e-12);
    // k = 5 covers all five candidates: hits at ranks 2 (item 2) and 4 (item 1: 0.2 > 0.1);
    // ideal = two hits at ranks 1 and 2.
    e = evaluate(f.model, f.data, f.split, options(5, 0));
    const double dcg = 1 / std::log2(3.0) + 1 / std::log2(5.0);
    EXPECT_NEAR(e.ndcg, dcg / (1 + 1 / std::log2(3.0)), 1e-9);
    EXPECT_NEAR(e.recall, 1.0, 1e-9);
    EXPECT_NEAR(e.precision, 2.0 / 5, 1e-9);
    EXPECT_NEAR(e.coverage, 5.0 / 6, 1e-9);
}

TEST(Evaluation, TiesRankTheLowerItemIndexFirst) {
    Fixture f;
    // All scores equal: user 0's candidates 1..5 in index order → items 1, 2 are the top 2.
    test::TableRecommender flat(
        {{{0, 1}, 0.5f}, {{0, 2}, 0.5f}, {{0, 3}, 0.5f}, {{0, 4}, 0.5f}, {{0, 5}, 0.5f}});
    auto e = evaluate(flat, f.data, f.split, options(2, 0));
    EXPECT_NEAR(e.ndcg, 1.0, 1e-9);
    EXPECT_NEAR(e.precision, 1.0, 1e-9);
    // k = 1 < 2 relevant items: the ideal list has one hit too, so a hit at rank 1 is perfect.
    e = evaluate(flat, f.data, f.split, options(1, 0));
    EXPECT_NEAR(e.ndcg, 1.0, 1e-9);
    EXPECT_NEAR(e.recall, 0.5, 1e-9);
    EXPECT_NEAR(e.mrr, 1.0, 1e-9);
}

TEST(Evaluation, NanScoresRankLast) {
    Fixture f;
    test::TableRecommender odd(
        {{{0, 1}, std::nanf("")}, {{0, 2}, std::nanf("")}, {{0, 3}, 0.1f}, {{0, 4}, 0.2f}});
    const auto e = evaluate(odd, f.data, f.split, options(2, 0));
    EXPECT_NEAR(e.hitRate, 0.0, 1e-12);
}

TEST(Evaluation, ColdStartOnlyUsesTheSliceUsersInTheSliceDomain) {
    Fixture f;
    f.split.coldStartUser = {0, 1};
    f.split.coldStartDomain = 1; // books
    auto o = options(3);
    o.coldStartOnly = true;
    const auto e = evaluate(f.model, f.data, f.split, o);
    // User 1's books only: rating error |0.9 − 0.8| · 10 = 1.0; candidates 6, 7 → [7, 6], hit at rank 2.
    EXPECT_EQ(e.ratedCount, 1u);
    EXPECT_NEAR(e.rmse, 1.0, 1e-5);
    ASSERT_EQ(e.rankedUsers, 1u);
    EXPECT_NEAR(e.ndcg, 1 / std::log2(3.0), 1e-9);
    EXPECT_NEAR(e.coverage, 1.0, 1e-9);
}

TEST(Evaluation, ImplicitDomainsCountEveryPositiveAsRelevantAndHaveNoRatingError) {
    Fixture f;
    f.data.domains[0].isExplicit = false;
    const auto e = evaluate(f.model, f.data, f.split, options(5, 0));
    EXPECT_EQ(e.ratedCount, 0u);
    EXPECT_EQ(e.rmse, 0.0);
    // Relevant for user 0: 1, 2, 3 (all > 0); user 1: 5. User 1's movie candidates 1..5: item 5 first.
    ASSERT_EQ(e.rankedUsers, 2u);
    EXPECT_NEAR(e.recall, 1.0, 1e-9);
    EXPECT_NEAR(e.mrr, (0.5 + 1.0) / 2, 1e-9);
}

TEST(Evaluation, UserSamplingIsSeededAndBounded) {
    Fixture f;
    auto o = options(3);
    o.maxRankedUsers = 1;
    std::set<double> seen;
    for (std::uint64_t seed = 0; seed < 16; ++seed) {
        o.seed = seed;
        const auto a = evaluate(f.model, f.data, f.split, o);
        const auto b = evaluate(f.model, f.data, f.split, o);
        EXPECT_EQ(a.rankedUsers, 1u);
        EXPECT_EQ(a.sampledFrom, 2u);
        EXPECT_EQ(nlohmann::json::parse(a.toJson())["sampled_from"], 2u) << "stored with the numbers";
        EXPECT_EQ(a.ndcg, b.ndcg) << "same seed, different sample";
        seen.insert(a.mrr);
        // The rating error never depends on the sample.
        EXPECT_EQ(a.ratedCount, 5u);
    }
    EXPECT_EQ(seen.size(), 2u) << "16 seeds should pick each of the two users at least once";
    o.maxRankedUsers = 2;
    EXPECT_EQ(evaluate(f.model, f.data, f.split, o).sampledFrom, 0u) << "everyone fits: no sample";
    EXPECT_EQ(EvaluationOptions{}.maxRankedUsers, kDefaultRankedUsers);
}

TEST(Evaluation, CancelStopsBetweenUsers) {
    Fixture f;
    ProgressToken token;
    token.requestCancel();
    const auto e = evaluate(f.model, f.data, f.split, options(3), &token);
    EXPECT_TRUE(e.cancelled);
    EXPECT_EQ(e.rankedUsers, 0u);
    EXPECT_EQ(e.ratedCount, 5u);
}

TEST(Evaluation, ReportsProgressPerUser) {
    Fixture f;
    std::uint64_t lastDone = 0, total = 0;
    ProgressToken token(
        [&](const ProgressEvent& event) {
            lastDone = event.done;
            total = event.total;
        },
        std::chrono::milliseconds(0));
    evaluate(f.model, f.data, f.split, options(3), &token);
    EXPECT_EQ(total, 2u);
    EXPECT_EQ(lastDone, 2u);
}

TEST(Evaluation, MismatchedSplitIsRejected) {
    Fixture f;
    f.split.part.pop_back();
    EXPECT_THROW(evaluate(f.model, f.data, f.split, options(3)), std::invalid_argument);
}

TEST(Evaluation, JsonHasEveryMetricInOrder) {
    Fixture f;
    const auto e = evaluate(f.model, f.data, f.split, options(3));
    const auto json = nlohmann::ordered_json::parse(e.toJson());
    std::vector<std::string> keys;
    for (const auto& item : json.items())
        keys.push_back(item.key());
    EXPECT_EQ(keys,
              (std::vector<std::string>{"rmse", "mae", "rated_count", "k", "precision", "recall", "ndcg",
                                        "mrr", "hit_rate", "coverage", "diversity", "ranked_users"}));
    EXPECT_DOUBLE_EQ(json["ndcg"].get<double>(), e.ndcg);
    EXPECT_EQ(json["ranked_users"].get<std::uint64_t>(), 2u);
    EXPECT_EQ(json["k"].get<int>(), 3);
}

} // namespace
} // namespace kindred
