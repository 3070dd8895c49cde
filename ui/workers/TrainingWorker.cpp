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
    m_token = std::make_unique<ProgressToken>([this](const ProgressEvent& event) {
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
    if (m_token && isRunning())
        m_token->pause();
}

void TrainingWorker::resume() {
    if (m_token)
        m_token->resume();
}

void TrainingWorker::cancel() {
    if (m_token)
        m_token->requestCancel(); // also wakes a paused job
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
        int totalEpochs = 0;
        if (const ModelKind* kind = findModelKind(request.kind); kind && kind->has(ModelCapability::Epochs))
            if (auto values = kind->resolve(request.parameters))
                totalEpochs = int(numberParameter(values.value(), "epochs"));
        TrainingJobCallbacks callbacks;
        callbacks.onEvent = [this, totalEpochs](const TrainingEvent& event) {
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
                    u.epochs.append(r);
                    u.epoch = r.epoch;
                    u.epochsTotal = totalEpochs;
                    if (r.samplesPerSecond > 0)
                        u.samplesPerSecond = r.samplesPerSecond;
                    if (event.etaSeconds >= 0)
                        u.etaSeconds = event.etaSeconds;
                });
            }
        };
        callbacks.onWarning = [this](const std::string& warning) {
            const QString text = QString::fromStdString(warning);
            push([text](TrainingUpdate& u) { u.warnings.append(text); });
        };
        const auto outcome =
            runTrainingJob(*project.value(), request, callbacks, m_token.get());
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
