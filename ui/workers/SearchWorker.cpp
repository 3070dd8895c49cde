#include "workers/SearchWorker.h"

#include "kindred/store/Project.h"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace kindred::ui {

int plannedTrials(const SearchRequest& request) {
    long long grid = 1;
    for (const SearchParameter& parameter : request.parameters)
        grid *= qMax<long long>(1, qsizetype(parameter.values.size()));
    if (request.randomTrials > 0)
        grid = qMin<long long>(grid, request.randomTrials);
    return int(qMin<long long>(grid, 1'000'000));
}

SearchWorker::SearchWorker(QObject* parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<JobResult>::finished, this, [this] {
        const JobResult result = m_watcher.result();
        Q_EMIT finished(result.ok, result.message, result.bestTrial, result.bestModelId);
    });
}

SearchWorker::~SearchWorker() {
    cancel();
    m_watcher.waitForFinished();
}

void SearchWorker::start(const QString& projectPath, const SearchRequest& request) {
    if (isRunning())
        return;
    m_token = std::make_unique<ProgressToken>();
    const int total = plannedTrials(request);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, projectPath, request, total] {
        return run(projectPath, request, total);
    }));
}

void SearchWorker::cancel() {
    if (m_token)
        m_token->requestCancel();
}

SearchWorker::JobResult SearchWorker::run(const QString& projectPath, const SearchRequest& request, int total) {
    try {
        auto project = Project::open(projectPath.toStdString(), OpenMode::OpenExisting);
        if (!project)
            return {false, QString::fromStdString(project.status().message())};
        int done = 0;
        auto onTrial = [this, &done, total](const SearchTrial& trial) {
            ++done;
            QMetaObject::invokeMethod(
                this, [this, trial, done, total] { Q_EMIT trialFinished(trial, done, total); },
                Qt::QueuedConnection);
        };
        const auto outcome = runHyperparameterSearch(*project.value(), request, onTrial, m_token.get());
        if (!outcome)
            return {false, QString::fromStdString(outcome.status().message())};
        if (outcome->bestTrial < 0)
            return {false, outcome->cancelled ? tr("Search cancelled before a trial finished")
                                              : tr("Every trial failed; hover over a row for the reason")};
        const SearchTrial& best = outcome->trials[std::size_t(outcome->bestTrial)];
        QString message = tr("Best on validation: trial %1, kept as model %2").arg(best.index).arg(best.modelId);
        if (outcome->cancelled)
            message = tr("Cancelled after %1 of %2 trials. %3").arg(outcome->trials.size()).arg(total).arg(message);
        return {true, message, outcome->bestTrial, qint64(outcome->bestModelId)};
    } catch (const std::exception& e) {
        return {false, QString::fromUtf8(e.what())}; // nothing may cross the event loop
    }
}

} // namespace kindred::ui
