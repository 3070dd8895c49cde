#include "TestSupport.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"
#include "TrainTestData.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/Recommender.h"
#include "kindred/common/Progress.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include <nlohmann/json.hpp>
#include <thread>

namespace kindred {
namespace {

/// ML-100K u1.base + u1.test imported as two sources; u1.test is the test set.
struct Ml100kU1 {
    test::TempDir dir;
    std::unique_ptr<Project> project;
    TrainingData data;
    Split split;

    bool load() {
        auto opened = Project::open(dir / "p.kindred");
        if (!opened)
            return false;
        project = std::move(opened).value();
        ImportOptions options;
        options.format = "movielens-100k";
        options.sourceName = "u1.base";
        if (!importDataset(*project, {test::sharedDataDir() / "ml-100k/u1.base"}, options).status)
            return false;
        options.sourceName = "u1.test";
        if (!importDataset(*project, {test::sharedDataDir() / "ml-100k/u1.test"}, options).status)
            return false;
        auto loaded = loadTrainingData(*project);
        if (!loaded)
            return false;
        data = std::move(loaded).value();
        split = sourceSplit(data, {project->sources().back().id}, 11);
        return true;
    }
};

double testRmse(const Recommender& model, const TrainingData& data, const Split& split) {
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < data.interactions.size(); ++i) {
        if (split.part[i] != SplitPart::Test)
            continue;
        const auto& x = data.interactions[i];
        const double predicted = std::clamp(double(model.predict(x.user, x.item)), 0.0, 1.0);
        sum += std::pow((predicted - x.value) * 4.0, 2); // ML-100K scale 1..5
        ++n;
    }
    return std::sqrt(sum / double(n));
}

SiameseOptions fastOptions() {
    SiameseOptions options;
    options.dimension = 16;
    options.heads = 2;
    options.historyLength = 16;
    options.epochs = 3;
    options.batchSize = 2048;
    options.learningRate = 1e-2;
    options.textBuckets = 1 << 12;
    return options;
}

TEST(SiameseTrainer, LearnsMl100kBetterThanTheGlobalMean) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    Ml100kU1 fixture;
    ASSERT_TRUE(fixture.load());
    std::vector<TrainingEvent> epochs;
    SiameseCallbacks callbacks;
    callbacks.onEvent = [&](const TrainingEvent& event) {
        if (event.kind == TrainingEvent::Kind::Epoch)
            epochs.push_back(event);
    };
    auto result = trainSiamese(fixture.data, fixture.split, fastOptions(), callbacks);
    ASSERT_TRUE(result) << result.status().message();
    EXPECT_EQ(epochs.size(), 3u);
    // The returned model is the epoch with the lowest validation loss (selection on validation only).
    ASSERT_GE(result->bestEpoch, 1);
    for (const auto& record : result->history)
        EXPECT_GE(record.validationLoss, result->history[std::size_t(result->bestEpoch - 1)].validationLoss);
    // Predicting the global mean gives ≈ 1.15 RMSE on u1.test; three short epochs must beat 1.0.
    const double rmse = testRmse(*result->model, fixture.data, fixture.split);
    RecordProperty("test_rmse", std::to_string(rmse));
    std::printf("u1.test RMSE after %zu epochs: %.4f\n", epochs.size(), rmse);
    EXPECT_LT(rmse, 1.0);
    // Serialise → load gives the same predictions.
    auto reloaded = loadSiamese(result->model->serialize());
    ASSERT_TRUE(reloaded) << reloaded.status().message();
    EXPECT_FLOAT_EQ(reloaded.value()->predict(3, 7), result->model->predict(3, 7));
}

TEST(SiameseTrainer, TheRankingHeadRanksBetterThanPredictedRatingsAndSurvivesReloading) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    Ml100kU1 fixture;
    ASSERT_TRUE(fixture.load());
    auto options = fastOptions();
    options.rankingWeight = 1.0;
    auto ranked = trainSiamese(fixture.data, fixture.split, options);
    options.rankingHead = false;
    auto byRating = trainSiamese(fixture.data, fixture.split, options);
    ASSERT_TRUE(ranked && byRating);
    const auto popularity = trainPopularity(fixture.data, fixture.split, {});
    const double headNdcg = evaluate(*ranked->model, fixture.data, fixture.split, {}).ndcg;
    const double ratingNdcg = evaluate(*byRating->model, fixture.data, fixture.split, {}).ndcg;
    const double popularityNdcg = evaluate(*popularity, fixture.data, fixture.split, {}).ndcg;
    std::printf("u1.test NDCG@10: ranking head %.4f, by predicted rating %.4f, popularity %.4f\n", headNdcg,
                ratingNdcg, popularityNdcg);
    // Predicted ratings favour rarely rated items with a few high ratings; the logQ-corrected
    // ranking head must do better and beat the popularity list.
    EXPECT_GT(headNdcg, 1.1 * ratingNdcg); // measured 0.3091 vs 0.1760 (popularity 0.2232)
    EXPECT_GT(headNdcg, popularityNdcg);

    // The head's item bias is saved with the model: the reloaded model ranks identically.
    auto reloaded = loadSiamese(ranked->model->serialize());
    ASSERT_TRUE(reloaded) << reloaded.status().message();
    std::vector<float> before(std::size_t(fixture.data.itemCount())), after(before.size());
    ranked->model->scoreAll(5, before);
    reloaded.value()->scoreAll(5, after);
    EXPECT_EQ(before, after);
}

/// A model as written before the ranking head, demographics and the transfer term existed: its
/// options JSON lacks those keys and its bytes end before the ranking-bias trailer.
std::string asSavedBeforeTheRankingHead(std::string bytes) {
    bytes.resize(bytes.size() - sizeof(std::uint64_t)); // the (empty) trailer
    // The options JSON is the last length-prefixed field: find where it starts.
    std::size_t start = bytes.rfind("{\"");
    std::uint64_t length = 0;
    while (start != std::string::npos && start >= sizeof length) {
        std::memcpy(&length, bytes.data() + start - sizeof length, sizeof length);
        if (length == bytes.size() - start)
            break;
        start = start == 0 ? std::string::npos : bytes.rfind("{\"", start - 1);
    }
    if (start == std::string::npos)
        return {};
    auto options = nlohmann::json::parse(bytes.substr(start));
    for (const char* key : {"ranking_head", "use_demographics", "transfer_weight", "select_on", "device"})
        options.erase(key);
    const std::string text = options.dump();
    bytes.resize(start - sizeof length);
    length = text.size();
    bytes.append(reinterpret_cast<const char*>(&length), sizeof length);
    return bytes + text;
}

TEST(SiameseTrainer, ModelsSavedBeforeTheRankingHeadStillLoadAndEncode) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    Ml100kU1 fixture;
    ASSERT_TRUE(fixture.load());
    auto options = fastOptions();
    options.epochs = 1;
    options.rankingHead = false;      // what models were before these options existed
    options.useDemographics = false;
    auto trained = trainSiamese(fixture.data, fixture.split, options);
    ASSERT_TRUE(trained) << trained.status().message();
    const auto bytes = asSavedBeforeTheRankingHead(trained->model->serialize());
    ASSERT_FALSE(bytes.empty());
    auto old = loadSiamese(bytes);
    ASSERT_TRUE(old) << old.status().message();
    EXPECT_FLOAT_EQ(old.value()->predict(3, 7), trained->model->predict(3, 7));
    // Its user tower is rebuilt without the head's and the demographics' parameters and
    // reproduces the stored user vectors from the users' training histories.
    auto space = makeTasteSpace(*old.value(), std::make_shared<const TrainingData>(fixture.data));
    ASSERT_TRUE(space) << space.status().message();
    for (const std::int32_t user : {0, 9}) {
        std::vector<HistoryEntry> history;
        for (const auto& entry : space.value()->history(user)) {
            const auto [begin, end] = fixture.data.userRange(user);
            for (auto k = begin; k < end; ++k)
                if (fixture.split.part[k] == SplitPart::Train && fixture.data.interactions[k].item == entry.item)
                    history.push_back(entry);
        }
        const auto profile = space.value()->encoder(user, history);
        const auto stored = space.value()->userVector(user);
        for (std::size_t k = 0; k < stored.size(); ++k)
            EXPECT_NEAR(profile.vector[k], stored[k], 1e-4) << "user " << user;
    }
}

/// A hand-made set of one medium ("taste", values already 0..1) over `users` × `items`, with the
/// small options its tests train with.
TrainingData tasteData(int users, int items, const std::vector<test::Row>& rows, Split& split) {
    return test::makeData(users, std::vector<std::int32_t>(std::size_t(items), 0), {test::explicitDomain("taste", 0, 1)},
                          rows, &split);
}
SiameseOptions tasteOptions() {
    auto options = fastOptions();
    options.dimension = 8;
    options.historyLength = 8;
    options.batchSize = 64;
    return options;
}

TEST(SiameseTrainer, NdcgSelectionFallsBackToTheLossWithoutRelevantValidationItems) {
    // 60 users × 12 items with a learnable pattern whose values are all below "relevant" (0.75),
    // so no validation ranking can be measured while the validation loss still falls.
    std::vector<test::Row> rows;
    for (int u = 0; u < 60; ++u)
        for (int i = 0; i < 12; ++i)
            rows.push_back({u, i, (u + i) % 2 ? 0.5f : 0.0f,
                            (u + i) % 6 == 0 ? SplitPart::Validation : SplitPart::Train});
    Split split;
    const auto data = tasteData(60, 12, rows, split);
    auto options = tasteOptions();
    options.epochs = 4;
    options.patience = 10;
    options.selectOn = SelectionMetric::ValidationNdcg;
    auto trained = trainSiamese(data, split, options);
    ASSERT_TRUE(trained) << trained.status().message();
    ASSERT_EQ(trained->history.size(), 4u);
    int lowestLoss = 1;
    for (const auto& record : trained->history) {
        EXPECT_TRUE(std::isnan(record.validationNdcg)) << "epoch " << record.epoch;
        if (record.validationLoss < trained->history[std::size_t(lowestLoss - 1)].validationLoss)
            lowestLoss = record.epoch;
    }
    EXPECT_GT(lowestLoss, 1); // the loss improved, so selection had something to choose
    EXPECT_EQ(trained->bestEpoch, lowestLoss);
}

TEST(SiameseTrainer, UsersWithoutTrainingRatingsGetTheSameVector) {
    // User id embeddings start at zero, and a user with no training rating never moves theirs, so
    // two such users (empty history, zero query) are the same point in the taste space: nothing
    // random tells them apart. Users 0..39 rate in training; users 40 and 41 only in validation.
    std::vector<test::Row> rows;
    for (int u = 0; u < 42; ++u)
        for (int i = 0; i < 10; ++i)
            rows.push_back({u, i, (u + i) % 3 ? 1.0f : 0.25f, u >= 40 || (u + i) % 5 == 0 ? SplitPart::Validation : SplitPart::Train});
    Split split;
    const auto data = tasteData(42, 10, rows, split);
    auto options = tasteOptions();
    options.epochs = 2;
    auto trained = trainSiamese(data, split, options);
    ASSERT_TRUE(trained) << trained.status().message();
    const auto form = trained->model->factorForm();
    ASSERT_TRUE(form.has_value());
    const auto vectorOf = [&](int user) {
        return std::vector<float>(form->userVectors.begin() + user * form->dimension,
                                  form->userVectors.begin() + (user + 1) * form->dimension);
    };
    EXPECT_EQ(vectorOf(40), vectorOf(41));
    EXPECT_NE(vectorOf(0), vectorOf(40)); // a user with training ratings has moved
}

TEST(SiameseTrainer, ResumingFromACheckpointMatchesAnUninterruptedRun) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    Ml100kU1 fixture;
    ASSERT_TRUE(fixture.load());
    auto options = fastOptions();
    options.epochs = 2;
    auto uninterrupted = trainSiamese(fixture.data, fixture.split, options);
    ASSERT_TRUE(uninterrupted) << uninterrupted.status().message();

    // Interrupt after epoch 1 (as a kill would), keeping that epoch's checkpoint.
    std::string checkpoint;
    ProgressToken control;
    SiameseCallbacks callbacks;
    callbacks.onCheckpoint = [&](const std::string& bytes, int epoch) {
        checkpoint = bytes;
        if (epoch == 1)
            control.requestCancel();
    };
    auto interrupted = trainSiamese(fixture.data, fixture.split, options, callbacks, &control);
    ASSERT_FALSE(interrupted);
    EXPECT_NE(interrupted.status().message().find("cancelled"), std::string::npos);
    ASSERT_FALSE(checkpoint.empty());

    auto resumed = trainSiamese(fixture.data, fixture.split, options, {}, nullptr, checkpoint);
    ASSERT_TRUE(resumed) << resumed.status().message();
    ASSERT_EQ(resumed->history.size(), 2u);
    EXPECT_NEAR(resumed->history.back().validationRmse, uninterrupted->history.back().validationRmse, 1e-4);
    EXPECT_NEAR(testRmse(*resumed->model, fixture.data, fixture.split),
                testRmse(*uninterrupted->model, fixture.data, fixture.split), 1e-4);
}

TEST(SiameseTrainer, TrainsWithAUserSuppliedTorchScriptTextEncoder) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    Ml100kU1 fixture;
    ASSERT_TRUE(fixture.load());
    const auto encoder = fixture.dir / "encoder.pt";
    const auto saved = saveHashedBagTextEncoder(encoder.string(), 1 << 10, 8, 3);
    ASSERT_TRUE(saved) << saved.message();
    auto options = fastOptions();
    options.epochs = 1;
    options.textEncoderPath = encoder.string();
    auto result = trainSiamese(fixture.data, fixture.split, options);
    ASSERT_TRUE(result) << result.status().message();
    EXPECT_LT(testRmse(*result->model, fixture.data, fixture.split), 1.1);

    options.textEncoderPath = (fixture.dir / "missing.pt").string();
    auto missing = trainSiamese(fixture.data, fixture.split, options);
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.status().message().find("missing.pt"), std::string::npos) << missing.status().message();
}

TEST(SiameseTrainer, PausedTrainingWaitsAndResumes) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    Ml100kU1 fixture;
    ASSERT_TRUE(fixture.load());
    auto options = fastOptions();
    options.epochs = 1;
    ProgressToken control;
    control.pause();
    std::atomic<int> batches{0};
    SiameseCallbacks callbacks;
    callbacks.onEvent = [&](const TrainingEvent& event) {
        if (event.kind == TrainingEvent::Kind::Batch)
            ++batches;
    };
    Result<SiameseTrainingResult> result = Status::failure("not run");
    std::thread worker([&] { result = trainSiamese(fixture.data, fixture.split, options, callbacks, &control); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(batches.load(), 0); // paused before the first batch
    control.resume();
    worker.join();
    ASSERT_TRUE(result) << result.status().message();
    EXPECT_GT(batches.load(), 0);
}

TEST(SiameseTrainer, RejectsInconsistentOptions) {
    TrainingData data;
    Split split;
    SiameseOptions options;
    options.dimension = 30;
    options.heads = 4;
    EXPECT_FALSE(trainSiamese(data, split, options));
}

TEST(SiameseTrainer, NamesTheDeviceItCannotUse) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    Ml100kU1 fixture;
    ASSERT_TRUE(fixture.load());
    auto options = fastOptions();
    options.epochs = 1;
    options.device = "gpu";
    auto unknown = trainSiamese(fixture.data, fixture.split, options);
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.status().message().find("unknown device 'gpu'"), std::string::npos) << unknown.status().message();
    // "auto" trains wherever it can; on this CPU-only LibTorch "cuda" must fail and say why.
    options.device = "auto";
    EXPECT_TRUE(trainSiamese(fixture.data, fixture.split, options));
    options.device = "cuda";
    auto cuda = trainSiamese(fixture.data, fixture.split, options);
    if (cuda)
        GTEST_SKIP() << "this LibTorch has a CUDA device: the CUDA run trained";
    EXPECT_NE(cuda.status().message().find("no CUDA device"), std::string::npos) << cuda.status().message();
}

TEST(SiameseModel, LoadingGarbageFailsWithAMessage) {
    auto loaded = loadSiamese("not a model");
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.status().message().find("not a Kindred Siamese model"), std::string::npos);
}

} // namespace
} // namespace kindred
