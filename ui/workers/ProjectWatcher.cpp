#include "ProjectWatcher.h"

#include "kindred/store/Project.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace kindred::ui {

namespace {

/// The first column of the single row of `sql` (0 when it fails or is NULL).
std::int64_t scalar(sqlite3* db, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    std::int64_t value = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

} // namespace

ProjectWatcher::ProjectWatcher(QObject* parent) : QObject(parent) {
    m_timer.setInterval(intervalMs());
    connect(&m_timer, &QTimer::timeout, this, &ProjectWatcher::poll);
}

ProjectWatcher::~ProjectWatcher() = default;

void ProjectWatcher::watch(const QString& path) {
    m_timer.stop();
    m_project.reset();
    if (path.isEmpty())
        return;
    auto project = Project::open(QFileInfo(path).absoluteFilePath().toStdString(), OpenMode::ReadOnly);
    if (!project)
        return; // the panels say why the project cannot be read
    m_project = std::move(project).value();
    if (!read(m_dataVersion, m_fingerprint)) {
        m_project.reset();
        return;
    }
    m_timer.start();
}

bool ProjectWatcher::read(std::int64_t& dataVersion, Fingerprint& f) const {
    sqlite3* db = m_project ? m_project->handle() : nullptr;
    if (!db)
        return false;
    dataVersion = scalar(db, "PRAGMA data_version");
    f.sources = scalar(db, "SELECT count(*) FROM sources");
    f.lastSource = scalar(db, "SELECT max(id) FROM sources");
    f.lastUser = scalar(db, "SELECT max(id) FROM users");
    f.lastItem = scalar(db, "SELECT max(id) FROM items");
    f.models = scalar(db, "SELECT count(*) FROM models");
    f.lastModel = scalar(db, "SELECT max(id) FROM models");
    return true;
}

void ProjectWatcher::poll() {
    if (!m_project)
        return;
    if (scalar(m_project->handle(), "PRAGMA data_version") == m_dataVersion)
        return;
    Fingerprint now;
    std::int64_t version = 0;
    if (!read(version, now))
        return;
    const Fingerprint before = m_fingerprint;
    m_dataVersion = version;
    m_fingerprint = now;
    if (!now.sameRatings(before))
        Q_EMIT ratingsChanged();
    else if (!now.sameModels(before))
        Q_EMIT modelsChanged();
}

} // namespace kindred::ui
