#pragma once
// SearchWorker: runs one kindred::runHyperparameterSearch() on a thread of its own with its own
// read-write connection to the project. Each finished trial reaches the UI thread as a queued
// trialFinished(); cancel stops inside the running trial (at most one batch or epoch later).

#include "kindred/common/Progress.h"
#include "kindred/train/HyperparameterSearch.h"
#include "kindred/train/Siamese.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <memory>

namespace kindred::ui {

class SearchWorker : public QObject {
    Q_OBJECT
public:
    explicit SearchWorker(QObject* parent = nullptr);
    /// Cancels a running search and waits for it.
    ~SearchWorker() override;

    /// Starts the search on projectPath. Ignored while one runs. UI thread only.
    void start(const QString& projectPath, const SearchRequest& request);
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForFinished() { m_watcher.waitForFinished(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    /// A trial ended (UI thread). done = trials so far, total = trials planned.
    void trialFinished(const kindred::SearchTrial& trial, int done, int total);
    /// The search ended. ok: at least one trial succeeded; bestTrial is 0-based (-1 for none).
    void finished(bool ok, const QString& message, int bestTrial, qint64 bestModelId);

private:
    struct JobResult {
        bool ok = false;
        QString message;
        int bestTrial = -1;
        qint64 bestModelId = 0;
    };
    JobResult run(const QString& projectPath, const SearchRequest& request, int total);

    std::unique_ptr<ProgressToken> m_token; ///< new per search: a cancelled token cannot be reset
    QThreadPool m_pool;
    QFutureWatcher<JobResult> m_watcher;
};

/// Trials a request will run (the grid size, or the random count when smaller).
int plannedTrials(const SearchRequest& request);

} // namespace kindred::ui
