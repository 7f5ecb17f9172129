#include "healthsampler.h"

#include "bot/runtime/latencyhistogram.h"

#include <QDateTime>

namespace linda {

namespace {

constexpr double nsPerMs = 1e6;
constexpr double bytesPerMB = 1024.0 * 1024.0;

} // namespace

quint64 counterDelta(quint64 later, quint64 earlier)
{
    return later >= earlier ? later - earlier : later;
}

HistogramSnapshot histogramDelta(const HistogramSnapshot &later, const HistogramSnapshot &earlier)
{
    HistogramSnapshot delta;
    delta.buckets.assign(later.buckets.size(), 0);
    // A reset between the snapshots shows as a smaller total count; then
    // everything in `later` is new.
    const bool reset = later.count < earlier.count;
    std::optional<std::size_t> lowest;
    std::size_t highest = 0;
    for (std::size_t i = 0; i < later.buckets.size(); ++i) {
        const quint64 before = (!reset && i < earlier.buckets.size()) ? earlier.buckets[i] : 0;
        const quint64 n = counterDelta(later.buckets[i], before);
        delta.buckets[i] = n;
        delta.count += n;
        if (n > 0) {
            if (!lowest)
                lowest = i;
            highest = i;
        }
    }
    delta.sum = reset ? later.sum : counterDelta(later.sum, earlier.sum);
    if (lowest) {
        delta.min = LatencyHistogram::bucketLowerBound(*lowest);
        delta.max = LatencyHistogram::bucketUpperBound(highest);
    }
    return delta;
}

HealthSampler::HealthSampler(Inputs inputs, const Clock &clock, qsizetype capacity)
    : m_inputs(std::move(inputs))
    , m_clock(clock)
    , m_origin(clock.now())
    , m_series(capacity)
{
}

void HealthSampler::restart()
{
    m_previous.reset();
    m_heapBaseline.reset();
}

void HealthSampler::setInputs(Inputs inputs)
{
    m_inputs = std::move(inputs);
    restart();
}

void HealthSampler::noteRateLimited(const QString &sender)
{
    std::lock_guard lock(m_limitedMutex);
    m_limitedSenders.insert(sender);
}

std::optional<HealthSample> HealthSampler::tick()
{
    if (!m_inputs.metrics)
        return std::nullopt;
    const Clock::TimePoint now = m_clock.now();
    MetricsSnapshot current = m_inputs.metrics();
    const qint64 heap = m_inputs.heapBytes ? m_inputs.heapBytes() : 0;
    const qint64 rss = m_inputs.rssBytes ? m_inputs.rssBytes() : 0;
    int limitedSenders = 0;
    {
        std::lock_guard lock(m_limitedMutex);
        limitedSenders = int(m_limitedSenders.size());
        m_limitedSenders.clear();
    }
    if (!m_heapBaseline)
        m_heapBaseline = heap;

    if (!m_previous || now <= m_previousAt) {
        m_previous = std::move(current);
        m_previousAt = now;
        return std::nullopt;
    }

    const MetricsSnapshot &before = *m_previous;
    HealthSample s;
    s.atMs = std::chrono::duration_cast<std::chrono::milliseconds>(now - m_origin).count();
    s.wallClockMs = QDateTime::currentMSecsSinceEpoch();
    s.intervalSeconds = std::chrono::duration<double>(now - m_previousAt).count();
    const auto delta = [&](Counter c) { return counterDelta(current.counter(c), before.counter(c)); };
    const quint64 received = delta(Counter::Received);
    s.messagesPerSecond = double(received) / s.intervalSeconds;
    s.repliesPerSecond = double(delta(Counter::Replied)) / s.intervalSeconds;

    const HistogramSnapshot handle =
        histogramDelta(current.histogram(Histogram::Handle), before.histogram(Histogram::Handle));
    s.handled = handle.count;
    s.p50Ms = double(handle.valueAtQuantile(0.50)) / nsPerMs;
    s.p95Ms = double(handle.valueAtQuantile(0.95)) / nsPerMs;
    s.p99Ms = double(handle.valueAtQuantile(0.99)) / nsPerMs;
    s.maxMs = double(handle.max) / nsPerMs;
    const HistogramSnapshot wait =
        histogramDelta(current.histogram(Histogram::QueueWait), before.histogram(Histogram::QueueWait));
    s.queueWaitP95Ms = double(wait.valueAtQuantile(0.95)) / nsPerMs;

    s.queueDepth = current.gauge(Gauge::QueueDepth);
    s.busyWorkers = current.gauge(Gauge::BusyWorkers);
    s.workers = current.gauge(Gauge::Workers);
    s.sessions = current.gauge(Gauge::Sessions);
    s.rateLimitedSenders = limitedSenders;
    s.rateLimited = delta(Counter::RateLimited);
    s.errors = delta(Counter::Errors);
    s.errorsTotal = current.counter(Counter::Errors);
    s.errorRatePercent = received > 0 ? 100.0 * double(s.errors) / double(received) : 0.0;
    s.heapBytes = heap;
    s.rssBytes = rss;
    s.heapGrowthMB = double(heap - *m_heapBaseline) / bytesPerMB;

    m_previous = std::move(current);
    m_previousAt = now;
    m_series.push(s);
    return s;
}

} // namespace linda
