#include "FuzzImport.h"

#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

namespace kindred::fuzz {

namespace {

[[noreturn]] void broken(const FuzzFormat& format, const std::string& what) {
    std::fprintf(stderr, "\n*** fuzz invariant broken (%s): %s\n", format.formatId.c_str(), what.c_str());
    std::fflush(stderr);
    std::abort();
}

/// The per-process folder the input files are written to; removed at normal exit.
class WorkFolder {
public:
    WorkFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "kindred-fuzz-XXXXXX").string();
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

    /// Empties the folder (a previous input's files must not leak into this one).
    const std::filesystem::path& fresh() {
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(m_path, ec))
            std::filesystem::remove_all(entry.path(), ec);
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

/// One in-memory project per process: creating one (schema migrations) costs more than a small
/// import, so each input starts from this project emptied by clearProject() instead.
Project& sharedProject(const FuzzFormat& format) {
    static std::unique_ptr<Project> project = [&] {
        auto opened = Project::open(":memory:");
        if (!opened)
            broken(format, "cannot open an in-memory project: " + opened.status().message());
        return std::move(opened).value();
    }();
    return *project;
}

void clearProject(const FuzzFormat& format, sqlite3* db) {
    std::string sql = "BEGIN;";
    for (const char* table : kImportTables)
        sql += std::string("DELETE FROM ") + table + ";"; // fixed names, not data
    sql += "COMMIT;";
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        broken(format, "cannot empty the shared project: " + message);
    }
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

std::int64_t count(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "query failed: %s: %s\n", sql, sqlite3_errmsg(db));
        std::abort();
    }
    std::int64_t value = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

std::string text(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* value = sqlite3_column_text(stmt, 0);
            out += value ? reinterpret_cast<const char*>(value) : "NULL";
            out += ";";
        }
    }
    sqlite3_finalize(stmt);
    return out;
}

struct Counts {
    std::int64_t users, items, ratings, domains, sources;
    bool operator==(const Counts&) const = default;
};

Counts counts(sqlite3* db) {
    return {count(db, "SELECT count(*) FROM users"), count(db, "SELECT count(*) FROM items"),
            count(db, "SELECT count(*) FROM ratings"), count(db, "SELECT count(*) FROM domains"),
            count(db, "SELECT count(*) FROM sources")};
}

std::string describe(const Counts& c) {
    return "users " + std::to_string(c.users) + ", items " + std::to_string(c.items) + ", ratings " +
           std::to_string(c.ratings) + ", domains " + std::to_string(c.domains) + ", sources " +
           std::to_string(c.sources);
}

std::int64_t totalRows(sqlite3* db) {
    std::int64_t total = 0;
    for (const char* table : kImportTables) {
        const std::string sql = std::string("SELECT count(*) FROM ") + table; // fixed names, not data
        total += count(db, sql.c_str());
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

void checkSuccessfulImport(const FuzzFormat& format, sqlite3* db, const ImportResult& result, const char* which) {
    const auto violations = text(db, "PRAGMA foreign_key_check");
    if (!violations.empty())
        broken(format, std::string(which) + " import left dangling references: " + violations);
    const auto integrity = text(db, "PRAGMA integrity_check");
    if (integrity != "ok;")
        broken(format, std::string(which) + " import broke the database: " + integrity);
    if (count(db, "PRAGMA foreign_keys") != 1)
        broken(format, std::string(which) + " import left foreign keys off");
    if (count(db, "SELECT count(*) FROM ratings WHERE NOT (value BETWEEN 0 AND 1) OR raw_value != raw_value") != 0)
        broken(format, std::string(which) + " import stored a value outside 0..1 or a NaN");
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
        values != text(db, scan.c_str()) ||
        (count(db, "SELECT count(*) FROM ratings") > 0 && (summary.empty() || values.empty())))
        broken(format, std::string(which) + " import left the rating summary unequal to the ratings");
    if (result.report.rowsRejected > format.options.maxBadRows)
        broken(format, std::string(which) + " import kept going past maxBadRows");
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
    const auto& folder = workFolder().fresh();
    const auto parts = splitOnMarker(input);
    for (std::size_t i = 0; i < parts.size() && i < format.files.size(); ++i)
        writeFile(folder / format.files[i], parts[i]);

    Project& project = sharedProject(format);
    sqlite3* db = project.handle();
    // Empty at the start of every input: the previous one is cleared on every path below.
    struct ClearOnReturn {
        const FuzzFormat& format;
        sqlite3* db;
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
    Counts expected = afterFirst;
    expected.sources += 1;
    const Counts afterSecond = counts(db);
    if (!(afterSecond == expected))
        broken(format, "re-importing the same input changed the data: before " + describe(afterFirst) + "; after " +
                           describe(afterSecond));
    return 0;
}

} // namespace kindred::fuzz
