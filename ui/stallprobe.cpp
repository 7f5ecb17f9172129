#include "stallprobe.h"

#include <QTimer>

#include <ctime>

namespace linda::ui {

StallProbe::StallProbe(QObject *parent, std::chrono::milliseconds interval)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_interval(interval)
{
    // A coarse timer may fire up to 5 % late by design; the precise one
    // makes lateness mean event-loop load, not timer slack.
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &StallProbe::onTimeout);
}

void StallProbe::start()
{
    m_clock.start();
    m_lastTick = std::chrono::nanoseconds{-1};
    m_lastCpu = std::chrono::nanoseconds{-1};
    m_timer->start();
}

void StallProbe::stop()
{
    m_timer->stop();
}

bool StallProbe::isActive() const
{
    return m_timer->isActive();
}

void StallProbe::reset()
{
    m_maxStall = std::chrono::nanoseconds{0};
    m_maxBusy = std::chrono::nanoseconds{0};
    m_lastCpu = std::chrono::nanoseconds{-1};
    m_ticks = 0;
    m_lastTick = std::chrono::nanoseconds{-1};
}

void StallProbe::recordTick(std::chrono::nanoseconds now, std::chrono::nanoseconds threadCpu)
{
    ++m_ticks;
    if (threadCpu.count() >= 0 && m_lastCpu.count() >= 0) {
        const auto busy = threadCpu - m_lastCpu;
        if (busy > m_maxBusy)
            m_maxBusy = busy;
    }
    m_lastCpu = threadCpu;
    if (m_lastTick.count() >= 0) {
        const auto lateness = now - m_lastTick - m_interval;
        if (lateness > m_maxStall)
            m_maxStall = lateness;
    }
    m_lastTick = now;
}

namespace {

// CPU time of the calling thread; -1 ns where the clock is not available.
std::chrono::nanoseconds threadCpuTime()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return std::chrono::nanoseconds{-1};
    return std::chrono::seconds{ts.tv_sec} + std::chrono::nanoseconds{ts.tv_nsec};
}

} // namespace

void StallProbe::onTimeout()
{
    recordTick(std::chrono::nanoseconds{m_clock.nsecsElapsed()}, threadCpuTime());
}

} // namespace linda::ui
