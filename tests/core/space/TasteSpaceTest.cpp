#include "train/TrainTestData.h"
#include "store/ProjectInternals.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Siamese.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cmath>

namespace kindred {
namespace {

Split allTrainWithSomeValidation(const TrainingData& data) {
    Split split = randomSplit(data, 3, 0.8, 0.2);
    return split;
}

TEST(TasteSpace, ScoresEqualTheModelsPredictionsAndFoldInApproximatesKnownUsers) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    const auto split = allTrainWithSomeValidation(small.data);
    BaselineOptions options;
    options.factors = 8;
    auto mf = trainBiasedMf(small.data, split, options);
    auto space = makeTasteSpace(*mf, std::make_shared<const TrainingData>(small.data));
    ASSERT_TRUE(space) << space.status().message();
    const auto& s = *space.value();
    EXPECT_EQ(s.dimension, 8);
    for (std::int32_t u = 0; u < small.data.userCount(); ++u)
        for (std::int32_t i = 0; i < small.data.itemCount(); ++i)
            EXPECT_NEAR(s.score(u, i), mf->predict(u, i), 1e-5);
    // A new user who rated like user 0 is placed (ridge fold-in) at least as well as the model
    // fits user 0: the fold-in minimises the same squared error on those ratings.
    const auto history = s.history(0);
    const auto profile = s.encoder(-1, history);
    ASSERT_EQ(profile.vector.size(), 8u);
    double foldInError = 0, modelError = 0;
    for (const auto& h : history) {
        foldInError += std::pow(s.score(profile, h.item) - h.value, 2);
        modelError += std::pow(s.score(0, h.item) - h.value, 2);
    }
    EXPECT_LT(foldInError, modelError * 1.05);
}

TEST(TasteSpace, ModelsWithoutFactorsAreRefusedWithAMessage) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    const auto split = allTrainWithSomeValidation(small.data);
    auto popularity = trainPopularity(small.data, split, {});
    auto space = makeTasteSpace(*popularity, std::make_shared<const TrainingData>(small.data));
    ASSERT_FALSE(space);
    EXPECT_NE(space.status().message().find("popularity"), std::string::npos);
}

TEST(TasteSpace, SiameseEncoderReproducesStoredUserVectorsAndServesNewUsers) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    Split split = allTrainWithSomeValidation(small.data);
    SiameseOptions options;
    options.dimension = 8;
    options.heads = 2;
    options.historyLength = 8;
    options.epochs = 2;
    options.batchSize = 32;
    auto trained = trainSiamese(small.data, split, options);
    ASSERT_TRUE(trained) << trained.status().message();
    auto space = makeTasteSpace(*trained->model, std::make_shared<const TrainingData>(small.data));
    ASSERT_TRUE(space) << space.status().message();
    const auto& s = *space.value();
    // The stored vector of a user came from the balanced window of their training interactions
    // (timestamp order).
    for (std::int32_t u : {0, 5, 11}) {
        std::vector<HistoryEntry> history;
        const auto [begin, end] = small.data.userRange(u);
        for (auto k = begin; k < end; ++k)
            if (split.part[k] == SplitPart::Train)
                history.push_back({small.data.interactions[k].item, small.data.interactions[k].value,
                                   small.data.interactions[k].timestamp});
        std::stable_sort(history.begin(), history.end(),
                         [](const HistoryEntry& a, const HistoryEntry& b) { return a.timestamp < b.timestamp; });
        const auto profile = s.encoder(u, history);
        const auto stored = s.userVector(u);
        for (int k = 0; k < s.dimension; ++k)
            EXPECT_NEAR(profile.vector[std::size_t(k)], stored[std::size_t(k)], 1e-4) << "user " << u;
        EXPECT_NEAR(profile.bias, s.userBias[std::size_t(u)], 1e-6);
    }
    const auto newcomer = s.encoder(-1, std::vector<HistoryEntry>{{0, 1.0f}, {1, 0.0f}});
    ASSERT_EQ(newcomer.vector.size(), 8u);
    EXPECT_TRUE(std::isfinite(s.score(newcomer, 2)));
}

TEST(TasteSpace, StoredModelsReloadWithTheirEmbeddings) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    const auto split = allTrainWithSomeValidation(small.data);
    BaselineOptions options;
    options.factors = 4;
    auto mf = trainBiasedMf(small.data, split, options);
    StoredModel stored;
    stored.kind = "mf";
    stored.name = "mf test";
    stored.weights = mf->serialize();
    auto id = ModelStore(*small.project).save(
        stored, [&](std::int64_t modelId) { writeModelEmbeddings(*small.project, modelId, *mf, small.data); });
    ASSERT_TRUE(id) << id.status().message();
    const auto rows = [&] {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(rawHandle(*small.project), "SELECT count(*), sum(length(vector)) FROM embeddings", -1,
                           &statement, nullptr);
        sqlite3_step(statement);
        const auto result = std::pair(sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1));
        sqlite3_finalize(statement);
        return result;
    }();
    EXPECT_EQ(rows.first, small.data.userCount() + small.data.itemCount());
    EXPECT_EQ(rows.second, rows.first * 4 * 4);
    auto space = loadTasteSpace(*small.project, id.value());
    ASSERT_TRUE(space) << space.status().message();
    EXPECT_EQ(space.value()->modelId, id.value());
    EXPECT_NEAR(space.value()->score(2, 3), mf->predict(2, 3), 1e-6);
}

} // namespace
} // namespace kindred
