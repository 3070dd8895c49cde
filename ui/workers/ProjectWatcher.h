#pragma once
// ProjectWatcher: notices when the open project's file changes — an import or a stored model, by
// this app's own jobs or by another process (e.g. `kindred-cli import` into the open project) —
// so the panels can show what the file holds. It keeps one read-only connection and polls
// SQLite's `PRAGMA data_version` (which moves when another connection commits); only then it
// reads a small fingerprint (sources, people, items, models) to say what changed. Checkpoints,
// projections and other writes that change neither are ignored. UI thread; each poll costs
// microseconds unless the file changed.

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace kindred {
class Project;
}

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
    struct Fingerprint {
        std::int64_t sources = 0, lastSource = 0, lastUser = 0, lastItem = 0, models = 0, lastModel = 0;
        bool sameRatings(const Fingerprint& o) const {
            return sources == o.sources && lastSource == o.lastSource && lastUser == o.lastUser && lastItem == o.lastItem;
        }
        bool sameModels(const Fingerprint& o) const { return models == o.models && lastModel == o.lastModel; }
    };
    bool read(std::int64_t& dataVersion, Fingerprint& fingerprint) const;

    std::unique_ptr<Project> m_project;
    QTimer m_timer;
    std::int64_t m_dataVersion = 0;
    Fingerprint m_fingerprint;
};

} // namespace kindred::ui
