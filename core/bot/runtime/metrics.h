#pragma once

#include "latencyhistogram.h"

#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <atomic>
#include <mutex>

namespace linda {

enum class Counter {
    Received,      // messages given to handle()
    Replied,       // messages that got a reply
    Ignored,       // never answered by design: status broadcasts, reactions, undecryptable, own messages
    Invalid,       // failed validation (no chat, no sender, ...)
    RateLimited,   // dropped or answered with the notice by the rate limiter
    SessionLimit,  // rejected because the session cap was reached
    Commands,      // routed to a command handler
    CommandErrors, // command handler reported an error to the user
    Errors,        // internal errors: store failures, exceptions
    LogWriteFailures,
    Count_
};

enum class Gauge { QueueDepth, QueueMaxDepth, BusyWorkers, Workers, Sessions, LogBacklog, Count_ };

enum class Histogram {
    Handle,     // handle() from entry to reply, on the handling thread
    Command,    // command parse + handler
    QueueWait,  // submit() to the start of handling on a worker
    LogCommit,  // one grouped log transaction
    Count_
};

QString counterName(Counter c);     // "received", ...
QString gaugeName(Gauge g);         // "queue_depth", ...
QString histogramName(Histogram h); // "handle", ...

// A copy of every metric at one moment. A value type, safe to pass between threads.
struct MetricsSnapshot
{
    qint64 takenAtMs = 0; // QDateTime::currentMSecsSinceEpoch() when taken
    std::array<quint64, std::size_t(Counter::Count_)> counters{};
    std::array<qint64, std::size_t(Gauge::Count_)> gauges{};
    std::array<HistogramSnapshot, std::size_t(Histogram::Count_)> histograms;
    QList<QPair<QString, quint64>> byMessageType; // registration order

    quint64 counter(Counter c) const { return counters[std::size_t(c)]; }
    qint64 gauge(Gauge g) const { return gauges[std::size_t(g)]; }
    const HistogramSnapshot &histogram(Histogram h) const { return histograms[std::size_t(h)]; }
};

// The engine's metrics. Every update is a relaxed atomic operation, so any
// thread may update or read at any time without locks; snapshot() copies
// the histograms (about 19 KB each), so sample it at GUI rates, not per
// message.
class Metrics
{
public:
    static constexpr int MaxMessageTypes = 32;

    void add(Counter c, quint64 n = 1) { m_counters[std::size_t(c)].fetch_add(n, std::memory_order_relaxed); }
    quint64 value(Counter c) const { return m_counters[std::size_t(c)].load(std::memory_order_relaxed); }
    void set(Gauge g, qint64 v) { m_gauges[std::size_t(g)].store(v, std::memory_order_relaxed); }
    qint64 value(Gauge g) const { return m_gauges[std::size_t(g)].load(std::memory_order_relaxed); }
    LatencyHistogram &histogram(Histogram h) { return m_histograms[std::size_t(h)]; }
    const LatencyHistogram &histogram(Histogram h) const { return m_histograms[std::size_t(h)]; }

    // Registers a message type name and returns its index for countType(),
    // or the existing index for a known name; -1 when MaxMessageTypes are taken.
    int registerType(const QString &name);
    void countType(int index);

    MetricsSnapshot snapshot() const;
    void reset();

private:
    std::array<std::atomic<quint64>, std::size_t(Counter::Count_)> m_counters{};
    std::array<std::atomic<qint64>, std::size_t(Gauge::Count_)> m_gauges{};
    std::array<LatencyHistogram, std::size_t(Histogram::Count_)> m_histograms;
    std::array<std::atomic<quint64>, MaxMessageTypes> m_typeCounts{};
    mutable std::mutex m_typeMutex; // guards m_typeNames growth
    QList<QString> m_typeNames;
    std::atomic<int> m_typeCount{0};
};

// Renders a snapshot in the Prometheus text exposition format (version
// 0.0.4): counters as linda_<name>_total, gauges as linda_<name>, and each
// histogram as a summary linda_<name>_seconds with quantiles 0.5, 0.95,
// 0.99 and 1, plus _sum and _count.
QString toPrometheusText(const MetricsSnapshot &snapshot);

} // namespace linda
