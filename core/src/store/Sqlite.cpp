#include "Sqlite.h"

namespace kindred {

FailureKind failureKindOfSqliteCode(int sqliteCode) noexcept {
    switch (sqliteCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return FailureKind::ProjectBusy;
    case SQLITE_READONLY:
        return FailureKind::ProjectReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return FailureKind::ProjectUnusable;
    default:
        return FailureKind::General;
    }
}

FailureKind StoreError::kind() const noexcept { return failureKindOfSqliteCode(m_sqliteCode); }

} // namespace kindred

namespace kindred::sql {

std::string describeFailure(std::string_view what, int sqliteCode, std::string_view sqliteMessage) {
    const std::string detail = std::string(what) + ": " + std::string(sqliteMessage);
    switch (sqliteCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the project is busy: another program is writing to it (" + detail +
               "); try again when it has finished";
    case SQLITE_READONLY:
        return "the project is read-only (" + detail + "); copy it to a writable place to change it";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the project file is damaged (" + detail + "); restore it from a backup";
    case SQLITE_FULL:
        return "the disk is full (" + detail + "); free some space and try again";
    case SQLITE_IOERR:
        return "the project file cannot be read or written (" + detail + ")";
    default:
        return detail;
    }
}

namespace {
[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    const int code = sqlite3_extended_errcode(db);
    throw StoreError(describeFailure(what, code, sqlite3_errmsg(db)), code);
}
} // namespace

void exec(sqlite3* db, const char* sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        const int code = sqlite3_extended_errcode(db);
        throw StoreError(describeFailure("SQLite", code, message), code);
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    // prepare reads the schema: a damaged file can fail here already.
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "SQLite prepare failed for \"" + std::string(sql.substr(0, 80)) + "\"");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "SQLite bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "SQLite bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8) !=
        SQLITE_OK)
        fail(m_db, "SQLite bind");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    if (sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "SQLite bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db, "SQLite bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, "SQLite step");
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::string Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::string readBlob(sqlite3* db, const char* table, const char* column, std::int64_t rowid) {
    sqlite3_blob* blob = nullptr;
    const auto fail = [&](int rc) {
        const int code = rc == SQLITE_ERROR ? sqlite3_extended_errcode(db) : rc;
        const std::string message = sqlite3_errmsg(db); // before closing resets it
        if (blob)
            sqlite3_blob_close(blob);
        throw StoreError(describeFailure(std::string("reading ") + table + "." + column, code, message), code);
    };
    if (const int rc = sqlite3_blob_open(db, "main", table, column, rowid, 0, &blob); rc != SQLITE_OK)
        fail(rc);
    std::string bytes(std::size_t(sqlite3_blob_bytes(blob)), '\0');
    if (const int rc = sqlite3_blob_read(blob, bytes.data(), int(bytes.size()), 0); rc != SQLITE_OK)
        fail(rc);
    sqlite3_blob_close(blob);
    return bytes;
}

std::int64_t queryInt(sqlite3* db, std::string_view sql, std::int64_t fallback) {
    Statement statement(db, sql);
    return statement.step() && !statement.isNull(0) ? statement.int64(0) : fallback;
}

Transaction::Transaction(sqlite3* db) : m_db(db) { exec(db, "BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!m_done)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    exec(m_db, "COMMIT");
    m_done = true;
}

} // namespace kindred::sql
