#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class QTimer;

namespace linda::ui {

// Measures how late the GUI event loop serves a periodic timer. A timer set
// to fire every `interval` that fires after interval + d saw a stall of d.
// During d the event loop was busy with something else (painting, a model
// reset, a slot that blocks), or the thread was not scheduled at all.
// maxStall() is the worst d since reset().
//
// On a loaded machine most of d can be the scheduler's doing, so the probe
// also records the GUI thread's own CPU time between two ticks: maxBusy() is
// the longest stretch of work the event loop did without serving the timer.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{10};

    explicit StallProbe(QObject *parent = nullptr,
                        std::chrono::milliseconds interval = DefaultInterval);

    void start();
    void stop();
    bool isActive() const;
    void reset();

    // Records one timer tick at `now` on any monotonic clock, and the CPU
    // time the thread has used so far (negative when unknown). The timer
    // calls this with the probe's own clocks; tests call it with chosen times.
    void recordTick(std::chrono::nanoseconds now,
                    std::chrono::nanoseconds threadCpu = std::chrono::nanoseconds{-1});

    std::chrono::nanoseconds maxStall() const { return m_maxStall; }
    std::chrono::nanoseconds maxBusy() const { return m_maxBusy; }
    qint64 tickCount() const { return m_ticks; }

private:
    void onTimeout();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::chrono::nanoseconds m_interval;
    std::chrono::nanoseconds m_lastTick{-1};
    std::chrono::nanoseconds m_maxStall{0};
    std::chrono::nanoseconds m_lastCpu{-1};
    std::chrono::nanoseconds m_maxBusy{0};
    qint64 m_ticks = 0;
};

} // namespace linda::ui
