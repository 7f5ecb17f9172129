#include "trafficsource.h"

#include <QCoreApplication>

namespace linda {

QString trafficStateName(TrafficState state)
{
    switch (state) {
    case TrafficState::Idle:
        return QCoreApplication::translate("linda::TrafficSource", "idle");
    case TrafficState::Running:
        return QCoreApplication::translate("linda::TrafficSource", "running");
    case TrafficState::Paused:
        return QCoreApplication::translate("linda::TrafficSource", "paused");
    case TrafficState::Finished:
        return QCoreApplication::translate("linda::TrafficSource", "finished");
    case TrafficState::Stopped:
        return QCoreApplication::translate("linda::TrafficSource", "stopped");
    }
    return {};
}

// Shared with the engine callbacks, which may run after the source is gone.
struct TrafficSource::Counters
{
    std::atomic<qint64> submitted{0};
    std::atomic<qint64> rejected{0};
    std::atomic<qint64> completed{0};
    std::atomic<qint64> replied{0};
    std::atomic<qint64> maxLagNs{0};
};

TrafficSource::TrafficSource(Engine &engine, std::unique_ptr<TrafficSchedule> schedule)
    : m_engine(engine)
    , m_schedule(std::move(schedule))
    , m_description(m_schedule->describe())
    , m_planned(m_schedule->plannedCount())
    , m_counters(std::make_shared<Counters>())
{
}

TrafficSource::~TrafficSource()
{
    stop();
}

void TrafficSource::start()
{
    std::lock_guard lock(m_mutex);
    if (m_state != TrafficState::Idle)
        return;
    m_state = TrafficState::Running;
    m_thread = std::thread([this] { run(); });
}

void TrafficSource::pause()
{
    std::lock_guard lock(m_mutex);
    if (m_state != TrafficState::Running)
        return;
    m_state = TrafficState::Paused;
    m_pausedAt = std::chrono::steady_clock::now();
    m_changed.notify_all();
}

void TrafficSource::resume()
{
    std::lock_guard lock(m_mutex);
    if (m_state != TrafficState::Paused)
        return;
    m_pausedTotal += std::chrono::steady_clock::now() - m_pausedAt;
    m_state = TrafficState::Running;
    m_changed.notify_all();
}

void TrafficSource::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state == TrafficState::Running || m_state == TrafficState::Paused || m_state == TrafficState::Idle)
            m_state = TrafficState::Stopped;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

bool TrafficSource::waitUntilDone(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [this] {
        return m_state == TrafficState::Finished || m_state == TrafficState::Stopped;
    });
}

TrafficStats TrafficSource::stats() const
{
    TrafficStats stats;
    {
        std::lock_guard lock(m_mutex);
        stats.state = m_state;
    }
    stats.planned = m_planned;
    stats.submitted = m_counters->submitted.load(std::memory_order_relaxed);
    stats.rejected = m_counters->rejected.load(std::memory_order_relaxed);
    stats.completed = m_counters->completed.load(std::memory_order_relaxed);
    stats.replied = m_counters->replied.load(std::memory_order_relaxed);
    stats.maxLag = std::chrono::nanoseconds(m_counters->maxLagNs.load(std::memory_order_relaxed));
    return stats;
}

void TrafficSource::run()
{
    using SteadyClock = std::chrono::steady_clock;
    const SteadyClock::time_point start = SteadyClock::now();
    const std::shared_ptr<Counters> counters = m_counters;
    const Engine::Callback callback = [counters](const HandleResult &result) {
        counters->completed.fetch_add(1, std::memory_order_relaxed);
        if (result.reply)
            counters->replied.fetch_add(1, std::memory_order_relaxed);
    };

    while (std::optional<TrafficItem> item = m_schedule->next()) {
        {
            std::unique_lock lock(m_mutex);
            // Wait for the item's time, staying responsive to pause and stop.
            // Paused time moves every later intended time back.
            for (;;) {
                if (m_state == TrafficState::Stopped)
                    return;
                if (m_state == TrafficState::Paused) {
                    m_changed.wait(lock);
                    continue;
                }
                const SteadyClock::time_point due = start + m_pausedTotal + item->offset;
                if (SteadyClock::now() >= due)
                    break;
                m_changed.wait_until(lock, due);
            }
            const auto lag = SteadyClock::now() - (start + m_pausedTotal + item->offset);
            if (lag.count() > counters->maxLagNs.load(std::memory_order_relaxed))
                counters->maxLagNs.store(lag.count(), std::memory_order_relaxed);
        }
        // A full queue rejects at once instead of blocking the schedule.
        if (m_engine.submit(std::move(item->message), callback) == SubmitResult::Accepted)
            counters->submitted.fetch_add(1, std::memory_order_relaxed);
        else
            counters->rejected.fetch_add(1, std::memory_order_relaxed);
    }
    std::lock_guard lock(m_mutex);
    if (m_state != TrafficState::Stopped)
        m_state = TrafficState::Finished;
    m_changed.notify_all();
}

} // namespace linda
