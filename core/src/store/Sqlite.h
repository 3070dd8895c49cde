#pragma once
// Thin RAII helpers over the SQLite C API for core internals. Every statement is prepared and
// bound; no SQL is built from data. Errors throw StoreError carrying sqlite's message and code;
// a busy, read-only or damaged project is said in words a person can act on.

#include "kindred/store/StoreError.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kindred::sql {

using StoreError = kindred::StoreError;

/// "what: sqlite's message", reworded for a busy, read-only, full or damaged project.
std::string describeFailure(std::string_view what, int sqliteCode, std::string_view sqliteMessage);

/// Runs one or more statements without results; throws StoreError on failure.
void exec(sqlite3* db, const char* sql);

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    // Bind by 1-based index; text is copied by SQLite (SQLITE_TRANSIENT).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);
    /// Binds bytes as a BLOB (copied).
    Statement& bindBlob(int index, std::string_view bytes);
    template <class T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Advances; true while a row is available.
    bool step();
    /// Steps a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::int64_t int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::string text(int column) const;
    std::string blob(int column) const;
    /// The BLOB's bytes without a copy: valid until the next step(), reset() or column read.
    std::string_view blobView(int column) const {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// The whole BLOB in `column` of the row `rowid` of `table`, by incremental I/O: read straight
/// into the string, without the copy sqlite3_column_blob makes first of a value that overflows
/// its page (a model of 142 MB: 0.14 s instead of 0.23 s). Throws StoreError when the row is
/// missing or the read fails. `table` and `column` are names from code, never from data.
std::string readBlob(sqlite3* db, const char* table, const char* column, std::int64_t rowid);

/// Single-value query helper: the first column of the first row, or fallback when no row.
std::int64_t queryInt(sqlite3* db, std::string_view sql, std::int64_t fallback = 0);

/// Begins an IMMEDIATE transaction; rolls back in the destructor unless commit() was called.
class Transaction {
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    void commit();

private:
    sqlite3* m_db;
    bool m_done = false;
};

} // namespace kindred::sql
