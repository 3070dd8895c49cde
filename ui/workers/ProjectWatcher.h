#pragma once
// ProjectWatcher: notices when the open project's file changes — an import or a stored model, by
// this app's own jobs or by another process (e.g. `kindred-cli import` into the open project) —
// so the panels can show what the file holds. It keeps one read-only connection and polls
// Project::dataVersion() (which moves when another connection commits); only then it reads
// Project::changeMarks() (sources, people, items, models) to say what changed. Checkpoints,
// projections and other writes that change neither are ignored. UI thread; each poll costs
// microseconds unless the file changed.

#include "kindred/store/Project.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace kindred::ui {

class ProjectWatcher : public QObject {
    Q_OBJECT
public:
    explicit ProjectWatcher(QObject* parent = nullptr);
    ~ProjectWatcher() override;

    /// Watches `path` from its current state on (empty: stops watching).
    void watch(const QString& path);
    /// Polls now (the timer does so every intervalMs()).
    void poll();
    static constexpr int intervalMs() { return 500; }

Q_SIGNALS:
    /// Ratings, people, items or sources changed: everything shown may be stale.
    void ratingsChanged();
    /// A model was stored or removed.
    void modelsChanged();

private:
    std::unique_ptr<Project> m_project;
    QTimer m_timer;
    std::int64_t m_dataVersion = 0;
    Project::ChangeMarks m_marks;
};

} // namespace kindred::ui
