#include "FuzzImport.h"

#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include "store/ProjectInternals.h"
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <unordered_map>

namespace kindred::fuzz {

namespace {

[[noreturn]] void broken(const FuzzFormat& format, const std::string& what) {
    std::fprintf(stderr, "\n*** fuzz invariant broken (%s): %s\n", format.formatId.c_str(), what.c_str());
    std::fflush(stderr);
    std::abort();
}

void writeFile(const std::filesystem::path& file, std::string_view content) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), std::streamsize(content.size()));
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", file.c_str());
        std::abort();
    }
}

/// Where the per-process folder goes: $TMPDIR when set, else /dev/shm when there is one (files in
/// memory, as the project is: truncating files on a disk cost a tenth of each input), else the
/// system's temporary folder.
std::filesystem::path workFolderParent() {
    std::error_code ec;
    if (const char* tmpdir = std::getenv("TMPDIR"); tmpdir && *tmpdir)
        return tmpdir;
    if (std::filesystem::is_directory("/dev/shm", ec) && ::access("/dev/shm", W_OK) == 0)
        return "/dev/shm";
    return std::filesystem::temp_directory_path();
}

/// The per-process folder the input files are written to; removed at normal exit.
class WorkFolder {
public:
    WorkFolder() {
        std::string pattern = (workFolderParent() / "kindred-fuzz-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        m_path = pattern;
    }
    ~WorkFolder() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;

    /// Writes one input's parts as the format's files (the n-th part to the n-th name) and removes
    /// those a previous input wrote and this one does not have, with their folders once empty, so
    /// every input meets the folder a fresh process would. Only the format's files ever exist here;
    /// overwriting them in place saves the folder churn that cost a tenth of each input.
    const std::filesystem::path& write(const std::vector<std::string>& files,
                                       const std::vector<std::string_view>& parts) {
        for (std::size_t i = 0; i < files.size(); ++i) {
            const auto file = m_path / files[i];
            if (i < parts.size()) {
                writeFile(file, parts[i]);
                continue;
            }
            std::error_code ec;
            std::filesystem::remove(file, ec);
            for (auto folder = file.parent_path(); folder != m_path; folder = folder.parent_path())
                if (!std::filesystem::remove(folder, ec)) // only removes an empty folder
                    break;
        }
        return m_path;
    }

private:
    std::filesystem::path m_path;
};

WorkFolder& workFolder() {
    static WorkFolder folder;
    return folder;
}

/// The tables an import writes, children before parents (foreign keys stay on while clearing).
constexpr const char* kImportTables[] = {"ratings",   "rating_summary", "rating_values", "reviews", "user_links",
                                         "item_links", "item_tags",      "item_genres",   "items",   "users",
                                         "sources",    "domains"};

/// Prepared statements kept for the life of the process: the checks and the clearing run the same
/// queries on every input, and preparing them (PRAGMA integrity_check above all) cost more than a
/// small import. SQLite re-prepares a kept statement by itself when the schema changed.
class StatementCache {
public:
    explicit StatementCache(sqlite3* db) : m_db(db) {}
    ~StatementCache() {
        for (auto& [sql, statement] : m_statements)
            sqlite3_finalize(statement);
    }
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    sqlite3* db() const noexcept { return m_db; }

    /// The statement for `sql`, reset and ready to step; aborts when it does not prepare.
    sqlite3_stmt* get(const std::string& sql) {
        auto [it, inserted] = m_statements.try_emplace(sql, nullptr);
        if (inserted && sqlite3_prepare_v2(m_db, sql.c_str(), -1, &it->second, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "query failed: %s: %s\n", sql.c_str(), sqlite3_errmsg(m_db));
            std::abort();
        }
        sqlite3_reset(it->second);
        return it->second;
    }

private:
    sqlite3* m_db;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

/// One in-memory project per process: creating one (schema migrations) costs more than a small
/// import, so each input starts from this project emptied by clearProject() instead.
struct SharedProject {
    std::unique_ptr<Project> project;
    StatementCache queries; // declared after the project: finalized before it closes
};

SharedProject& sharedProject(const FuzzFormat& format) {
    static SharedProject shared = [&] {
        auto opened = Project::open(":memory:");
        if (!opened)
            broken(format, "cannot open an in-memory project: " + opened.status().message());
        sqlite3* db = rawHandle(*opened.value());
        return SharedProject{std::move(opened).value(), StatementCache(db)};
    }();
    return shared;
}

/// Runs a statement that returns no rows; aborts with the format's name when it fails.
void run(const FuzzFormat& format, StatementCache& queries, const std::string& sql) {
    sqlite3_stmt* statement = queries.get(sql);
    if (sqlite3_step(statement) != SQLITE_DONE)
        broken(format, "cannot run '" + sql + "' on the shared project: " + sqlite3_errmsg(queries.db()));
    sqlite3_reset(statement);
}

void clearProject(const FuzzFormat& format, StatementCache& queries) {
    run(format, queries, "BEGIN");
    for (const char* table : kImportTables)
        run(format, queries, std::string("DELETE FROM ") + table); // fixed names, not data
    run(format, queries, "COMMIT");
}

std::int64_t count(StatementCache& db, const std::string& sql) {
    sqlite3_stmt* statement = db.get(sql);
    const std::int64_t value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_reset(statement);
    return value;
}

/// Every row's first column, each followed by ';' (NULL as "NULL").
std::string text(StatementCache& db, const std::string& sql) {
    sqlite3_stmt* statement = db.get(sql);
    std::string out;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto* value = sqlite3_column_text(statement, 0);
        out += value ? reinterpret_cast<const char*>(value) : "NULL";
        out += ";";
    }
    sqlite3_reset(statement);
    return out;
}

struct Counts {
    std::int64_t users, items, ratings, domains, sources;
    bool operator==(const Counts&) const = default;
};

Counts counts(StatementCache& db) {
    return {count(db, "SELECT count(*) FROM users"), count(db, "SELECT count(*) FROM items"),
            count(db, "SELECT count(*) FROM ratings"), count(db, "SELECT count(*) FROM domains"),
            count(db, "SELECT count(*) FROM sources")};
}

std::string describe(const Counts& c) {
    return "users " + std::to_string(c.users) + ", items " + std::to_string(c.items) + ", ratings " +
           std::to_string(c.ratings) + ", domains " + std::to_string(c.domains) + ", sources " +
           std::to_string(c.sources);
}

std::int64_t totalRows(StatementCache& db) {
    std::int64_t total = 0;
    for (const char* table : kImportTables) {
        const std::string sql = std::string("SELECT count(*) FROM ") + table; // fixed names, not data
        total += count(db, sql);
    }
    return total;
}

void checkReport(const FuzzFormat& format, const ImportResult& result) {
    // The report is stored as JSON and shown as text: both must work on any input.
    try {
        if (!nlohmann::json::accept(result.report.toJson()))
            broken(format, "the cleaning report is not valid JSON");
        (void)result.report.toText();
    } catch (const std::exception& error) {
        broken(format, std::string("the cleaning report cannot be serialised: ") + error.what());
    }
}

/// What every successful import must leave, checked after each of the two.
void checkSuccessfulImport(const FuzzFormat& format, StatementCache& db, const ImportResult& result, const char* which) {
    if (count(db, "PRAGMA foreign_keys") != 1)
        broken(format, std::string(which) + " import left foreign keys off");
    if (result.report.rowsRejected > format.options.maxBadRows)
        broken(format, std::string(which) + " import kept going past maxBadRows");
}

/// The state after importing one input twice. Checked once, at the end: the second import replaces
/// exactly the first one's rows, so a dangling reference, a bad value or a summary the first left
/// wrong is still there (the summary is adjusted by differences, never recomputed), and the checks
/// cost more than the imports.
void checkFinalState(const FuzzFormat& format, StatementCache& db) {
    const auto violations = text(db, "PRAGMA foreign_key_check");
    if (!violations.empty())
        broken(format, "importing twice left dangling references: " + violations);
    const auto integrity = text(db, "PRAGMA integrity_check");
    if (integrity != "ok;")
        broken(format, "importing twice broke the database: " + integrity);
    if (count(db, "SELECT count(*) FROM ratings WHERE NOT (value BETWEEN 0 AND 1) OR raw_value != raw_value") != 0)
        broken(format, "importing twice stored a value outside 0..1 or a NaN");
    // The summary tables (what statistics read) equal a scan of the ratings.
    const char* bin = "min(CAST(value * 10 AS INTEGER), 9)";
    const std::string summary = text(db, "SELECT domain_id || ',' || user_id || ',' || ratings FROM rating_summary "
                                         "ORDER BY domain_id, user_id");
    const std::string values = text(db, "SELECT domain_id || ',' || source_id || ',' || raw_value || ',' || bin || ',' "
                                        "|| ratings FROM rating_values ORDER BY domain_id, source_id, raw_value, bin");
    const std::string scan = std::string("SELECT domain_id || ',' || source_id || ',' || raw_value || ',' || ") + bin +
                             " || ',' || count(*) FROM ratings GROUP BY domain_id, source_id, raw_value, " + bin +
                             " ORDER BY domain_id, source_id, raw_value, " + bin;
    if (summary != text(db, "SELECT domain_id || ',' || user_id || ',' || count(*) FROM ratings "
                            "GROUP BY domain_id, user_id ORDER BY domain_id, user_id") ||
        values != text(db, scan) || (count(db, "SELECT count(*) FROM ratings") > 0 && (summary.empty() || values.empty())))
        broken(format, "importing twice left the rating summary unequal to the ratings");
}

} // namespace

std::vector<std::string_view> splitOnMarker(std::string_view input) {
    std::vector<std::string_view> parts;
    std::size_t partStart = 0, lineStart = 0;
    while (lineStart <= input.size()) {
        const std::size_t newline = input.find('\n', lineStart);
        const std::size_t lineEnd = newline == std::string_view::npos ? input.size() : newline;
        std::string_view line = input.substr(lineStart, lineEnd - lineStart);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line == kFileMarker) {
            parts.push_back(input.substr(partStart, lineStart - partStart));
            partStart = newline == std::string_view::npos ? input.size() : newline + 1;
        }
        if (newline == std::string_view::npos)
            break;
        lineStart = newline + 1;
    }
    parts.push_back(input.substr(partStart));
    return parts;
}

int runImport(const FuzzFormat& format, const std::uint8_t* data, std::size_t size) {
    static const bool registered = [&] {
        for (const auto& known : supportedFormats())
            if (known.id == format.formatId)
                return true;
        std::fprintf(stderr, "warning: no importer has the id '%s' (yet): this target only exercises the "
                             "rejection of an unknown format\n", format.formatId.c_str());
        return false;
    }();
    (void)registered;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto& folder = workFolder().write(format.files, splitOnMarker(input));

    auto& [projectPointer, db] = sharedProject(format);
    Project& project = *projectPointer;
    // Empty at the start of every input: the previous one is cleared on every path below.
    struct ClearOnReturn {
        const FuzzFormat& format;
        StatementCache& db;
        ~ClearOnReturn() { clearProject(format, db); }
    } clearOnReturn{format, db};

    ImportOptions options = format.options;
    options.format = format.formatId;
    options.badRows = BadRowPolicy::Skip;
    const std::vector<std::filesystem::path> inputs = {format.passFolder ? folder : folder / format.files.front()};

    const auto first = importDataset(project, inputs, options);
    checkReport(format, first);
    if (!first.status) {
        const auto& message = first.status.message();
        if (message.empty())
            broken(format, "a failed import gave no message");
        // importDataset() maps ImportError to "file:line: problem"; anything else reaching its
        // generic handler is an exception an importer or the sink should not have let escape
        // (a logic error, an SQLite constraint, a library's parse error).
        if (message.rfind("unexpected error: ", 0) == 0)
            broken(format, "unexpected exception escaped the importer: " + message);
        if (totalRows(db) != 0)
            broken(format, "a failed import left rows behind: " + message);
        if (count(db, "PRAGMA foreign_keys") != 1)
            broken(format, "a failed import left foreign keys off");
        return 0;
    }
    checkSuccessfulImport(format, db, first, "first");
    const Counts afterFirst = counts(db);

    // The same files again: the re-import path (existing users, items and ratings) must accept
    // exactly what the first import accepted, and replace instead of duplicating.
    const auto second = importDataset(project, inputs, options);
    checkReport(format, second);
    if (!second.status)
        broken(format, "re-importing the same input failed: " + second.status.message());
    checkSuccessfulImport(format, db, second, "second");
    checkFinalState(format, db);
    Counts expected = afterFirst;
    expected.sources += 1;
    const Counts afterSecond = counts(db);
    if (!(afterSecond == expected))
        broken(format, "re-importing the same input changed the data: before " + describe(afterFirst) + "; after " +
                           describe(afterSecond));
    return 0;
}

} // namespace kindred::fuzz
