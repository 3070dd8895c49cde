#pragma once
// ProjectInternals: the raw SQLite connection of a Project, for core's own code (store/,
// importers/, train/, space/) and its tests. Not part of the public headers: the UI and the app
// reach the file only through Project's and the other core classes' methods.

#include "kindred/store/Project.h"

struct sqlite3;

namespace kindred {

struct ProjectInternals {
    static sqlite3* handle(const Project& project) noexcept { return project.m_db; }
};

/// The project's connection (ProjectInternals::handle).
inline sqlite3* rawHandle(const Project& project) noexcept {
    return ProjectInternals::handle(project);
}

} // namespace kindred
