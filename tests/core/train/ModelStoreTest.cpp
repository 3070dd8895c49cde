// ModelStore: a trained model survives save → list → load → loadRecommender unchanged.
#include "kindred/train/ModelStore.h"

#include "store/ProjectInternals.h"
#include "TrainTestData.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Evaluation.h"

#include <nlohmann/json.hpp>

namespace kindred {
namespace {

struct Trained {
    test::SmallProject p;
    Split split;
    std::int64_t splitId = 0;
    std::unique_ptr<Recommender> model;

    Trained() {
        if (!p.project)
            return;
        split = randomSplit(p.data, 8);
        splitId = saveSplit(*p.project, "s", split).value();
        BaselineOptions options;
        options.epochs = 3;
        options.factors = 8;
        model = trainBiasedMf(p.data, split, options);
    }

    StoredModel record(const std::string& name) const {
        StoredModel m;
        m.name = name;
        m.kind = model->kind();
        m.splitId = splitId;
        m.hyperparametersJson = R"({"factors":8,"data":{"domains":["ml-100k movies"]}})";
        EvaluationOptions eval;
        eval.k = 5;
        m.metricsJson = R"({"validation":)" + evaluate(*model, p.data, split, eval).toJson() + R"(,"test":)" +
                        evaluate(*model, p.data, split, eval).toJson() + "}";
        m.historyJson = R"([{"epoch":1,"validation_rmse":1.1},{"epoch":2,"validation_rmse":1.0}])";
        m.trainingStartedAt = "2024-01-01T00:00:00Z";
        m.trainingFinishedAt = "2024-01-01T00:00:05Z";
        m.weights = model->serialize();
        return m;
    }
};

TEST(ModelStore, SaveListLoadRoundTrip) {
    Trained t;
    ASSERT_TRUE(t.model);
    ModelStore store(*t.p.project);
    const auto saved = t.record("first");
    const auto id = store.save(saved);
    ASSERT_TRUE(id) << id.status().message();
    const auto second = store.save(t.record("second"));
    ASSERT_TRUE(second);
    EXPECT_NE(id.value(), second.value());

    const auto list = store.list();
    ASSERT_TRUE(list) << list.status().message();
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ(list->front().id, second.value()) << "newest first";
    const auto& summary = list->back();
    EXPECT_EQ(summary.name, "first");
    EXPECT_EQ(summary.kind, "mf");
    EXPECT_EQ(summary.splitId, t.splitId);
    EXPECT_FALSE(summary.createdAt.empty());
    EXPECT_EQ(summary.metricsSummary.rfind("test: RMSE ", 0), 0u) << summary.metricsSummary;
    EXPECT_NE(summary.metricsSummary.find("NDCG@5"), std::string::npos) << summary.metricsSummary;

    const auto loaded = store.load(id.value());
    ASSERT_TRUE(loaded) << loaded.status().message();
    EXPECT_EQ(loaded->id, id.value());
    EXPECT_EQ(loaded->name, saved.name);
    EXPECT_EQ(loaded->kind, saved.kind);
    EXPECT_EQ(loaded->splitId, saved.splitId);
    EXPECT_EQ(loaded->hyperparametersJson, saved.hyperparametersJson);
    EXPECT_EQ(loaded->metricsJson, saved.metricsJson);
    EXPECT_EQ(loaded->historyJson, saved.historyJson);
    EXPECT_EQ(loaded->trainingStartedAt, saved.trainingStartedAt);
    EXPECT_EQ(loaded->trainingFinishedAt, saved.trainingFinishedAt);
    EXPECT_EQ(loaded->weights, saved.weights);
    EXPECT_EQ(loaded->createdAt, summary.createdAt);

    auto model = loadRecommender(loaded->kind, loaded->weights);
    ASSERT_TRUE(model) << model.status().message();
    for (std::int32_t u = 0; u < t.p.data.userCount(); ++u)
        for (std::int32_t i = 0; i < t.p.data.itemCount(); ++i)
            ASSERT_EQ(model.value()->predict(u, i), t.model->predict(u, i));
}

TEST(ModelStore, SurvivesReopeningTheProject) {
    Trained t;
    ASSERT_TRUE(t.model);
    const auto id = ModelStore(*t.p.project).save(t.record("kept"));
    ASSERT_TRUE(id);
    const auto path = t.p.project->path();
    t.p.project.reset();
    auto reopened = Project::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(reopened) << reopened.status().message();
    ModelStore store(*reopened.value());
    const auto loaded = store.load(id.value());
    ASSERT_TRUE(loaded) << loaded.status().message();
    EXPECT_EQ(loaded->weights, t.model->serialize());
    // Read-only projects refuse to save, with a reason.
    const auto refused = store.save(t.record("nope"));
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.status().message().find("read-only"), std::string::npos) << refused.status().message();
}

TEST(ModelStore, WeightsReadApartFromTheRowKeepTheirBytesAndAMissingValue) {
    Trained t;
    ASSERT_TRUE(t.model);
    ModelStore store(*t.p.project);
    const auto id = store.save(t.record("bytes"));
    ASSERT_TRUE(id) << id.status().message();
    const auto loaded = store.load(id.value());
    ASSERT_TRUE(loaded) << loaded.status().message();
    EXPECT_EQ(loaded->weights, t.model->serialize());
    EXPECT_EQ(loaded->name, "bytes");
    // A row whose weights are NULL (the column allows it) loads with none, as the row read did.
    sqlite3* db = rawHandle(*t.p.project);
    ASSERT_EQ(sqlite3_exec(db, ("UPDATE models SET weights = NULL WHERE id = " + std::to_string(id.value())).c_str(),
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const auto empty = store.load(id.value());
    ASSERT_TRUE(empty) << empty.status().message();
    EXPECT_TRUE(empty->weights.empty());
}

TEST(ModelStore, RefusesBadRecordsAndWritesNothing) {
    Trained t;
    ASSERT_TRUE(t.model);
    ModelStore store(*t.p.project);
    auto bad = t.record("bad json");
    bad.metricsJson = "{not json";
    EXPECT_FALSE(store.save(bad));
    bad = t.record("history not array");
    bad.historyJson = "{}";
    EXPECT_FALSE(store.save(bad));
    bad = t.record("no kind");
    bad.kind.clear();
    EXPECT_FALSE(store.save(bad));
    bad = t.record("unknown split");
    bad.splitId = t.splitId + 99;
    const auto refused = store.save(bad);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.status().message().find("no split"), std::string::npos);
    EXPECT_TRUE(store.list()->empty());
}

TEST(ModelStore, UnknownIdsAndRemoval) {
    Trained t;
    ASSERT_TRUE(t.model);
    ModelStore store(*t.p.project);
    const auto missing = store.load(12345);
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.status().message().find("no model with id 12345"), std::string::npos);
    const auto id = store.save(t.record("to delete"));
    ASSERT_TRUE(id);
    EXPECT_TRUE(store.remove(id.value()));
    EXPECT_FALSE(store.load(id.value()));
    EXPECT_FALSE(store.remove(id.value()));
    // The training run went with it (ON DELETE CASCADE).
    EXPECT_EQ(test::queryInt(rawHandle(*t.p.project), "SELECT count(*) FROM training_runs"), 0);
}

TEST(ModelStore, LoadRecommenderNamesUnknownKinds) {
    const auto unknown = loadRecommender("nonsense", "");
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.status().message().find("nonsense"), std::string::npos);
}

} // namespace
} // namespace kindred
