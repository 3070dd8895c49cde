#pragma once
// StoreError: what core throws when the project file cannot be read or written (SQLite failed).
// Public so that a program's last-resort handler can tell a busy, read-only or damaged project
// from other failures; the message is already worded for a person.

#include "kindred/common/Status.h"

#include <stdexcept>
#include <string>

namespace kindred {

class StoreError : public std::runtime_error {
public:
    /// sqliteCode: the (extended) SQLite result code, 0 when the failure is not SQLite's.
    explicit StoreError(const std::string& message, int sqliteCode = 0)
        : std::runtime_error(message), m_sqliteCode(sqliteCode) {}
    int sqliteCode() const noexcept { return m_sqliteCode; }
    /// Busy (locked), read-only, damaged (corrupt, not a database) or general.
    FailureKind kind() const noexcept;

private:
    int m_sqliteCode;
};

/// The kind of failure an SQLite result code stands for (primary code; extended codes accepted).
FailureKind failureKindOfSqliteCode(int sqliteCode) noexcept;

} // namespace kindred
