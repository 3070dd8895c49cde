#pragma once
// TrainingJob: the one code path from a project to a stored, evaluated model, shared by
// `kindred-cli train` and the GUI's training dashboard.
//
//   load training data (whole project) → make or load a split (stored in the project) → restrict it
//   to the selected domains → train (baseline or Siamese) → evaluate validation + test → save the
//   model with its history and metrics (ModelStore) → save its user/item vectors (TasteSpace).
//
// Threading: runTrainingJob() runs on the calling thread (a worker in the GUI) and uses `project`
// from that thread only. Callbacks run on that thread too; keep them cheap and thread-safe.

#include "kindred/common/Status.h"
#include "kindred/train/AutoRec.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace kindred {

class Project;
class ProgressToken;
class Recommender;

/// Every model kind a training job accepts, in the order people see them.
const std::vector<std::string>& trainableModelKinds();
/// True for the plain C++ baselines (bias, mf, popularity, item-knn).
bool isBaselineKind(const std::string& kind);

/// How the interactions are split. A stored split (splitId != 0) wins over everything else.
struct SplitRequest {
    std::string kind = "random";          ///< random | leave-last-out | by-source
    std::vector<std::string> testSources; ///< by-source: names of the sources held out as test
    std::string coldStartDomain;          ///< non-empty: add a cold-start slice in this domain
    std::int64_t splitId = 0;             ///< use this stored split instead of making one
    double trainFraction = 0.70;          ///< random split only
    double validationFraction = 0.15;     ///< random split only
};

struct TrainingRequest {
    std::string kind;                 ///< one of trainableModelKinds()
    std::vector<std::string> domains; ///< train on these domains only; empty = all
    SplitRequest split;
    std::string name;             ///< model name; empty = "<kind> on <split label>"
    int epochs = 0;               ///< 0 = the kind's default (overrides siamese/baseline .epochs)
    std::uint64_t seed = 42;      ///< split and training seed (overrides siamese/baseline .seed)
    SiameseOptions siamese;       ///< kind == "siamese" (and the blend's siamese part)
    AutoRecOptions autorec;       ///< kind == "autorec" (and the blend's autorec part); epochs = full-batch steps
    BaselineOptions baseline;     ///< baseline kinds; its onEpoch is replaced by the job's
    EvaluationOptions evaluation; ///< .part is ignored: validation and test are evaluated
    std::string evaluationDomain; ///< non-empty: evaluate only items of this domain
    /// siamese: continue the newest unfinished run of the same request (same kind, data, split
    /// settings and options; the name does not count) from its last per-epoch checkpoint, on its
    /// split. Without such a run the job starts from scratch. Every siamese run checkpoints each
    /// epoch into the project (training_runs), so a killed or cancelled run can be resumed.
    bool resume = false;
};

/// Observers of a running job. Every member may be empty. All run on the job's thread.
struct TrainingJobCallbacks {
    /// Coarse phase changes: "loading data", "splitting", "training", "evaluating", "saving".
    std::function<void(const std::string& phase)> onPhase;
    /// Siamese: per-batch loss (Kind::Batch) and per-epoch records (Kind::Epoch, with ETA).
    std::function<void(const TrainingEvent&)> onSiameseEvent;
    /// Baselines: one call per epoch / ALS round; etaSeconds is -1 when unknown.
    std::function<void(const BaselineEpoch&, double etaSeconds)> onBaselineEpoch;
};

struct TrainingOutcome {
    std::int64_t modelId = 0;
    std::int64_t splitId = 0;
    int resumedFromEpoch = 0;        ///< > 0: continued from this epoch's checkpoint
    std::string name;
    std::string kind;
    std::string splitLabel;          ///< e.g. "random seed 42 (split 3)"
    double trainingSeconds = 0;      ///< training alone, without loading and evaluation
    std::string hyperparametersJson; ///< as stored in the model store
    std::string metricsJson;         ///< {"validation": {...}, "test": {...}}
    std::string historyJson;         ///< array of per-epoch records
    std::vector<std::pair<std::string, Evaluation>> evaluations; ///< ("validation", …), ("test", …)
};

/// Trains, evaluates and stores one model. `control` (may be null) pauses/cancels Siamese training
/// between batches and baselines between epochs; `progress` (may be null) reports phases and
/// evaluation progress and cancels too. Cancelled or failed jobs store no model (a split made for
/// the run may stay stored). Never throws: errors come back as a Status a person can act on.
Result<TrainingOutcome> runTrainingJob(Project& project, const TrainingRequest& request,
                                       const TrainingJobCallbacks& callbacks = {},
                                       TrainingControl* control = nullptr, ProgressToken* progress = nullptr);

/// Training data for some domains with a split over it.
struct PreparedTrainingData {
    TrainingData data;
    Split split;
    std::int64_t splitId = 0;
};

/// Loads the whole project (a stored split always covers the whole ratings table), asks splitFor
/// for the split and its id, then loads the domain selection and maps the split onto it.
Result<PreparedTrainingData> prepareTrainingData(
    const Project& project, const std::vector<std::string>& domains,
    const std::function<Result<std::pair<Split, std::int64_t>>(const TrainingData&)>& splitFor);

/// Evaluates model on each part (named "train", "validation", "test"); options.part is ignored.
std::vector<std::pair<std::string, Evaluation>> evaluateParts(const Recommender& model,
                                                              const PreparedTrainingData& prepared,
                                                              const std::vector<SplitPart>& parts,
                                                              EvaluationOptions options,
                                                              ProgressToken* progress = nullptr);

} // namespace kindred
