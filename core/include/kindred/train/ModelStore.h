#pragma once
// ModelStore: trained models kept in the project file (tables models and training_runs), so the
// CLI, the GUI and later sessions can list, reload and compare them.
//
// One model = one row in models (kind, name, split, hyper-parameters, metrics, weights) plus its
// training run in training_runs (start/end time, status, per-epoch history). JSON fields are
// stored as given; saving checks only that they parse.
//
// Threading: like Project, use a ModelStore from the thread that owns its Project.

#include "kindred/common/Status.h"
#include "kindred/train/TrainingEvents.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kindred {

class Project;
class Recommender;

struct StoredModel {
    std::int64_t id = 0;                 ///< set by ModelStore (ignored by save)
    std::string name;                    ///< shown to people, e.g. "mf 2024-05-01 12:00"
    std::string kind;                    ///< Recommender::kind(), a registered ModelKind id
    std::string createdAt;               ///< ISO 8601 UTC; save() fills it when empty
    std::optional<std::int64_t> splitId; ///< the stored split it was trained and evaluated on
    /// Everything needed to rebuild the training data and repeat the run, e.g.
    /// {"domains": [...], "epochs": 20, "factors": 64, ...}.
    std::string hyperparametersJson = "{}";
    /// One Evaluation::toJson() object per part: {"validation": {...}, "test": {...}}.
    std::string metricsJson = "{}";
    /// Array of per-epoch records (objects), oldest first; "[]" when the model has no epochs.
    std::string historyJson = "[]";
    std::string trainingStartedAt;  ///< ISO 8601 UTC; defaults to createdAt
    std::string trainingFinishedAt; ///< ISO 8601 UTC; defaults to createdAt
    std::string weights;            ///< Recommender::serialize()
};

/// What list() returns: a row of the models table without the weights.
struct ModelSummary {
    std::int64_t id = 0;
    std::string name, kind, createdAt;
    std::optional<std::int64_t> splitId;
    std::string metricsJson;
    /// Short text from metricsJson, preferring test over validation metrics,
    /// e.g. "test: RMSE 0.9312, NDCG@10 0.0421"; empty when there are none.
    std::string metricsSummary;
};

class ModelStore {
public:
    /// The project must outlive the store.
    explicit ModelStore(Project& project)
        : m_project(project) {}

    /// Writes the model and its training run in one transaction; returns the new model id.
    /// Fails (nothing written) on an empty kind, JSON that does not parse, an unknown split id
    /// or a read-only project. `alsoWrite` (optional) runs inside that transaction once the rows
    /// exist, with the new id, to store what belongs to the model (its embeddings); if it throws,
    /// nothing is written and the save fails with its message.
    Result<std::int64_t> save(const StoredModel& model,
                              const std::function<void(std::int64_t modelId)>& alsoWrite = {});
    /// All models, newest first.
    Result<std::vector<ModelSummary>> list() const;
    /// Whether load() reads the model's weights (the bulk of a stored model: 142 MB for the
    /// twin of a 25 M-rating project) or leaves StoredModel::weights empty.
    enum class Weights { Read, Skip };
    /// One model with its history and (unless Weights::Skip) its weights.
    Result<StoredModel> load(std::int64_t id, Weights weights = Weights::Read) const;
    /// The per-epoch history of one model (its newest training run), without reading its weights.
    Result<std::vector<EpochRecord>> history(std::int64_t id) const;
    /// Deletes a model (its training runs, embeddings and projections go with it).
    Status remove(std::int64_t id);

private:
    Project& m_project;
};

/// Rebuilds a Recommender of any registered kind (ModelKind::load) from StoredModel::kind/weights.
Result<std::unique_ptr<Recommender>> loadRecommender(const std::string& kind, const std::string& weights);

} // namespace kindred
