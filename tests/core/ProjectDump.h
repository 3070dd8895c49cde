#pragma once
// Helpers for tests that must prove a project file is exactly as it was: a full textual dump of a
// database (schema, user_version, every row of every table), and the integrity/foreign-key checks.

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace kindred::test {

namespace detail {

inline std::string columnText(sqlite3_stmt* stmt, int column) {
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        return "NULL";
    case SQLITE_INTEGER:
        return "i:" + std::to_string(sqlite3_column_int64(stmt, column));
    case SQLITE_FLOAT: {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "r:%.17g", sqlite3_column_double(stmt, column));
        return buffer;
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(stmt, column));
        const int size = sqlite3_column_bytes(stmt, column);
        std::string out = "x:";
        static constexpr char kHex[] = "0123456789abcdef";
        for (int i = 0; i < size; ++i) {
            out.push_back(kHex[bytes[i] >> 4]);
            out.push_back(kHex[bytes[i] & 15]);
        }
        return out;
    }
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return "t:'" + std::string(text, std::size_t(sqlite3_column_bytes(stmt, column))) + "'";
    }
    }
}

/// Runs a query and returns each row as "a|b|c".
inline std::vector<std::string> rows(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error("test query failed: " + sql + ": " + sqlite3_errmsg(db));
    std::vector<std::string> result;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            if (c)
                row.push_back('|');
            row += columnText(stmt, c);
        }
        result.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        throw std::runtime_error("test query failed: " + sql + ": " + sqlite3_errmsg(db));
    return result;
}

inline std::string quoteIdentifier(const std::string& name) {
    std::string out = "\"";
    for (const char c : name) {
        out.push_back(c);
        if (c == '"')
            out.push_back('"');
    }
    return out + "\"";
}

} // namespace detail

/// Every row of a query, "a|b|c" per row (typed: i:, r:, t:'', x:, NULL).
inline std::vector<std::string> queryRows(sqlite3* db, const std::string& sql) { return detail::rows(db, sql); }

/// The first column of the first row as an integer (0 when no row).
inline std::int64_t queryInt(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error("test query failed: " + sql + ": " + sqlite3_errmsg(db));
    std::int64_t value = 0;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

/// The whole database as text: user_version, sqlite_schema in its own order, then for each table
/// (in sqlite_schema order) its row count and every row, sorted. Two dumps are equal exactly
/// when the stored data and schema are equal.
inline std::string dumpDatabase(sqlite3* db) {
    std::string out = "user_version=" + std::to_string(queryInt(db, "PRAGMA user_version")) + "\n";
    for (const auto& row : detail::rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid"))
        out += "schema " + row + "\n";
    std::vector<std::string> tables;
    {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid", -1, &stmt,
                           nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    for (const auto& table : tables) {
        // Test-only SQL: the table names come from sqlite_schema, quoted as identifiers.
        auto data = detail::rows(db, "SELECT * FROM " + detail::quoteIdentifier(table));
        std::sort(data.begin(), data.end());
        out += "table " + table + " count=" + std::to_string(data.size()) + "\n";
        for (const auto& row : data)
            out += "  " + row + "\n";
    }
    return out;
}

/// Opens `file` read-only on a fresh connection and dumps it.
inline std::string dumpDatabaseFile(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close_v2(db);
        throw std::runtime_error(file.string() + ": " + message);
    }
    std::string dump;
    try {
        dump = dumpDatabase(db);
    } catch (...) {
        sqlite3_close_v2(db);
        throw;
    }
    sqlite3_close_v2(db);
    return dump;
}

/// PRAGMA integrity_check output joined by newlines: "ok" for a sound file.
inline std::string integrityCheck(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK)
        return std::string("cannot run integrity_check: ") + sqlite3_errmsg(db);
    std::string out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        if (!out.empty())
            out.push_back('\n');
        out += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return out;
}

/// PRAGMA foreign_key_check rows; empty when every reference resolves.
inline std::vector<std::string> foreignKeyViolations(sqlite3* db) {
    return detail::rows(db, "PRAGMA foreign_key_check");
}

} // namespace kindred::test
