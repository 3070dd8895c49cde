#include "kindred/common/Progress.h"

namespace kindred {

ProgressToken::ProgressToken(Callback callback, std::chrono::milliseconds minInterval)
    : m_callback(std::move(callback))
    , m_minInterval(minInterval)
    , m_start(std::chrono::steady_clock::now())
    , m_phaseStart(m_start)
    , m_lastReport(m_start - minInterval) {}

void ProgressToken::requestCancel() noexcept {
    {
        // Changed under the pause mutex so a job between its check and its wait cannot miss it.
        std::lock_guard lock(m_pauseMutex);
        m_cancelled.store(true, std::memory_order_relaxed);
    }
    m_wake.notify_all();
}

void ProgressToken::resume() noexcept {
    {
        std::lock_guard lock(m_pauseMutex);
        m_paused.store(false, std::memory_order_relaxed);
    }
    m_wake.notify_all();
}

void ProgressToken::checkpoint() {
    if (isPaused()) {
        std::unique_lock lock(m_pauseMutex);
        m_wake.wait(lock, [this] { return !isPaused() || isCancelled(); });
    }
    throwIfCancelled();
}

void ProgressToken::throwIfCancelled() const {
    if (isCancelled())
        throw CancelledError();
}

void ProgressToken::report(ProgressEvent event, bool force) {
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (event.phase != m_phase) {
        // A new phase is always reported, so listeners see every phase name.
        m_phase = event.phase;
        m_phaseStart = now;
        force = true;
    }
    if (!force && now - m_lastReport < m_minInterval)
        return;
    m_lastReport = now;
    if (!m_callback)
        return;
    using Seconds = std::chrono::duration<double>;
    event.elapsedSeconds = Seconds(now - m_start).count();
    const double phaseSeconds = Seconds(now - m_phaseStart).count();
    if (event.total > 0 && event.done > 0 && event.done <= event.total && phaseSeconds > 0.05)
        event.etaSeconds = phaseSeconds * double(event.total - event.done) / double(event.done);
    m_callback(event);
}

} // namespace kindred
