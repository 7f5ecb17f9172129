#include "stallprobe.h"

#include <QTimer>

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
    m_ticks = 0;
    m_lastTick = std::chrono::nanoseconds{-1};
}

void StallProbe::recordTick(std::chrono::nanoseconds now)
{
    ++m_ticks;
    if (m_lastTick.count() >= 0) {
        const auto lateness = now - m_lastTick - m_interval;
        if (lateness > m_maxStall)
            m_maxStall = lateness;
    }
    m_lastTick = now;
}

void StallProbe::onTimeout()
{
    recordTick(std::chrono::nanoseconds{m_clock.nsecsElapsed()});
}

} // namespace linda::ui
