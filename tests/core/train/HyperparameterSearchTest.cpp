// Hyper-parameter search: every trial on one stored split, chosen on validation only, only the
// best model kept, seeded random subsets, clear errors for unknown parameters.
#include "TrainTestData.h"
#include "kindred/common/Progress.h"
#include "kindred/train/HyperparameterSearch.h"
#include "kindred/train/ModelStore.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace kindred {
namespace {

SearchRequest mfGrid() {
    SearchRequest request;
    request.base.kind = "mf";
    request.base.parameters["epochs"] = 5.0;
    request.parameters = {{"factors", {2, 8}}, {"regularization", {0.01, 0.2}}};
    return request;
}

TEST(HyperparameterSearch, GridRunsEveryCombinationOnOneSplitAndKeepsOnlyTheValidationBest) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    std::vector<int> seen;
    auto outcome = runHyperparameterSearch(*small.project, mfGrid(),
                                           [&](const SearchTrial& trial) { seen.push_back(trial.index); });
    ASSERT_TRUE(outcome) << outcome.status().message();
    ASSERT_EQ(outcome->trials.size(), 4u);
    EXPECT_EQ(seen, (std::vector<int>{1, 2, 3, 4}));
    std::set<std::pair<double, double>> combinations;
    for (const SearchTrial& trial : outcome->trials) {
        EXPECT_TRUE(trial.error.empty()) << trial.error;
        EXPECT_GT(trial.validationRmse, 0);
        EXPECT_GT(trial.testRmse, 0);
        EXPECT_EQ(trial.validationMetric, trial.validationRmse);
        combinations.insert({trial.parameters.at("factors"), trial.parameters.at("regularization")});
    }
    EXPECT_EQ(combinations.size(), 4u);

    ASSERT_GE(outcome->bestTrial, 0);
    const SearchTrial& best = outcome->trials[std::size_t(outcome->bestTrial)];
    for (const SearchTrial& trial : outcome->trials)
        EXPECT_LE(best.validationRmse, trial.validationRmse); // chosen on validation, not test
    EXPECT_EQ(best.modelId, outcome->bestModelId);

    auto models = ModelStore(*small.project).list();
    ASSERT_TRUE(models);
    ASSERT_EQ(models->size(), 1u);
    EXPECT_EQ(models->front().id, outcome->bestModelId);
    EXPECT_EQ(models->front().splitId, outcome->splitId);
    EXPECT_NE(models->front().name.find("factors="), std::string::npos);

    // The results table is kept in the project, and forgets the model once it is deleted.
    auto stored = loadSearches(*small.project);
    ASSERT_TRUE(stored) << stored.status().message();
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_EQ(stored->front().id, outcome->searchId);
    EXPECT_EQ(stored->front().kind, "mf");
    EXPECT_FALSE(stored->front().cancelled);
    EXPECT_EQ(stored->front().bestModelId, outcome->bestModelId);
    ASSERT_EQ(stored->front().trials.size(), 4u);
    for (std::size_t t = 0; t < 4; ++t) {
        EXPECT_EQ(stored->front().trials[t].parameters, outcome->trials[t].parameters);
        EXPECT_DOUBLE_EQ(stored->front().trials[t].validationRmse, outcome->trials[t].validationRmse);
        EXPECT_EQ(stored->front().trials[t].modelId, outcome->trials[t].modelId);
    }
    ASSERT_TRUE(ModelStore(*small.project).remove(outcome->bestModelId).ok());
    stored = loadSearches(*small.project);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->front().bestModelId, 0);
    EXPECT_EQ(stored->front().trials[std::size_t(outcome->bestTrial)].modelId, 0);
}

TEST(HyperparameterSearch, RandomTrialsAreDistinctAndSeeded) {
    auto combinationsOf = [](std::uint64_t seed) {
        test::SmallProject small;
        SearchRequest request = mfGrid();
        request.parameters.push_back({"learning-rate", {0.02, 0.05}});
        request.randomTrials = 3;
        request.base.seed = seed;
        request.base.parameters["epochs"] = 2.0;
        std::vector<std::map<std::string, double>> combinations;
        auto outcome = runHyperparameterSearch(*small.project, request);
        EXPECT_TRUE(outcome) << outcome.status().message();
        if (outcome)
            for (const SearchTrial& trial : outcome->trials)
                combinations.push_back(trial.parameters);
        return combinations;
    };
    const auto first = combinationsOf(7);
    ASSERT_EQ(first.size(), 3u);
    EXPECT_EQ(std::set(first.begin(), first.end()).size(), 3u);
    EXPECT_EQ(combinationsOf(7), first);
}

TEST(HyperparameterSearch, CancelAfterTheFirstTrialKeepsItsModel) {
    test::SmallProject small;
    ProgressToken token;
    auto outcome = runHyperparameterSearch(*small.project, mfGrid(),
                                           [&](const SearchTrial&) { token.requestCancel(); }, &token);
    ASSERT_TRUE(outcome) << outcome.status().message();
    ASSERT_EQ(outcome->trials.size(), 1u);
    EXPECT_EQ(outcome->bestTrial, 0);
    EXPECT_TRUE(outcome->cancelled);
    auto stored = loadSearches(*small.project);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_TRUE(stored->front().cancelled);
    auto models = ModelStore(*small.project).list();
    ASSERT_TRUE(models);
    EXPECT_EQ(models->size(), 1u);
}

TEST(HyperparameterSearch, UnknownParametersAndBadValuesAreRefusedWithTheReason) {
    test::SmallProject small;
    SearchRequest request = mfGrid();
    request.parameters = {{"dropout", {0.1}}};
    auto refused = runHyperparameterSearch(*small.project, request);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.status().message().find("'dropout' is not a hyper-parameter of mf"), std::string::npos);
    EXPECT_NE(refused.status().message().find("factors"), std::string::npos);

    request.base.kind = "popularity";
    EXPECT_FALSE(runHyperparameterSearch(*small.project, request));
    auto models = ModelStore(*small.project).list();
    ASSERT_TRUE(models);
    EXPECT_TRUE(models->empty());

    auto parsed = parseSearchParameter("factors=16,32,64");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->name, "factors");
    EXPECT_EQ(parsed->values, (std::vector<double>{16, 32, 64}));
    EXPECT_FALSE(parseSearchParameter("factors"));
    EXPECT_FALSE(parseSearchParameter("factors="));
    auto bad = parseSearchParameter("factors=16,x2");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.status().message().find("'x2' is not a number"), std::string::npos);
}

} // namespace
} // namespace kindred
