#pragma once

#include <atomic>
#include <chrono>

namespace linda {

// Monotonic time source for sessions and the rate limiter. The engine uses
// the steady clock; tests pass a ManualClock and move time by hand.
class Clock
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Duration = std::chrono::steady_clock::duration;

    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;

    // The process-wide std::chrono::steady_clock.
    static const Clock &steady();
};

// A clock that does not move until advance() or setNow() moves it. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(TimePoint start = TimePoint{} + std::chrono::hours(1))
        : m_ticks(start.time_since_epoch().count())
    {
    }

    TimePoint now() const override { return TimePoint(Duration(m_ticks.load(std::memory_order_acquire))); }
    void advance(Duration by) { m_ticks.fetch_add(by.count(), std::memory_order_acq_rel); }
    void setNow(TimePoint t) { m_ticks.store(t.time_since_epoch().count(), std::memory_order_release); }

private:
    std::atomic<Duration::rep> m_ticks;
};

} // namespace linda
