#pragma once

#include "trafficschedule.h"

#include "bot/runtime/engine.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace linda {

enum class TrafficState { Idle, Running, Paused, Finished, Stopped };
QString trafficStateName(TrafficState state); // translated

// Counts of one traffic run; a value copied out of the source.
struct TrafficStats
{
    TrafficState state = TrafficState::Idle;
    qint64 planned = -1;   // items in the schedule, -1 when it has no end
    qint64 submitted = 0;  // taken by the engine's queue
    qint64 rejected = 0;   // queue full or stopped: not taken
    qint64 completed = 0;  // callbacks that ran
    qint64 replied = 0;    // of completed, those with a reply
    std::chrono::nanoseconds maxLag{}; // worst delay of a send after its intended time
};

// Feeds one schedule into an engine's work queue from a thread of its own.
// Each item is submitted at its intended time (start + offset, paused time
// excluded) without waiting for earlier replies. A source that falls behind
// submits the overdue items at once and reports the lag. start(), pause(),
// resume() and stop() may be called from any thread and return at once,
// apart from stop(), which joins the thread.
//
// The engine must outlive the source, or at least its stop(); callbacks
// that arrive after the source is destroyed only touch shared counters.
class TrafficSource
{
public:
    TrafficSource(Engine &engine, std::unique_ptr<TrafficSchedule> schedule);
    ~TrafficSource(); // stop()
    TrafficSource(const TrafficSource &) = delete;
    TrafficSource &operator=(const TrafficSource &) = delete;

    void start();
    void pause();
    void resume();
    void stop();
    // Blocks until the schedule is done or the source stopped; false when
    // timeout passed first.
    bool waitUntilDone(std::chrono::milliseconds timeout);

    TrafficStats stats() const;
    QString description() const { return m_description; }

private:
    struct Counters;
    void run();

    Engine &m_engine;
    std::unique_ptr<TrafficSchedule> m_schedule; // used by the thread only, after start()
    QString m_description;
    qint64 m_planned = -1;
    std::shared_ptr<Counters> m_counters;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    TrafficState m_state = TrafficState::Idle;       // guarded by m_mutex
    std::chrono::steady_clock::time_point m_pausedAt; // guarded by m_mutex
    std::chrono::nanoseconds m_pausedTotal{};         // guarded by m_mutex
    std::thread m_thread;
};

} // namespace linda
