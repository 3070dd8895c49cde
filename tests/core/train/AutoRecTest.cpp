#include "TrainTestData.h"
#include "kindred/train/AutoRec.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Blend.h"
#include "kindred/train/ModelStore.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kindred {
namespace {

double rmseOn(const Recommender& model, const TrainingData& data, const Split& split, SplitPart part) {
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < data.interactions.size(); ++i) {
        if (split.part[i] != part)
            continue;
        const auto& x = data.interactions[i];
        const double predicted = std::clamp(double(model.predict(x.user, x.item)), 0.0, 1.0);
        sum += std::pow((predicted - x.value) * 4.0, 2); // ML-100K scale 1..5
        ++n;
    }
    return std::sqrt(sum / double(n));
}

AutoRecOptions quickOptions() {
    AutoRecOptions options;
    options.hidden = 64;
    options.epochs = 150;
    options.learningRate = 1e-2;
    options.evaluateEvery = 20;
    options.encodeWithValidation = false;
    return options;
}

TEST(AutoRec, ShortFixedSeedRunOnMl100kU1BeatsTheBiasBaseline) {
    std::string error;
    const auto* u1 = test::ml100kU1(&error);
    if (!u1)
        GTEST_SKIP() << "ML-100K not available: " << error;
    auto result = trainAutoRec(u1->data, u1->split, quickOptions());
    ASSERT_TRUE(result) << result.status().message();
    ASSERT_FALSE(result->history.empty());
    const double rmse = rmseOn(*result->model, u1->data, u1->split, SplitPart::Test);
    std::printf("autorec (hidden 64, 150 steps) u1.test RMSE %.4f, best step %d\n", rmse, result->bestEpoch);
    // Bias baseline: 0.954 on u1.test; a short, small run must already be below 0.95.
    EXPECT_LT(rmse, 0.95);
    EXPECT_EQ(result->model->kind(), "autorec");
    // Stored and reloaded: identical predictions.
    auto loaded = loadRecommender("autorec", result->model->serialize());
    ASSERT_TRUE(loaded) << loaded.status().message();
    for (std::int32_t item = 0; item < 50; ++item)
        EXPECT_EQ(loaded.value()->predict(3, item), result->model->predict(3, item));
}

TEST(AutoRec, SameSeedGivesTheSameModel) {
    std::string error;
    const auto* u1 = test::ml100kU1(&error);
    if (!u1)
        GTEST_SKIP() << "ML-100K not available: " << error;
    auto options = quickOptions();
    options.epochs = 20;
    auto a = trainAutoRec(u1->data, u1->split, options);
    auto b = trainAutoRec(u1->data, u1->split, options);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->model->serialize(), b->model->serialize());
}

TEST(Blend, FittedOnValidationIsNoWorseThanItsBestComponentOnTest) {
    std::string error;
    const auto* u1 = test::ml100kU1(&error);
    if (!u1)
        GTEST_SKIP() << "ML-100K not available: " << error;
    BaselineOptions baseline;
    auto bias = trainBiasBaseline(u1->data, u1->split, baseline);
    auto mf = trainBiasedMf(u1->data, u1->split, baseline);
    const double biasRmse = rmseOn(*bias, u1->data, u1->split, SplitPart::Test);
    const double mfRmse = rmseOn(*mf, u1->data, u1->split, SplitPart::Test);
    std::vector<std::unique_ptr<Recommender>> parts;
    parts.push_back(std::move(bias));
    parts.push_back(std::move(mf));
    auto blend = fitBlend(std::move(parts), u1->data, u1->split);
    ASSERT_TRUE(blend) << blend.status().message();
    const double blendRmse = rmseOn(*blend.value(), u1->data, u1->split, SplitPart::Test);
    std::printf("u1.test RMSE: bias %.4f, mf %.4f, blend %.4f\n", biasRmse, mfRmse, blendRmse);
    EXPECT_LT(blendRmse, std::min(biasRmse, mfRmse) + 0.002);
    auto loaded = loadRecommender("blend", blend.value()->serialize());
    ASSERT_TRUE(loaded) << loaded.status().message();
    EXPECT_EQ(loaded.value()->predict(5, 7), blend.value()->predict(5, 7));
    EXPECT_FALSE(loadRecommender("blend", "KBLNDv1").ok());
}

TEST(Blend, NeedsValidationRatings) {
    Split split;
    auto data = test::makeData(2, {0, 0}, {test::explicitDomain("m", 1, 5)}, {{0, 0, 0.5f}, {1, 1, 0.75f}}, &split);
    std::vector<std::unique_ptr<Recommender>> parts;
    parts.push_back(trainBiasBaseline(data, split, {}));
    const auto blend = fitBlend(std::move(parts), data, split);
    ASSERT_FALSE(blend);
    EXPECT_NE(blend.status().message().find("validation"), std::string::npos);
}

} // namespace
} // namespace kindred
