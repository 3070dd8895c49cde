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
inline constexpr int kCurrentSchemaVersion = 7;
/// The oldest schema this build reads as it is, when it may not write (OpenMode::ReadOnly,
/// read-only storage): the migrations after it change only how tables are stored, not what they
/// hold or how they are queried. Older files must be opened once where they can be migrated.
inline constexpr int kOldestSchemaReadAsIs = 6;

enum class OpenMode {
    OpenOrCreate, ///< create the file with the current schema when it does not exist
    OpenExisting, ///< fail when the file does not exist; read-only when the file cannot be written
    ReadOnly,     ///< open read-only; files older than kOldestSchemaReadAsIs fail (migrating would write)
};

/// How much of an existing file open() verifies before it uses (or writes) anything.
enum class OpenCheck {
    /// Full for OpenOrCreate and OpenExisting (nothing is written into a damaged file), Structure
    /// for ReadOnly (the GUI's many reading connections; a reading command that wants the refusal
    /// up front asks for Full).
    Auto,
    /// The header, size, schema version and tables, then SQLite's PRAGMA quick_check, which reads
    /// every page (about 0.7 s for a 136 MB, 3 M-rating project, 2.9 s for 25 M ratings): a damaged
    /// file is refused at open. A file that passed and has not changed since (same inode, size and
    /// modification time, also of its -wal; remembered in "<project>.indexes/checked") is not read
    /// again.
    Full,
    /// The header, size, schema version and tables only (instant). Damage found later, while
    /// reading, throws StoreError with FailureKind::ProjectUnusable ("the project file is damaged").
    Structure,
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
    /// Opens (and when needed creates or migrates) a project file. Before anything is written the
    /// file is checked: a folder, FIFO or device, an empty (0-byte) file, a file that is not
    /// SQLite, an SQLite file that is not a Kindred project, a truncated or damaged file and one
    /// written by a newer Kindred are refused with a message naming the file and the problem
    /// (Status::kind() ProjectUnusable), and are never written to. An existing file that cannot be
    /// written (permissions, read-only storage) opens read-only in every mode (isReadOnly(),
    /// readOnlyReason()); writers then refuse with kind ProjectReadOnly. On storage where SQLite
    /// cannot create its -shm file the project is opened immutable (nobody can change it there).
    /// A project another connection is migrating fails with kind ProjectBusy.
    static Result<std::unique_ptr<Project>> open(const std::filesystem::path& path,
                                                 OpenMode mode = OpenMode::OpenOrCreate,
                                                 OpenCheck check = OpenCheck::Auto);
    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    const std::filesystem::path& path() const noexcept { return m_path; }
    int schemaVersion() const;
    /// True when opened with OpenMode::ReadOnly, or when the file could not be opened for writing.
    bool isReadOnly() const noexcept { return m_readOnly; }
    /// Stops the statement this connection is running in another thread: it fails with
    /// "interrupted". The one method that may be called while another thread uses the connection.
    void interrupt() const noexcept;
    /// PRAGMA data_version: changes whenever another connection (this process's or another's)
    /// commits to the file; cheap (no scan). For watching a project for changes.
    std::int64_t dataVersion() const;
    /// What a watcher compares after dataVersion() moved, to tell what changed: imports add
    /// sources, people or items; stored or removed models change the model marks. Cheap (indexes).
    struct ChangeMarks {
        std::int64_t sources = 0, lastSource = 0, lastUser = 0, lastItem = 0, models = 0, lastModel = 0;
        bool sameRatings(const ChangeMarks& o) const {
            return sources == o.sources && lastSource == o.lastSource && lastUser == o.lastUser && lastItem == o.lastItem;
        }
        bool sameModels(const ChangeMarks& o) const { return models == o.models && lastModel == o.lastModel; }
    };
    ChangeMarks changeMarks() const;
    /// What the project's ratings and people are, in one comparable string: it changes when a
    /// rating is added, removed or changes value, or when people, items or sources are added;
    /// not when only a rating's timestamp changes. Cheap
    /// (the summary tables and indexes, no scan of the ratings). Stored with a model, it tells
    /// whether what the model placed from the ratings still holds (loadTasteSpaceFor).
    std::string ratingsFingerprint() const;
    /// Why the project is read-only, for messages ("opened read-only", "the file is not
    /// writable", ...); empty when it is writable.
    const std::string& readOnlyReason() const noexcept { return m_readOnlyReason; }

    std::vector<DomainInfo> domains() const;
    std::vector<SourceInfo> sources() const;
    /// Counts, histograms and cross-domain overlap; scans the ratings once per domain.
    ProjectStats stats() const;

private:
    friend struct ProjectInternals; // core's own access to the connection (core/src/store/ProjectInternals.h)
    Project(std::filesystem::path path, sqlite3* db, bool readOnly);
    std::filesystem::path m_path;
    sqlite3* m_db = nullptr;
    bool m_readOnly = false;
    std::string m_readOnlyReason;
};

/// Applies migrations 1..targetVersion to an open connection (used by Project::open and by the
/// migration test to build an old file). Throws StoreError on failure.
void migrateSchema(sqlite3* db, int targetVersion = kCurrentSchemaVersion);

} // namespace kindred
