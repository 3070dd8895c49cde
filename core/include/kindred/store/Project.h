#pragma once
// Project: one `.kindred` SQLite file holding domains, sources, users, items, ratings, reviews
// and (later) models, runs, embeddings, projections and feedback.
//
// Threading: a Project owns one SQLite connection. Use one Project per thread; WAL mode lets
// readers on other connections (other Project objects on the same file) run during an import.

#include "kindred/common/Status.h"
#include "kindred/store/ProjectStats.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;

namespace kindred {

/// Schema version this build writes (PRAGMA user_version). Older files are migrated forward on open.
inline constexpr int kCurrentSchemaVersion = 5;

enum class OpenMode {
    OpenOrCreate, ///< create the file with the current schema when it does not exist
    OpenExisting, ///< fail when the file does not exist
    ReadOnly,     ///< open read-only; files with an older schema fail (migrating would write)
};

struct DomainInfo {
    std::int64_t id = 0;
    std::string name; ///< unique within the project: "<catalogue> <medium>", e.g. "douban books"
    std::string kind; ///< movie | book | music | news | other
};

struct SourceInfo {
    std::int64_t id = 0;
    std::string name;       ///< shown to people, e.g. "ml-latest-small"
    std::string format;     ///< importer id, e.g. "movielens-csv"
    std::string paths;      ///< JSON array of imported file paths
    std::string importedAt; ///< ISO 8601 UTC
    double scaleMin = 0, scaleMax = 0;
    bool isExplicit = true;
    std::string userNamespace; ///< users with the same namespace + id are the same person
    std::string reportJson;    ///< the cleaning report (CleaningReport::toJson())
};

class Project {
public:
    /// Opens (and when needed creates or migrates) a project file.
    static Result<std::unique_ptr<Project>> open(const std::filesystem::path& path,
                                                 OpenMode mode = OpenMode::OpenOrCreate);
    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    const std::filesystem::path& path() const noexcept { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const noexcept { return m_readOnly; }

    std::vector<DomainInfo> domains() const;
    std::vector<SourceInfo> sources() const;
    /// Counts, histograms and cross-domain overlap; scans the ratings once per domain.
    ProjectStats stats() const;

    /// The raw connection for core internals (store/, importers/). Not for the UI.
    sqlite3* handle() const noexcept { return m_db; }

private:
    Project(std::filesystem::path path, sqlite3* db, bool readOnly);
    std::filesystem::path m_path;
    sqlite3* m_db = nullptr;
    bool m_readOnly = false;
};

/// Applies migrations 1..targetVersion to an open connection (used by Project::open and by the
/// migration test to build an old file). Throws StoreError on failure.
void migrateSchema(sqlite3* db, int targetVersion = kCurrentSchemaVersion);

} // namespace kindred
