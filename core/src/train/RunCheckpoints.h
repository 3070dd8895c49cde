#pragma once
// Unfinished training runs in the project (table training_runs, model_id NULL): the request that
// started them, their split, and the checkpoint of their last finished epoch, written after every
// epoch so that a crash, kill or cancel loses at most the epoch in progress. TrainingJob uses this
// for --resume. Same thread rules as Project.

#include "kindred/common/Status.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kindred {

class Project;

struct ResumableRun {
    std::int64_t runId = 0;
    std::int64_t splitId = 0;
    int epoch = 0;          ///< the checkpoint's epoch (1-based)
    std::string checkpoint; ///< trainer state (SiameseCallbacks::onCheckpoint bytes)
};

/// Inserts a "running" row for `requestJson` on `splitId`; returns its id.
Result<std::int64_t> beginTrainingRun(Project& project, const std::string& requestJson, std::int64_t splitId);
/// Stores the checkpoint of `epoch` and the history so far (one transaction).
Status saveRunCheckpoint(Project& project, std::int64_t runId, const std::string& checkpoint, int epoch,
                         const std::string& historyJson);
/// Marks a run "cancelled" or "failed" (its checkpoint stays for --resume).
Status markTrainingRun(Project& project, std::int64_t runId, const std::string& status);
/// Deletes the row of a run whose model was saved (the model store keeps the finished run).
Status forgetTrainingRun(Project& project, std::int64_t runId);
/// The newest unfinished run with exactly this request and a checkpoint, if any.
Result<std::optional<ResumableRun>> findResumableRun(const Project& project, const std::string& requestJson);

} // namespace kindred
