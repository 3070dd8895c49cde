#pragma once
// TrainingWorker: runs one kindred::runTrainingJob() on its own thread (QtConcurrent::run on a
// private one-thread pool) with its own read-write connection to the project, and hands live
// curves to the UI thread.
//
// The job's callbacks (worker thread) append to a mutex-guarded buffer and emit dataAvailable()
// only when the buffer goes from empty to non-empty, so a fast trainer never floods the event
// queue; the view takes everything at once with takePending() when it redraws.

#include "kindred/common/Progress.h"
#include "kindred/train/TrainingJob.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QtNumeric>
#include <functional>
#include <memory>
#include <mutex>

namespace kindred::ui {

/// One finished epoch (or ALS round): core's typed record (NaN = not measured).
using TrainingEpochRow = EpochRecord;

/// What arrived since the last takePending().
struct TrainingUpdate {
    QList<QPointF> batchLoss; ///< x = fractional epoch (0-based start), y = loss; BatchCurve kinds only
    QList<TrainingEpochRow> epochs;
    QString phase; ///< latest phase, empty when unchanged
    QStringList warnings; ///< problems that did not stop the job (e.g. a checkpoint not written)
    int epoch = 0; ///< epoch in progress (1-based), 0 when unknown
    int epochsTotal = 0;
    double samplesPerSecond = 0; ///< latest throughput, 0 when unknown
    double etaSeconds = -1;      ///< latest estimate of the time left, -1 when unknown
};

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(QObject* parent = nullptr);
    /// Cancels a running job and waits for it (at most one batch or epoch).
    ~TrainingWorker() override;

    /// Starts training on projectPath (opened read-write on the worker). Ignored while running.
    /// UI thread only.
    void start(const QString& projectPath, const TrainingRequest& request);
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isPaused() const { return m_token && m_token->isPaused(); }
    /// Everything buffered since the last call. UI thread.
    TrainingUpdate takePending();
    /// Blocks until the job ended (tests, shutdown).
    void waitForFinished() { m_watcher.waitForFinished(); }

public Q_SLOTS:
    void pause();
    void resume();
    void cancel();

Q_SIGNALS:
    /// New points or epochs are buffered; call takePending(). Emitted on the UI thread.
    void dataAvailable();
    /// The job ended. ok: a model was stored (modelId); message: the error, or a warning/summary.
    void finished(bool ok, const QString& message, qint64 modelId);

private:
    struct JobResult {
        bool ok = false;
        QString message;
        qint64 modelId = 0;
    };
    JobResult run(const QString& projectPath, const TrainingRequest& request);
    void push(const std::function<void(TrainingUpdate&)>& change); // worker thread

    std::unique_ptr<ProgressToken> m_token; ///< new per job: a cancelled token cannot be reset
    /// One thread of its own: a job may run for hours and must not hold a global pool thread
    /// that imports and statistics wait for.
    QThreadPool m_pool;
    QFutureWatcher<JobResult> m_watcher;
    std::mutex m_mutex; ///< guards m_pending and m_signalled
    TrainingUpdate m_pending;
    bool m_signalled = false;
};

} // namespace kindred::ui
