#pragma once
// Status and Result: how the public core API reports failure without exceptions.
// Messages are written for a person: they name the file, line and problem.

#include <optional>
#include <string>
#include <utility>

namespace kindred {

class Status {
public:
    Status() = default; ///< success
    static Status success() { return Status(); }
    static Status failure(std::string message) { return Status(std::move(message)); }

    bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    /// Empty when ok(); otherwise what went wrong, e.g. "u.data:17: rating 'x' is not a number".
    const std::string& message() const noexcept { return m_message; }

private:
    explicit Status(std::string message) : m_failed(true), m_message(std::move(message)) {}
    bool m_failed = false;
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
