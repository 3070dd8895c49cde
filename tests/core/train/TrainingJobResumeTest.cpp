// A training job of a kind with checkpoints (here the attention model) checkpoints every epoch into the project; `resume` continues the newest
// unfinished run of the same request and ends with the same model as an uninterrupted run. A model
// is stored with its embeddings or not at all.
#include "TrainTestData.h"
#include "store/ProjectInternals.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/TrainingJob.h"
#include "kindred/common/Progress.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace kindred {
namespace {

TrainingRequest smallSiamese() {
    TrainingRequest request;
    request.kind = "attention";
    request.parameters = {{"epochs", 4.0},     {"dimension", 8.0},  {"heads", 2.0},
                          {"history-length", 8.0}, {"batch-size", 32.0}, {"patience", 10.0}};
    return request;
}

std::int64_t count(const Project& project, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(rawHandle(project), sql, -1, &statement, nullptr);
    sqlite3_step(statement);
    const auto value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

/// smallSiamese() with --resume: continues the newest unfinished run of it, if any.
Result<TrainingOutcome> resumeSmallSiamese(Project& project) {
    auto request = smallSiamese();
    request.resume = true;
    return runTrainingJob(project, request);
}

double testRmse(const TrainingOutcome& outcome) {
    return nlohmann::json::parse(outcome.metricsJson)["test"]["rmse"].get<double>();
}

TEST(TrainingJobResume, CancelledRunResumesFromItsLastCheckpointToTheSameModel) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    auto uninterrupted = runTrainingJob(*small.project, smallSiamese());
    ASSERT_TRUE(uninterrupted) << uninterrupted.status().message();
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NULL"), 0);
    // The stored hyperparameters are the model's options (all of them) and the chosen epoch.
    auto hyperparameters = nlohmann::json::parse(uninterrupted->hyperparametersJson);
    EXPECT_GE(hyperparameters["best_epoch"].get<int>(), 1);
    hyperparameters.erase("best_epoch");
    hyperparameters.erase("data");
    hyperparameters.erase("training_seconds");
    SiameseOptions options;
    options.epochs = 4;
    options.dimension = 8;
    options.heads = 2;
    options.historyLength = 8;
    options.batchSize = 32;
    options.patience = 10;
    options.seed = smallSiamese().seed;
    EXPECT_EQ(hyperparameters, nlohmann::json::parse(siameseOptionsJson(options)));

    ProgressToken control;
    TrainingJobCallbacks callbacks;
    callbacks.onEvent = [&](const TrainingEvent& event) {
        if (event.kind == TrainingEvent::Kind::Epoch && event.epoch == 2)
            control.requestCancel(); // the checkpoint of epoch 2 is written before the next batch
    };
    auto interrupted = runTrainingJob(*small.project, smallSiamese(), callbacks, &control);
    ASSERT_FALSE(interrupted);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NULL AND "
                                    "status = 'cancelled' AND checkpoint_epoch = 2"),
              1);

    auto resumed = resumeSmallSiamese(*small.project);
    ASSERT_TRUE(resumed) << resumed.status().message();
    EXPECT_EQ(resumed->resumedFromEpoch, 2);
    EXPECT_NEAR(testRmse(resumed.value()), testRmse(uninterrupted.value()), 1e-6);
    EXPECT_EQ(nlohmann::json::parse(resumed->historyJson).size(), 4u); // epochs 1–2 from the checkpoint
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NULL"), 0);

    // Nothing left to resume: a new run starts from scratch, and says so.
    auto fresh = resumeSmallSiamese(*small.project);
    ASSERT_TRUE(fresh) << fresh.status().message();
    EXPECT_EQ(fresh->resumedFromEpoch, 0);
    ASSERT_EQ(fresh->notes.size(), 1u);
    EXPECT_NE(fresh->notes[0].find("nothing to resume"), std::string::npos) << fresh->notes[0];
}

TEST(TrainingJobResume, AModelWhoseEmbeddingsCannotBeWrittenIsNotStoredAndItsRunResumes) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    char* error = nullptr;
    ASSERT_EQ(sqlite3_exec(rawHandle(*small.project),
                           "CREATE TEMP TRIGGER refuse_embeddings BEFORE INSERT ON main.embeddings "
                           "BEGIN SELECT RAISE(ABORT, 'the disk refused'); END",
                           nullptr, nullptr, &error),
              SQLITE_OK)
        << error;
    auto refused = runTrainingJob(*small.project, smallSiamese());
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.status().message().find("embeddings"), std::string::npos) << refused.status().message();
    EXPECT_NE(refused.status().message().find("the disk refused"), std::string::npos);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM models"), 0);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM embeddings"), 0);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NOT NULL"), 0);
    // The finished run's last checkpoint is still there: resuming stores the model, embeddings and all.
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NULL AND "
                                    "status = 'failed' AND checkpoint_epoch = 4"),
              1);

    ASSERT_EQ(sqlite3_exec(rawHandle(*small.project), "DROP TRIGGER temp.refuse_embeddings", nullptr, nullptr, nullptr),
              SQLITE_OK);
    auto resumed = resumeSmallSiamese(*small.project);
    ASSERT_TRUE(resumed) << resumed.status().message();
    EXPECT_EQ(resumed->resumedFromEpoch, 4);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM models"), 1);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM embeddings"),
              small.data.userCount() + small.data.itemCount());
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NULL"), 0);
}

TEST(TrainingJobResume, ACancelWhileEvaluatingMarksTheRunCancelledAndResumeStoresIt) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    ProgressToken control;
    TrainingJobCallbacks callbacks;
    callbacks.onPhase = [&](const std::string& phase) {
        if (phase == "evaluating")
            control.requestCancel();
    };
    auto cancelled = runTrainingJob(*small.project, smallSiamese(), callbacks, &control);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM models"), 0);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NULL AND "
                                    "status = 'cancelled' AND checkpoint_epoch = 4"),
              1);
    auto resumed = resumeSmallSiamese(*small.project);
    ASSERT_TRUE(resumed) << resumed.status().message();
    EXPECT_EQ(resumed->resumedFromEpoch, 4);
    EXPECT_EQ(count(*small.project, "SELECT count(*) FROM training_runs WHERE model_id IS NULL"), 0);
}

} // namespace
} // namespace kindred
