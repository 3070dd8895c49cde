#pragma once
// ProgressToken: the one job token of every long core job (imports, training, search, projections,
// evaluation). It carries progress reports out of the job and pause / resume / cancel into it.
// The job (any thread) calls report() and checkpoint() (or throwIfCancelled()) between batches;
// the owner (any thread) calls pause(), resume() and requestCancel(). The callback runs on the
// job's thread, throttled to at most one call per minInterval except for forced reports, so it
// must be cheap and thread-safe.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>

namespace kindred {

struct ProgressEvent {
    std::string phase;        ///< what the job is doing now, e.g. "reading ratings.csv"
    std::uint64_t done = 0;   ///< units done in this phase
    std::uint64_t total = 0;  ///< units in this phase; 0 when unknown
    std::string unit;         ///< "bytes", "rows", "epochs", ...
    std::uint64_t rows = 0;   ///< rows (records) processed so far in the whole job
    double elapsedSeconds = 0;
    double etaSeconds = -1;   ///< estimated seconds left in this phase; -1 when unknown
};

/// Thrown inside core when a job notices that cancel was requested. Public API functions
/// catch it and return a Status whose message says the job was cancelled.
class CancelledError : public std::runtime_error {
public:
    CancelledError() : std::runtime_error("cancelled by the user") {}
};

class ProgressToken {
public:
    using Callback = std::function<void(const ProgressEvent&)>;

    explicit ProgressToken(Callback callback = {},
                           std::chrono::milliseconds minInterval = std::chrono::milliseconds(100));

    /// Thread-safe; the job stops at its next check (a paused job wakes up to stop).
    void requestCancel() noexcept;
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }
    /// Throws CancelledError when cancel was requested.
    void throwIfCancelled() const;
    /// Thread-safe. A paused job blocks at its next checkpoint() until resume() or requestCancel().
    void pause() noexcept { m_paused.store(true, std::memory_order_relaxed); }
    void resume() noexcept;
    bool isPaused() const noexcept { return m_paused.load(std::memory_order_relaxed); }
    /// Called by the job between batches: blocks while paused; throws CancelledError on cancel.
    void checkpoint();

    /// Fills elapsedSeconds and etaSeconds (from done/total and the phase's start) and calls the
    /// callback unless the last call was less than minInterval ago. The first event of a new
    /// phase, and forced ones, bypass the throttling.
    void report(ProgressEvent event, bool force = false);

private:
    Callback m_callback;
    std::chrono::milliseconds m_minInterval;
    std::atomic<bool> m_cancelled{false}, m_paused{false};
    std::mutex m_mutex;
    std::mutex m_pauseMutex; ///< guards the pause wait (changes of m_paused/m_cancelled notify under it)
    std::condition_variable m_wake;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_phaseStart;
    std::chrono::steady_clock::time_point m_lastReport;
    std::string m_phase;
};

} // namespace kindred
