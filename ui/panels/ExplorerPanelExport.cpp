// ExplorerPanel: the Embedding Projector export (core exportProjector on a worker thread).
#include "panels/ExplorerPanel.h"

#include "kindred/space/ProjectorExport.h"
#include "kindred/store/Project.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace kindred::ui {

namespace {
struct ExportOutcome {
    bool ok = false;
    QString message;
};
} // namespace

bool ExplorerPanel::exportProjector(const QString& folder) {
    if (!m_space || !m_space->space || m_path.isEmpty())
        return false;
    const std::shared_ptr<const TasteSpace> space = m_space->space;
    const std::shared_ptr<const Projection> projection = currentProjection();
    const QString path = m_path;
    auto* watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const ExportOutcome outcome = watcher->result();
        if (!outcome.ok)
            Q_EMIT errorOccurred(outcome.message);
        Q_EMIT exportFinished(outcome.ok, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, space, projection, folder]() -> ExportOutcome {
        try {
            auto project = Project::open(path.toStdString(), OpenMode::ReadOnly);
            if (!project)
                return {false, QString::fromStdString(project.status().message())};
            auto written = kindred::exportProjector(*project.value(), *space, projection.get(),
                                                    QDir(folder).filesystemAbsolutePath());
            if (!written)
                return {false, QString::fromStdString(written.status().message())};
            return {true, tr("Wrote %1 items and %2 coordinates to %3")
                              .arg(written->items)
                              .arg(written->coordinates)
                              .arg(QDir::toNativeSeparators(folder))};
        } catch (const std::exception& e) {
            return {false, QString::fromUtf8(e.what())}; // nothing may cross the event loop
        }
    }));
    return true;
}

} // namespace kindred::ui
