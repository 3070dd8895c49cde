#include "workers/TrainingWorker.h"

#include "kindred/store/Project.h"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace kindred::ui {

TrainingWorker::TrainingWorker(QObject* parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<JobResult>::finished, this, [this] {
        const JobResult result = m_watcher.result();
        Q_EMIT finished(result.ok, result.message, result.modelId);
    });
}

TrainingWorker::~TrainingWorker() {
    cancel();
    m_watcher.waitForFinished();
}

void TrainingWorker::start(const QString& projectPath, const TrainingRequest& request) {
    if (isRunning())
        return;
    m_control = std::make_unique<TrainingControl>();
    m_progress = std::make_unique<ProgressToken>([this](const ProgressEvent& event) {
        // Phase names only: batch progress arrives through the training callbacks.
        if (event.unit.empty() && !event.phase.empty()) {
            const QString phase = QString::fromStdString(event.phase);
            push([phase](TrainingUpdate& u) { u.phase = phase; });
        }
    });
    {
        std::lock_guard lock(m_mutex);
        m_pending = {};
        m_signalled = false;
    }
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [this, projectPath, request] { return run(projectPath, request); }));
}

void TrainingWorker::pause() {
    if (m_control && isRunning())
        m_control->pause();
}

void TrainingWorker::resume() {
    if (m_control)
        m_control->resume();
}

void TrainingWorker::cancel() {
    if (m_control)
        m_control->requestCancel(); // also wakes a paused trainer
    if (m_progress)
        m_progress->requestCancel();
}

TrainingUpdate TrainingWorker::takePending() {
    std::lock_guard lock(m_mutex);
    TrainingUpdate taken = std::move(m_pending);
    m_pending = {};
    // Keep the latest rates: they describe the job, not the increment.
    m_pending.samplesPerSecond = taken.samplesPerSecond;
    m_pending.etaSeconds = taken.etaSeconds;
    m_pending.epoch = taken.epoch;
    m_pending.epochsTotal = taken.epochsTotal;
    m_signalled = false;
    return taken;
}

void TrainingWorker::push(const std::function<void(TrainingUpdate&)>& change) {
    bool signal = false;
    {
        std::lock_guard lock(m_mutex);
        change(m_pending);
        signal = !m_signalled;
        m_signalled = true;
    }
    if (signal)
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT dataAvailable(); }, Qt::QueuedConnection);
}

TrainingWorker::JobResult TrainingWorker::run(const QString& projectPath, const TrainingRequest& request) {
    try {
        auto project = Project::open(projectPath.toStdString(), OpenMode::OpenExisting);
        if (!project)
            return {false, QString::fromStdString(project.status().message()), 0};
        const int totalEpochs = request.epochs > 0          ? request.epochs
                                : request.kind == "siamese" ? request.siamese.epochs
                                                            : request.baseline.epochs;
        TrainingJobCallbacks callbacks;
        callbacks.onSiameseEvent = [this, totalEpochs](const TrainingEvent& event) {
            if (event.kind == TrainingEvent::Kind::Batch) {
                const double x = event.batchesPerEpoch > 0
                                     ? (event.epoch - 1) + double(event.batch) / double(event.batchesPerEpoch)
                                     : double(event.epoch - 1);
                push([&](TrainingUpdate& u) {
                    u.batchLoss.append(QPointF(x, event.loss));
                    u.epoch = event.epoch;
                    u.epochsTotal = totalEpochs;
                    if (event.samplesPerSecond > 0)
                        u.samplesPerSecond = event.samplesPerSecond;
                    if (event.etaSeconds >= 0)
                        u.etaSeconds = event.etaSeconds;
                });
            } else if (event.kind == TrainingEvent::Kind::Epoch) {
                const auto& r = event.record;
                push([&](TrainingUpdate& u) {
                    u.epochs.append({r.epoch, r.trainLoss, r.validationLoss, r.validationRmse,
                                     r.samplesPerSecond, r.seconds, r.validationNdcg});
                    u.epoch = r.epoch;
                    u.epochsTotal = totalEpochs;
                    if (event.etaSeconds >= 0)
                        u.etaSeconds = event.etaSeconds;
                });
            }
        };
        callbacks.onBaselineEpoch = [this, totalEpochs](const BaselineEpoch& e, double eta) {
            push([&](TrainingUpdate& u) {
                u.epochs.append(
                    {e.epoch, e.trainRmse, qQNaN(), e.validationRmse, e.samplesPerSecond, e.seconds});
                u.epoch = e.epoch;
                u.epochsTotal = totalEpochs;
                if (e.samplesPerSecond > 0)
                    u.samplesPerSecond = e.samplesPerSecond;
                u.etaSeconds = eta;
            });
        };
        const auto outcome =
            runTrainingJob(*project.value(), request, callbacks, m_control.get(), m_progress.get());
        if (!outcome)
            return {false, QString::fromStdString(outcome.status().message()), 0};
        const QString message = tr("Model %1 \"%2\" trained in %3 s and saved")
                                    .arg(outcome->modelId)
                                    .arg(QString::fromStdString(outcome->name))
                                    .arg(outcome->trainingSeconds, 0, 'f', 1);
        return {true, message, qint64(outcome->modelId)};
    } catch (const std::exception& e) {
        // Nothing may cross the event loop: runTrainingJob does not throw, this is the last guard.
        return {false, QString::fromUtf8(e.what()), 0};
    }
}

} // namespace kindred::ui
