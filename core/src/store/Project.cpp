#include "kindred/store/Project.h"

#include "CheckedState.h"
#include "Schema.h"
#include "Sqlite.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <span>
#include <thread>
#include <vector>

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

std::uint32_t bigEndian32(const unsigned char* bytes) {
    return std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 | std::uint32_t(bytes[2]) << 8 |
           std::uint32_t(bytes[3]);
}

/// Reads the first bytes of `path` into `buffer` (zero-filled past the end of a shorter file) through
/// SQLite's own file layer; returns the problem, or "" once read. Never with a file stream: closing
/// any descriptor of a file drops every POSIX lock this process holds on it, SQLite's included, and
/// another process could then take the project as unused (checkpoint and delete the write-ahead log
/// under this process's open connections, which then read "file is not a database"). SQLite's unix
/// layer keeps such a descriptor open until the process's locks on the file are gone.
std::string readFileStart(const std::filesystem::path& path, std::span<unsigned char> buffer) {
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return "SQLite has no file layer";
    std::vector<std::max_align_t> storage((std::size_t(vfs->szOsFile) + sizeof(std::max_align_t) - 1) /
                                          sizeof(std::max_align_t));
    auto* file = reinterpret_cast<sqlite3_file*>(storage.data());
    const std::string name = std::filesystem::absolute(path).string(); // must outlive xClose
    int openedAs = 0;
    const int opened = vfs->xOpen(vfs, name.c_str(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &openedAs);
    if (opened != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        return sqlite3_errstr(opened);
    }
    const int read = file->pMethods->xRead(file, buffer.data(), int(buffer.size()), 0);
    file->pMethods->xClose(file);
    return read == SQLITE_OK || read == SQLITE_IOERR_SHORT_READ ? std::string() : std::string(sqlite3_errstr(read));
}

/// Checks an existing file before SQLite sees it: a regular, non-empty file whose 100-byte
/// header is an SQLite header that matches the file's size. Returns the problem, or "" when the
/// file looks sound. Cheap: one stat and one 100-byte read.
std::string fileProblem(const std::filesystem::path& path, std::filesystem::file_type type) {
    using std::filesystem::file_type;
    if (type == file_type::directory)
        return "is a folder, not a project file";
    if (type != file_type::regular)
        return "is not a regular file (a FIFO, device or socket), not a Kindred project";
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return "cannot read its size: " + ec.message();
    if (size == 0)
        return "is empty (0 bytes), not a Kindred project; remove it to create a new project there";
    std::array<unsigned char, 100> header{};
    if (const std::string problem = readFileStart(path, header); !problem.empty())
        return "cannot be read: " + problem;
    const auto got = std::size_t(std::min<std::uintmax_t>(size, header.size()));
    static constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL byte
    const bool magic = got >= 16 && std::memcmp(header.data(), kMagic, 16) == 0;
    if (!magic) {
        // A truncated header still starts like one.
        if (got < 16 && got > 0 && std::memcmp(header.data(), kMagic, got) == 0)
            return "is truncated (" + std::to_string(size) + " bytes): not a usable project; restore it from a backup";
        return "file is not a database (not an SQLite file), so not a Kindred project";
    }
    if (got < header.size())
        return "is truncated (" + std::to_string(size) + " bytes, shorter than its header); restore it from a backup";
    const std::uint32_t pageSize = header[16] == 0 && header[17] == 1 ? 65536u : (std::uint32_t(header[16]) << 8 | header[17]);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return "is damaged: its header gives the page size " + std::to_string(pageSize) + "; restore it from a backup";
    if (header[18] > 2 || header[19] > 2)
        return "is not readable by this SQLite (file format version " + std::to_string(header[19]) + ")";
    if (size % pageSize != 0)
        return "is truncated or damaged: " + std::to_string(size) + " bytes is not a whole number of " +
               std::to_string(pageSize) + "-byte pages; restore it from a backup";
    // The page count in the header is trustworthy when the change counter matches its copy.
    const std::uint32_t pages = bigEndian32(&header[28]);
    if (pages != 0 && bigEndian32(&header[24]) == bigEndian32(&header[92]) &&
        std::uint64_t(pages) * pageSize > size)
        return "is truncated: its header says " + std::to_string(std::uint64_t(pages) * pageSize) +
               " bytes, the file has " + std::to_string(size) + "; restore it from a backup";
    return {};
}

/// Whether this process may write the file and the files SQLite keeps beside it (-wal, -shm).
/// Empty when it may; otherwise why not, for readOnlyReason().
std::string whyNotWritable(const std::filesystem::path& path) {
    auto because = [](const char* what) {
        return std::string(what) + (errno == EROFS ? " (read-only storage)" : "");
    };
    if (::access(path.c_str(), W_OK) != 0)
        return because("the file is not writable");
    std::filesystem::path folder = path.parent_path();
    if (folder.empty())
        folder = ".";
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        // SQLite must be able to create path-wal and path-shm unless both are there already.
        const std::string base = path.string();
        if (::access((base + "-wal").c_str(), W_OK) != 0 || ::access((base + "-shm").c_str(), W_OK) != 0)
            return because("its folder is not writable (SQLite keeps its -wal and -shm files beside it)");
    }
    return {};
}

/// "file:" URI of a path for sqlite3_open_v2 with SQLITE_OPEN_URI, with every byte outside the
/// unreserved set percent-encoded.
std::string fileUri(const std::filesystem::path& path, std::string_view query) {
    std::string uri = "file:";
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const unsigned char c : std::filesystem::absolute(path).string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
            uri.push_back(char(c));
        else {
            uri.push_back('%');
            uri.push_back(kHex[c >> 4]);
            uri.push_back(kHex[c & 15]);
        }
    }
    uri += '?';
    uri += query;
    return uri;
}

/// Opens an SQLite connection or returns why not (the handle is closed then).
Result<sqlite3*> openConnection(const std::string& name, int flags) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = std::string("cannot open: ") + (db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return Status::failure(message, failureKindOfSqliteCode(rc));
    }
    // Wait for a writer (a migration, another panel's transaction) instead of failing at once;
    // set before the first statement, which already reads the file.
    sqlite3_busy_timeout(db, 5000);
    return db;
}

/// True when the connection cannot read because SQLite cannot create its shared-memory file
/// beside a WAL project (read-only storage): then the project is opened immutable.
bool needsImmutable(sqlite3* db) {
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    const int primary = rc & 0xFF;
    return primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN;
}

bool walHasFrames(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path.string() + "-wal", ec);
    return !ec && size > 32; // a WAL header alone holds no committed change
}

} // namespace

Project::Project(std::filesystem::path path, sqlite3* db, bool readOnly)
    : m_path(std::move(path)), m_db(db), m_readOnly(readOnly) {}

Project::~Project() {
    sqlite3_close_v2(m_db);
    if (!m_readOnly && !m_path.empty() && m_path != ":memory:")
        rememberCheckedAfterOwnWrites(m_path); // after the close, which may have checkpointed
}

Result<std::unique_ptr<Project>> Project::open(const std::filesystem::path& path, OpenMode mode, OpenCheck check) {
    const std::string name = path.string();
    auto refuse = [&name](const std::string& problem, FailureKind kind = FailureKind::ProjectUnusable) {
        return Status::failure(name + ": " + problem, kind);
    };
    const bool inMemory = name.empty() || name == ":memory:";
    std::error_code ec;
    const auto type = inMemory ? std::filesystem::file_type::not_found : std::filesystem::status(path, ec).type();
    const bool exists = type != std::filesystem::file_type::not_found && type != std::filesystem::file_type::none;
    if (!inMemory && !exists) {
        if (mode != OpenMode::OpenOrCreate)
            return refuse("no such project file", FailureKind::General);
    } else if (!inMemory) {
        if (const std::string problem = fileProblem(path, type); !problem.empty())
            return refuse(problem);
    }

    bool readOnly = mode == OpenMode::ReadOnly;
    std::string readOnlyReason = readOnly ? "opened read-only" : "";
    if (!inMemory && exists && !readOnly) {
        readOnlyReason = whyNotWritable(path);
        readOnly = !readOnlyReason.empty();
    }
    auto opened = openConnection(name, readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    if (!opened)
        return refuse(opened.status().message(), opened.status().kind());
    sqlite3* db = opened.value();
    if (readOnly && !inMemory && needsImmutable(db) && !walHasFrames(path)) {
        sqlite3_close_v2(db);
        opened = openConnection(fileUri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        if (!opened)
            return refuse(opened.status().message(), opened.status().kind());
        db = opened.value();
        if (readOnlyReason.empty() || readOnlyReason == "opened read-only")
            readOnlyReason = "it is on read-only storage";
    }
    std::unique_ptr<Project> project(new Project(path, db, readOnly));
    project->m_readOnlyReason = readOnlyReason;
    try {
        // Identify the file before changing anything in it (journal mode lives in the file header).
        const auto tables = sql::queryInt(db, "SELECT count(*) FROM sqlite_schema");
        const int version = project->schemaVersion();
        if (version > kCurrentSchemaVersion)
            return refuse("written by a newer Kindred (schema version " + std::to_string(version) +
                          ", this build reads up to " + std::to_string(kCurrentSchemaVersion) + ")");
        if (version == 0 && tables > 0)
            return refuse("is an SQLite file but not a Kindred project");
        if (version > 0) {
            if (const auto missing = missingProjectTable(db, version); !missing.empty())
                return refuse("is not a Kindred project (schema version " + std::to_string(version) +
                              " but no table '" + missing + "')");
        }
        const bool fullCheck = check == OpenCheck::Full || (check == OpenCheck::Auto && mode != OpenMode::ReadOnly);
        // The state is read before the check, so a change made while it runs is checked next time.
        const auto state = fullCheck && tables > 0 && !inMemory ? checkedStateOf(path) : std::nullopt;
        const bool checkedEarlier = state && checkedBefore(path, *state);
        bool checkedNow = false;
        if (fullCheck && tables > 0 && !checkedEarlier) {
            sql::Statement quick(db, "PRAGMA quick_check(3)");
            std::string problems;
            while (quick.step()) {
                const std::string row = quick.text(0);
                if (row != "ok")
                    problems += (problems.empty() ? "" : "; ") + row;
            }
            if (!problems.empty())
                return refuse("the project file is damaged (" + problems + "); restore it from a backup");
            if (state)
                rememberChecked(path, *state);
            checkedNow = true;
        }
        // A file found sound, or a new one (no table yet: Kindred writes all of it).
        if (!inMemory && (checkedEarlier || checkedNow || (tables == 0 && !readOnly)))
            noteVerifiedInThisProcess(path);
        if (version < kOldestSchemaReadAsIs && readOnly && tables > 0)
            return refuse("schema version " + std::to_string(version) + " needs migrating, but " +
                              project->m_readOnlyReason + "; open it once where it can be written",
                          FailureKind::ProjectReadOnly);
        if (readOnly && tables == 0)
            return refuse("is not a Kindred project (an empty SQLite database)");
        configureConnection(db, readOnly);
        if (version < kCurrentSchemaVersion && !readOnly)
            migrateSchema(db);
    } catch (const StoreError& error) {
        return refuse(error.what(), error.kind() == FailureKind::General ? FailureKind::ProjectUnusable : error.kind());
    } catch (const std::exception& error) {
        return refuse(error.what());
    }
    return project;
}

int Project::schemaVersion() const { return int(sql::queryInt(m_db, "PRAGMA user_version")); }

void Project::interrupt() const noexcept { sqlite3_interrupt(m_db); }

std::int64_t Project::dataVersion() const { return sql::queryInt(m_db, "PRAGMA data_version"); }

Project::ChangeMarks Project::changeMarks() const {
    ChangeMarks marks;
    marks.sources = sql::queryInt(m_db, "SELECT count(*) FROM sources");
    marks.lastSource = sql::queryInt(m_db, "SELECT coalesce(max(id), 0) FROM sources");
    marks.lastUser = sql::queryInt(m_db, "SELECT coalesce(max(id), 0) FROM users");
    marks.lastItem = sql::queryInt(m_db, "SELECT coalesce(max(id), 0) FROM items");
    marks.models = sql::queryInt(m_db, "SELECT count(*) FROM models");
    marks.lastModel = sql::queryInt(m_db, "SELECT coalesce(max(id), 0) FROM models");
    return marks;
}

std::string Project::ratingsFingerprint() const {
    const auto marks = changeMarks();
    sql::Statement summary(m_db, "SELECT coalesce(sum(ratings), 0), coalesce(sum(value_sum), 0) FROM rating_summary");
    summary.step();
    char valueSum[32];
    std::snprintf(valueSum, sizeof valueSum, "%.17g", summary.real(1)); // every bit: equal sums print equal
    return "ratings " + std::to_string(summary.int64(0)) + ", value sum " + valueSum + ", sources " +
           std::to_string(marks.sources) + "/" + std::to_string(marks.lastSource) + ", last user " +
           std::to_string(marks.lastUser) + ", last item " + std::to_string(marks.lastItem);
}

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
