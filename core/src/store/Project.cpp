#include "kindred/store/Project.h"

#include "Sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <thread>

namespace kindred {

namespace {

void configureConnection(sqlite3* db, bool readOnly) {
    sqlite3_busy_timeout(db, 5000);
    sql::exec(db, "PRAGMA foreign_keys = ON");
    if (!readOnly) {
        sql::exec(db, "PRAGMA journal_mode = WAL");
        // WAL + NORMAL is durable across application crashes (the rule that matters for a killed
        // import); only an OS crash can lose the last committed transaction.
        sql::exec(db, "PRAGMA synchronous = NORMAL");
    }
    sql::exec(db, "PRAGMA cache_size = -131072"); // 128 MiB page cache
    // Let SQLite's sorter (CREATE INDEX, ORDER BY) use worker threads; it sorts spilled runs in parallel.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    sql::exec(db, ("PRAGMA threads = " + std::to_string(std::min(cores, 8u))).c_str());
}

} // namespace

Project::Project(std::filesystem::path path, sqlite3* db, bool readOnly)
    : m_path(std::move(path)), m_db(db), m_readOnly(readOnly) {}

Project::~Project() { sqlite3_close_v2(m_db); }

Result<std::unique_ptr<Project>> Project::open(const std::filesystem::path& path, OpenMode mode) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && mode != OpenMode::OpenOrCreate)
        return Status::failure(path.string() + ": no such project file");
    if (exists && std::filesystem::is_directory(path, ec))
        return Status::failure(path.string() + ": is a folder, not a project file");

    const bool readOnly = mode == OpenMode::ReadOnly;
    int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    flags |= SQLITE_OPEN_NOMUTEX;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        std::string message = path.string() + ": cannot open: " + (db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return Status::failure(message);
    }
    // Wait for a writer (a migration, another panel's transaction) instead of failing at once;
    // set before the first statement, which already reads the file.
    sqlite3_busy_timeout(db, 5000);
    std::unique_ptr<Project> project(new Project(path, db, readOnly));
    try {
        // Identify the file before changing anything in it (journal mode lives in the file header).
        // A non-SQLite file fails here with "file is not a database".
        const auto tables = sql::queryInt(db, "SELECT count(*) FROM sqlite_schema");
        const int version = project->schemaVersion();
        if (version == 0 && tables > 0)
            return Status::failure(path.string() + ": is an SQLite file but not a Kindred project");
        if (version > kCurrentSchemaVersion)
            return Status::failure(path.string() + ": written by a newer Kindred (schema version " +
                                   std::to_string(version) + ", this build reads up to " +
                                   std::to_string(kCurrentSchemaVersion) + ")");
        if (version < kCurrentSchemaVersion && readOnly)
            return Status::failure(path.string() + ": schema version " + std::to_string(version) +
                                   " needs migrating; open it writable once");
        configureConnection(db, readOnly);
        if (version < kCurrentSchemaVersion)
            migrateSchema(db);
    } catch (const std::exception& error) {
        return Status::failure(path.string() + ": " + error.what());
    }
    return project;
}

int Project::schemaVersion() const { return int(sql::queryInt(m_db, "PRAGMA user_version")); }

std::vector<DomainInfo> Project::domains() const {
    std::vector<DomainInfo> result;
    sql::Statement query(m_db, "SELECT id, name, kind FROM domains ORDER BY id");
    while (query.step())
        result.push_back({query.int64(0), query.text(1), query.text(2)});
    return result;
}

std::vector<SourceInfo> Project::sources() const {
    std::vector<SourceInfo> result;
    sql::Statement query(m_db, "SELECT id, name, format, paths, imported_at, scale_min, scale_max, "
                               "feedback, user_namespace, report_json FROM sources ORDER BY id");
    while (query.step()) {
        SourceInfo source;
        source.id = query.int64(0);
        source.name = query.text(1);
        source.format = query.text(2);
        source.paths = query.text(3);
        source.importedAt = query.text(4);
        source.scaleMin = query.real(5);
        source.scaleMax = query.real(6);
        source.isExplicit = query.text(7) == "explicit";
        source.userNamespace = query.text(8);
        source.reportJson = query.text(9);
        result.push_back(std::move(source));
    }
    return result;
}

} // namespace kindred
