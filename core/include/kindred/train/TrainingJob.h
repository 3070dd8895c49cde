#pragma once
// TrainingJob: the one code path from a project to a stored, evaluated model, shared by
// `kindred-cli train` and the GUI's training dashboard.
//
//   load training data (whole project) → make or load a split (stored in the project) → restrict it
//   to the selected domains → train (the kind's ModelKind::train) → evaluate validation + test →
//   save the model with its history and metrics (ModelStore) and its user/item vectors (TasteSpace).
//
// Threading: runTrainingJob() runs on the calling thread (a worker in the GUI) and uses `project`
// from that thread only. Callbacks run on that thread too; keep them cheap and thread-safe.

#include "kindred/common/Status.h"
#include "kindred/train/DataParallel.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"
#include "kindred/train/TrainingEvents.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace kindred {

class Project;
class ProgressToken;
class Recommender;

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
    std::string kind;                 ///< a registered ModelKind id (modelKinds())
    std::vector<std::string> domains; ///< train on these domains only; empty = all
    SplitRequest split;
    std::string name;             ///< model name; empty = "<kind> on <split label>"
    std::uint64_t seed = 42;      ///< split and training seed
    /// The kind's parameters by name (ModelParameter::name, e.g. "epochs", "learning-rate"); the
    /// others take the kind's defaults. A name the kind does not have fails the job.
    ParameterValues parameters;
    EvaluationOptions evaluation; ///< .part is ignored: validation and test are evaluated
    std::string evaluationDomain; ///< non-empty: evaluate only items of this domain
    /// Kinds with the Checkpoints capability: continue the newest unfinished run of the same
    /// request (same kind, data, split settings and parameters; the name does not count) from its
    /// last per-epoch checkpoint, on its split. Without such a run the job starts from scratch and
    /// says so (TrainingOutcome::notes). Such kinds checkpoint each epoch into the project
    /// (training_runs), so a killed or cancelled run can be resumed.
    bool resume = false;
    /// Kinds with the DataParallel capability: train together with other processes running the
    /// same request on the same project (DataParallel.h). This process stores the split and the
    /// model only as rank 0; another rank returns an outcome without a model (modelId 0) once its
    /// share is done. Not with `resume`.
    DataParallelOptions distributed;
};

/// Observers of a running job. Every member may be empty. All run on the job's thread.
struct TrainingJobCallbacks {
    /// Coarse phase changes: "loading data", "splitting", "training", "evaluating", "saving".
    std::function<void(const std::string& phase)> onPhase;
    /// Per-batch losses (kinds with BatchCurve) and per-epoch records (kinds with Epochs).
    std::function<void(const TrainingEvent&)> onEvent;
    /// Something the person should know that does not stop the job (e.g. a checkpoint that
    /// could not be written, so a later resume starts from an older epoch).
    std::function<void(const std::string& warning)> onWarning;
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
    std::string historyJson;         ///< array of per-epoch records (historyToJson)
    /// What the person should know about the run: warnings raised during it (onWarning) and
    /// "nothing to resume" when `resume` found no unfinished run.
    std::vector<std::string> notes;
    std::vector<std::pair<std::string, Evaluation>> evaluations; ///< ("validation", …), ("test", …)
};

/// Trains, evaluates and stores one model. `token` (may be null) reports phases and evaluation
/// progress and pauses / cancels training between batches (baselines: between epochs).
/// Cancelled or failed jobs store no model (a split made for the run may stay stored). Never
/// throws: errors come back as a Status a person can act on.
Result<TrainingOutcome> runTrainingJob(Project& project, const TrainingRequest& request,
                                       const TrainingJobCallbacks& callbacks = {}, ProgressToken* token = nullptr);

/// Training data for some domains with a split over it.
struct PreparedTrainingData {
    TrainingData data;
    Split split;
    std::int64_t splitId = 0;
    /// Project::ratingsFingerprint() read before the data: a later change of the ratings makes
    /// the project's fingerprint differ from it.
    std::string ratingsFingerprint;
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
