#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class QTimer;

namespace linda::ui {

// Measures how late the GUI event loop serves a periodic timer. A timer set
// to fire every `interval` that fires after interval + d saw a stall of d:
// for d the event loop was busy with something else (painting, a model
// reset, a slot that blocks). maxStall() is the worst d since reset().
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

    // Records one timer tick at `now` on any monotonic clock. The timer calls
    // this with the probe's own clock; tests call it with chosen times.
    void recordTick(std::chrono::nanoseconds now);

    std::chrono::nanoseconds maxStall() const { return m_maxStall; }
    qint64 tickCount() const { return m_ticks; }

private:
    void onTimeout();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::chrono::nanoseconds m_interval;
    std::chrono::nanoseconds m_lastTick{-1};
    std::chrono::nanoseconds m_maxStall{0};
    qint64 m_ticks = 0;
};

} // namespace linda::ui
