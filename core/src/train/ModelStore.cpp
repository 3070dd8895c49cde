#include "kindred/train/ModelStore.h"
#include "store/ProjectInternals.h"
#include "kindred/common/Time.h"

#include "kindred/train/ModelKind.h"

#include "kindred/train/Blend.h"

#include "../store/Sqlite.h"
#include "kindred/store/Project.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"

#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

namespace kindred {

namespace {

std::string summarize(const std::string& metricsJson) {
    const auto metrics = nlohmann::json::parse(metricsJson, nullptr, false);
    if (!metrics.is_object())
        return {};
    for (const char* part : {"test", "validation"}) {
        const auto found = metrics.find(part);
        if (found == metrics.end() || !found->is_object())
            continue;
        const auto number = [&](const char* key) { return found->value(key, 0.0); };
        char text[160];
        std::snprintf(text, sizeof text, "%s: RMSE %.4f, NDCG@%d %.4f", part, number("rmse"),
                      found->value("k", 10), number("ndcg"));
        return text;
    }
    return {};
}

} // namespace

Result<std::int64_t> ModelStore::save(const StoredModel& model, const std::function<void(std::int64_t)>& alsoWrite) {
    if (model.kind.empty())
        return Status::failure("cannot save a model without a kind");
    for (const auto* json : {&model.hyperparametersJson, &model.metricsJson, &model.historyJson})
        if (!nlohmann::json::accept(*json))
            return Status::failure("cannot save model '" + model.name + "': a JSON field does not parse");
    if (!nlohmann::json::parse(model.historyJson).is_array())
        return Status::failure("cannot save model '" + model.name + "': the history must be a JSON array");
    if (m_project.isReadOnly())
        return Status::failure(m_project.path().string() + " is open read-only; cannot save a model");
    sqlite3* db = rawHandle(m_project);
    try {
        if (model.splitId) {
            sql::Statement split(db, "SELECT 1 FROM splits WHERE id = ?1");
            split.bind(1, *model.splitId);
            if (!split.step())
                return Status::failure("cannot save model '" + model.name + "': no split with id " +
                                       std::to_string(*model.splitId));
        }
        const auto createdAt = model.createdAt.empty() ? isoNowUtc() : model.createdAt;
        sql::Transaction transaction(db);
        sql::Statement insert(db,
                              "INSERT INTO models(name, kind, created_at, split_id, hyperparameters_json, "
                              "metrics_json, weights) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, model.name).bind(2, model.kind).bind(3, createdAt).bind(4, model.splitId);
        insert.bind(5, model.hyperparametersJson).bind(6, model.metricsJson).bindBlob(7, model.weights);
        insert.run();
        const auto id = std::int64_t(sqlite3_last_insert_rowid(db));
        sql::Statement run(
            db, "INSERT INTO training_runs(model_id, started_at, finished_at, status, history_json) "
                "VALUES(?1, ?2, ?3, 'finished', ?4)");
        run.bind(1, id)
            .bind(2, model.trainingStartedAt.empty() ? createdAt : model.trainingStartedAt)
            .bind(3, model.trainingFinishedAt.empty() ? createdAt : model.trainingFinishedAt)
            .bind(4, model.historyJson);
        run.run();
        if (alsoWrite)
            alsoWrite(id);
        transaction.commit();
        return id;
    } catch (const std::exception& error) {
        return Status::failure(m_project.path().string() + ": saving model '" + model.name +
                               "' failed: " + error.what());
    }
}

Result<std::vector<ModelSummary>> ModelStore::list() const {
    try {
        std::vector<ModelSummary> models;
        sql::Statement query(rawHandle(m_project), "SELECT id, name, kind, created_at, split_id, metrics_json "
                                                 "FROM models ORDER BY created_at DESC, id DESC");
        while (query.step()) {
            ModelSummary m;
            m.id = query.int64(0);
            m.name = query.text(1);
            m.kind = query.text(2);
            m.createdAt = query.text(3);
            if (!query.isNull(4))
                m.splitId = query.int64(4);
            m.metricsJson = query.text(5);
            m.metricsSummary = summarize(m.metricsJson);
            models.push_back(std::move(m));
        }
        return models;
    } catch (const std::exception& error) {
        return Status::failure(m_project.path().string() + ": listing models failed: " + error.what());
    }
}

Result<StoredModel> ModelStore::load(std::int64_t id, Weights weights) const {
    try {
        // typeof(), not IS NULL: SQLite answers typeof from the row's header, while IS NULL read
        // every byte of the weights (0.14 s for the 142 MB of a 25 M project's twin).
        sql::Statement query(rawHandle(m_project),
                             "SELECT m.name, m.kind, m.created_at, m.split_id, m.hyperparameters_json, "
                             "m.metrics_json, r.history_json, r.started_at, r.finished_at, typeof(m.weights) = 'null' "
                             "FROM models m LEFT JOIN training_runs r ON r.id = "
                             "(SELECT max(id) FROM training_runs WHERE model_id = m.id) WHERE m.id = ?1");
        query.bind(1, id);
        if (!query.step())
            return Status::failure("no model with id " + std::to_string(id) + " in " +
                                   m_project.path().string() + " (see `kindred-cli models`)");
        StoredModel m;
        m.id = id;
        m.name = query.text(0);
        m.kind = query.text(1);
        m.createdAt = query.text(2);
        if (!query.isNull(3))
            m.splitId = query.int64(3);
        m.hyperparametersJson = query.text(4);
        m.metricsJson = query.text(5);
        m.historyJson = query.isNull(6) ? "[]" : query.text(6);
        m.trainingStartedAt = query.text(7);
        m.trainingFinishedAt = query.text(8);
        if (weights == Weights::Read && query.int64(9) == 0) // read apart: see sql::readBlob
            m.weights = sql::readBlob(rawHandle(m_project), "models", "weights", id);
        return m;
    } catch (const std::exception& error) {
        return Status::failure(m_project.path().string() + ": loading model " + std::to_string(id) +
                               " failed: " + error.what());
    }
}

Result<std::vector<EpochRecord>> ModelStore::history(std::int64_t id) const {
    try {
        sql::Statement query(rawHandle(m_project),
                             "SELECT r.history_json FROM models m LEFT JOIN training_runs r ON r.id = "
                             "(SELECT max(id) FROM training_runs WHERE model_id = m.id) WHERE m.id = ?1");
        query.bind(1, id);
        if (!query.step())
            return Status::failure("no model with id " + std::to_string(id) + " in " + m_project.path().string());
        return historyFromJson(query.isNull(0) ? "[]" : query.text(0));
    } catch (const std::exception& error) {
        return Status::failure(m_project.path().string() + ": reading the history of model " + std::to_string(id) +
                               " failed: " + error.what());
    }
}

Status ModelStore::remove(std::int64_t id) {
    try {
        sql::Statement erase(rawHandle(m_project), "DELETE FROM models WHERE id = ?1");
        erase.bind(1, id);
        erase.run();
        if (sqlite3_changes(rawHandle(m_project)) == 0)
            return Status::failure("no model with id " + std::to_string(id));
        return Status::success();
    } catch (const std::exception& error) {
        return Status::failure(m_project.path().string() + ": deleting model " + std::to_string(id) +
                               " failed: " + error.what());
    }
}

Result<std::unique_ptr<Recommender>> loadRecommender(const std::string& kind, const std::string& weights) {
    auto described = requireModelKind(kind);
    if (!described)
        return described.status();
    return described.value()->load(weights);
}

} // namespace kindred
