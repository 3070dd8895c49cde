#pragma once
// Status and Result: how the public core API reports failure without exceptions.
// Messages are written for a person: they name the file, line and problem.

#include <optional>
#include <string>
#include <utility>

namespace kindred {

/// What kind of failure a Status reports, for callers that react differently to each (the CLI's
/// exit codes, the GUI's wording). The message always says it in words as well.
enum class FailureKind {
    General,         ///< bad input or a failed job
    ProjectBusy,     ///< another connection is writing to the project: try again when it has finished
    ProjectReadOnly, ///< the project cannot be written (opened read-only, permissions, read-only storage)
    ProjectUnusable, ///< not a usable project file: damaged, truncated, empty, foreign or from a newer Kindred
};

class Status {
public:
    Status() = default; ///< success
    static Status success() { return Status(); }
    static Status failure(std::string message, FailureKind kind = FailureKind::General) {
        return Status(std::move(message), kind);
    }

    bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    /// Empty when ok(); otherwise what went wrong, e.g. "u.data:17: rating 'x' is not a number".
    const std::string& message() const noexcept { return m_message; }
    /// General when ok().
    FailureKind kind() const noexcept { return m_kind; }

private:
    Status(std::string message, FailureKind kind) : m_failed(true), m_kind(kind), m_message(std::move(message)) {}
    bool m_failed = false;
    FailureKind m_kind = FailureKind::General;
    std::string m_message;
};

/// A value or the Status that explains why there is none.
template <class T> class Result {
public:
    Result(T value) : m_value(std::move(value)), m_status(Status::success()) {}
    Result(Status failure) : m_status(std::move(failure)) {}

    bool ok() const noexcept { return m_value.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    const Status& status() const noexcept { return m_status; }
    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace kindred
