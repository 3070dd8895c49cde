#include "RunCheckpoints.h"

#include "store/ProjectInternals.h"
#include "../store/Sqlite.h"
#include "kindred/common/Time.h"
#include "kindred/store/Project.h"

#include <ctime>

namespace kindred {

namespace {

Status failure(const Project& project, const char* what, const std::exception& error) {
    return Status::failure(project.path().string() + ": " + what + ": " + error.what());
}

} // namespace

Result<std::int64_t> beginTrainingRun(Project& project, const std::string& requestJson, std::int64_t splitId) {
    try {
        sql::Statement insert(rawHandle(project), "INSERT INTO training_runs(model_id, started_at, status, request_json, "
                                                "split_id) VALUES(NULL, ?, 'running', ?, ?)");
        insert.bind(1, isoNowUtc()).bind(2, requestJson).bind(3, splitId).run();
        return std::int64_t(sqlite3_last_insert_rowid(rawHandle(project)));
    } catch (const std::exception& error) {
        return failure(project, "recording the training run failed", error);
    }
}

Status saveRunCheckpoint(Project& project, std::int64_t runId, const std::string& checkpoint, int epoch,
                         const std::string& historyJson) {
    try {
        sql::Statement update(rawHandle(project), "UPDATE training_runs SET checkpoint = ?, checkpoint_epoch = ?, "
                                                "history_json = ?, status = 'running' WHERE id = ?");
        update.bindBlob(1, checkpoint).bind(2, epoch).bind(3, historyJson).bind(4, runId).run();
        return Status::success();
    } catch (const std::exception& error) {
        return failure(project, "writing the training checkpoint failed", error);
    }
}

Status markTrainingRun(Project& project, std::int64_t runId, const std::string& status) {
    try {
        sql::Statement update(rawHandle(project), "UPDATE training_runs SET status = ?, finished_at = ? WHERE id = ?");
        update.bind(1, status).bind(2, isoNowUtc()).bind(3, runId).run();
        return Status::success();
    } catch (const std::exception& error) {
        return failure(project, "updating the training run failed", error);
    }
}

Status forgetTrainingRun(Project& project, std::int64_t runId) {
    try {
        sql::Statement remove(rawHandle(project), "DELETE FROM training_runs WHERE id = ? AND model_id IS NULL");
        remove.bind(1, runId).run();
        return Status::success();
    } catch (const std::exception& error) {
        return failure(project, "removing the finished training run failed", error);
    }
}

Result<std::optional<ResumableRun>> findResumableRun(const Project& project, const std::string& requestJson) {
    try {
        sql::Statement select(rawHandle(project),
                              "SELECT id, split_id, checkpoint_epoch, checkpoint FROM training_runs "
                              "WHERE model_id IS NULL AND request_json = ? AND checkpoint IS NOT NULL "
                              "AND split_id IS NOT NULL ORDER BY id DESC LIMIT 1");
        select.bind(1, requestJson);
        if (!select.step())
            return std::optional<ResumableRun>();
        ResumableRun run;
        run.runId = select.int64(0);
        run.splitId = select.int64(1);
        run.epoch = int(select.int64(2));
        run.checkpoint = select.blob(3);
        return std::optional<ResumableRun>(std::move(run));
    } catch (const std::exception& error) {
        return failure(project, "looking for an unfinished training run failed", error);
    }
}

} // namespace kindred
