#pragma once

#include "ringbuffer.h"

#include "bot/runtime/clock.h"
#include "bot/runtime/metrics.h"

#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>

namespace linda {

// The engine's health over one sampling interval (normally one second).
// Rates and latencies cover the interval only; gauges are the values at
// the end of it.
struct HealthSample
{
    qint64 atMs = 0;             // sampler clock, ms since the sampler was created
    qint64 wallClockMs = 0;      // QDateTime::currentMSecsSinceEpoch() at the tick, for chart axes
    double intervalSeconds = 0;  // length of the interval, > 0
    double messagesPerSecond = 0; // received by the engine
    double repliesPerSecond = 0;
    quint64 handled = 0;         // latency observations in the interval
    double p50Ms = 0;            // handling latency percentiles in the interval, 0 when nothing was handled
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double queueWaitP95Ms = 0;   // submit to start of handling
    qint64 queueDepth = 0;       // tasks waiting at the end of the interval
    qint64 busyWorkers = 0;
    qint64 workers = 0;
    qint64 sessions = 0;         // active chat sessions
    int rateLimitedSenders = 0;  // distinct senders limited in the interval
    quint64 rateLimited = 0;     // messages limited in the interval
    quint64 errors = 0;          // internal errors in the interval
    quint64 errorsTotal = 0;     // since the engine started or the counters were reset
    double errorRatePercent = 0; // errors / received in the interval, 0..100
    qint64 heapBytes = 0;        // glibc heap in use; 0 when unknown
    qint64 rssBytes = 0;         // resident set size; 0 when unknown
    double heapGrowthMB = 0;     // heap minus the heap at the first sample (or reset), MB = 2^20 bytes
};

// Later minus earlier, per bucket: the values recorded between the two
// snapshots. A counter that went backwards (the metrics were reset) counts
// from zero. min and max become the bounds of the lowest and highest
// non-empty bucket, so quantiles keep the histogram's precision.
HistogramSnapshot histogramDelta(const HistogramSnapshot &later, const HistogramSnapshot &earlier);
quint64 counterDelta(quint64 later, quint64 earlier);

// Turns periodic engine snapshots into HealthSamples and keeps the last
// `capacity` of them. tick() is what the 1 s QTimer calls; tests call it
// with a ManualClock. Thread use: tick() and series() on one thread;
// noteRateLimited() from any thread (engine workers publish the events).
class HealthSampler
{
public:
    struct Inputs
    {
        std::function<MetricsSnapshot()> metrics;
        std::function<qint64()> heapBytes; // may be empty: reported as 0
        std::function<qint64()> rssBytes;  // may be empty: reported as 0
    };

    static constexpr std::chrono::seconds defaultInterval{1};
    static constexpr qsizetype defaultCapacity = 600; // ten minutes at one sample per second

    HealthSampler(Inputs inputs, const Clock &clock = Clock::steady(), qsizetype capacity = defaultCapacity);

    // Reads the inputs and returns the figures since the previous tick; the
    // first tick only sets the starting point and returns nullopt.
    std::optional<HealthSample> tick();

    // Forgets the previous snapshot and the heap baseline, e.g. after the
    // counters were reset or the engine restarted. The series stays.
    void restart();
    void setInputs(Inputs inputs);

    void noteRateLimited(const QString &sender);

    const RingBuffer<HealthSample> &series() const { return m_series; }
    void clearSeries() { m_series.clear(); }

private:
    Inputs m_inputs;
    const Clock &m_clock;
    Clock::TimePoint m_origin;
    std::optional<MetricsSnapshot> m_previous;
    Clock::TimePoint m_previousAt;
    std::optional<qint64> m_heapBaseline;
    RingBuffer<HealthSample> m_series;

    std::mutex m_limitedMutex;
    QSet<QString> m_limitedSenders; // since the last tick; cleared by tick()
};

} // namespace linda
