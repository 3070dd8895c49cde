#include "workers/SampleProjectBuilder.h"

#include "kindred/importers/Import.h"
#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/TrainingJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace kindred::ui {

namespace {

/// A 3D PCA of the first model's items with 8 clusters (seconds), so the Explorer shows the space
/// on first start. Returns an error message, empty on success.
QString storeFirstProjection(Project& project, std::int64_t modelId) {
    auto space = loadTasteSpace(project, modelId);
    if (!space)
        return QString::fromStdString(space.status().message());
    auto projection = computeProjection(*space.value(), ProjectionRequest{});
    if (!projection)
        return QString::fromStdString(projection.status().message());
    auto stored = saveProjection(project, projection.value());
    return stored ? QString() : QString::fromStdString(stored.status().message());
}

} // namespace

SampleProjectBuilder::SampleProjectBuilder(QObject* parent)
    : QObject(parent), m_token([this](const ProgressEvent& event) {
          // Runs on the worker thread: the queued connection hands the values to the UI thread.
          const QString phase = QString::fromStdString(event.phase);
          QMetaObject::invokeMethod(
              this, [this, phase, done = qint64(event.done), total = qint64(event.total)] {
                  Q_EMIT progress(phase, done, total);
              },
              Qt::QueuedConnection);
      }) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        Q_EMIT finished(outcome.ok, m_target, outcome.message);
    });
}

SampleProjectBuilder::~SampleProjectBuilder() {
    m_token.requestCancel();
    m_watcher.waitForFinished();
}

QString SampleProjectBuilder::findSampleDir() {
    QStringList candidates;
#ifdef KINDRED_SAMPLE_DIR
    candidates << QStringLiteral(KINDRED_SAMPLE_DIR);
#endif
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << QDir(appDir).filePath(QStringLiteral("../share/kindred/sample"));
    for (const QString& dir :
         QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("kindred/sample"),
                                   QStandardPaths::LocateDirectory))
        candidates << dir;
    for (const QString& dir : candidates)
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("ml-latest-small/ratings.csv"))))
            return QDir(dir).absolutePath();
    return {};
}

QString SampleProjectBuilder::defaultProjectPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample.kindred"));
}

void SampleProjectBuilder::start(const QString& sampleDir, const QString& target) {
    if (isRunning())
        return;
    m_target = target;
    m_watcher.setFuture(QtConcurrent::run([this, sampleDir, target] { return build(sampleDir, target); }));
}

void SampleProjectBuilder::cancel() {
    m_token.requestCancel();
}

SampleProjectBuilder::Outcome SampleProjectBuilder::build(const QString& sampleDir, const QString& target) {
    const QString part = target + QStringLiteral(".part");
    Outcome outcome = [&]() -> Outcome {
    try {
        QDir().mkpath(QFileInfo(target).absolutePath());
        for (const QString& stale : {part, part + QStringLiteral("-wal"), part + QStringLiteral("-shm")})
            QFile::remove(stale);
        QStringList errors;
        {
            auto project = Project::open(part.toStdString(), OpenMode::OpenOrCreate);
            if (!project)
                return {false, QString::fromStdString(project.status().message())};
            const QDir dir(sampleDir);
            ImportOptions movielens;
            movielens.format = "movielens-csv";
            const auto first = importDataset(*project.value(),
                                             {dir.filePath(QStringLiteral("ml-latest-small")).toStdString()},
                                             movielens, &m_token);
            if (!first.status)
                return {false, tr("MovieLens sample: %1").arg(QString::fromStdString(first.status.message()))};
            ImportOptions douban;
            douban.format = "douban";
            const auto second = importDataset(*project.value(),
                                              {dir.filePath(QStringLiteral("douban-dtcdr")).toStdString()},
                                              douban, &m_token);
            if (!second.status) {
                if (m_token.isCancelled())
                    return {false, tr("Building the sample project was cancelled")};
                errors << tr("Douban sample: %1").arg(QString::fromStdString(second.status.message()));
            }
            // The default model, so that Explorer and Pairs work on first start without a click.
            TrainingRequest request;
            request.kind = modelKinds().front()->id;
            request.name = tr("First model (trained with the sample)").toStdString();
            // Four epochs: on the sample the best validation epoch is the third, and the first
            // start should show a working space within about a minute on two cores.
            if (findModelKind(request.kind)->parameter("epochs"))
                request.parameters["epochs"] = 4.0;
            const auto trained = runTrainingJob(*project.value(), request, {}, &m_token);
            if (m_token.isCancelled())
                return {false, tr("Building the sample project was cancelled")};
            if (!trained)
                errors << tr("First model: %1").arg(QString::fromStdString(trained.status().message()));
            else if (const QString error = storeFirstProjection(*project.value(), trained->modelId); !error.isEmpty())
                errors << tr("First projection: %1").arg(error);
        } // closes the connection (and checkpoints the WAL) before the rename
        QFile::remove(target);
        if (!QFile::rename(part, target))
            return {false, tr("Could not move %1 to %2").arg(part, target)};
        return {true, errors.join(QStringLiteral("; "))};
    } catch (const std::exception& e) {
        return {false, QString::fromUtf8(e.what())};
    }
    }();
    if (!outcome.ok)
        for (const QString& file : {part, part + QStringLiteral("-wal"), part + QStringLiteral("-shm")})
            QFile::remove(file);
    return outcome;
}

} // namespace kindred::ui
