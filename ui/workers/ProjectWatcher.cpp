#include "ProjectWatcher.h"

#include <QFileInfo>

#include <exception>

namespace kindred::ui {

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
    try {
        m_dataVersion = m_project->dataVersion();
        m_marks = m_project->changeMarks();
    } catch (const std::exception&) {
        m_project.reset(); // unreadable now: the panels report it
        return;
    }
    m_timer.start();
}

void ProjectWatcher::poll() {
    if (!m_project)
        return;
    try {
        const auto version = m_project->dataVersion();
        if (version == m_dataVersion)
            return;
        const Project::ChangeMarks now = m_project->changeMarks();
        const Project::ChangeMarks before = m_marks;
        m_dataVersion = version;
        m_marks = now;
        if (!now.sameRatings(before))
            Q_EMIT ratingsChanged();
        else if (!now.sameModels(before))
            Q_EMIT modelsChanged();
    } catch (const std::exception&) {
        // Busy or being replaced: the next poll looks again.
    }
}

} // namespace kindred::ui
