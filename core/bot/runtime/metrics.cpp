#include "metrics.h"

#include <QDateTime>

namespace linda {

QString counterName(Counter c)
{
    switch (c) {
    case Counter::Received: return QStringLiteral("messages_received");
    case Counter::Replied: return QStringLiteral("messages_replied");
    case Counter::Ignored: return QStringLiteral("messages_ignored");
    case Counter::Invalid: return QStringLiteral("messages_invalid");
    case Counter::RateLimited: return QStringLiteral("messages_rate_limited");
    case Counter::SessionLimit: return QStringLiteral("messages_session_limited");
    case Counter::Commands: return QStringLiteral("commands");
    case Counter::CommandErrors: return QStringLiteral("command_errors");
    case Counter::Errors: return QStringLiteral("errors");
    case Counter::LogWriteFailures: return QStringLiteral("log_write_failures");
    case Counter::Count_: break;
    }
    return QStringLiteral("unknown");
}

QString gaugeName(Gauge g)
{
    switch (g) {
    case Gauge::QueueDepth: return QStringLiteral("queue_depth");
    case Gauge::QueueMaxDepth: return QStringLiteral("queue_max_depth");
    case Gauge::BusyWorkers: return QStringLiteral("busy_workers");
    case Gauge::Workers: return QStringLiteral("workers");
    case Gauge::Sessions: return QStringLiteral("sessions");
    case Gauge::LogBacklog: return QStringLiteral("log_backlog");
    case Gauge::Count_: break;
    }
    return QStringLiteral("unknown");
}

QString histogramName(Histogram h)
{
    switch (h) {
    case Histogram::Handle: return QStringLiteral("handle");
    case Histogram::Command: return QStringLiteral("command");
    case Histogram::QueueWait: return QStringLiteral("queue_wait");
    case Histogram::LogCommit: return QStringLiteral("log_commit");
    case Histogram::Count_: break;
    }
    return QStringLiteral("unknown");
}

int Metrics::registerType(const QString &name)
{
    std::lock_guard lock(m_typeMutex);
    const qsizetype known = m_typeNames.indexOf(name);
    if (known >= 0)
        return int(known);
    if (m_typeNames.size() >= MaxMessageTypes)
        return -1;
    m_typeNames.append(name);
    m_typeCount.store(int(m_typeNames.size()), std::memory_order_release);
    return int(m_typeNames.size() - 1);
}

void Metrics::countType(int index)
{
    if (index >= 0 && index < MaxMessageTypes)
        m_typeCounts[std::size_t(index)].fetch_add(1, std::memory_order_relaxed);
}

MetricsSnapshot Metrics::snapshot() const
{
    MetricsSnapshot s;
    s.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t i = 0; i < s.counters.size(); ++i)
        s.counters[i] = m_counters[i].load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < s.gauges.size(); ++i)
        s.gauges[i] = m_gauges[i].load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < s.histograms.size(); ++i)
        s.histograms[i] = m_histograms[i].snapshot();

    std::lock_guard lock(m_typeMutex);
    s.byMessageType.reserve(m_typeNames.size());
    for (qsizetype i = 0; i < m_typeNames.size(); ++i)
        s.byMessageType.append({m_typeNames[i], m_typeCounts[std::size_t(i)].load(std::memory_order_relaxed)});
    return s;
}

void Metrics::reset()
{
    for (auto &c : m_counters)
        c.store(0, std::memory_order_relaxed);
    for (auto &g : m_gauges)
        g.store(0, std::memory_order_relaxed);
    for (auto &h : m_histograms)
        h.reset();
    for (auto &t : m_typeCounts)
        t.store(0, std::memory_order_relaxed);
}

namespace {

QString counterHelp(Counter c)
{
    switch (c) {
    case Counter::Received: return QStringLiteral("Messages given to the engine.");
    case Counter::Replied: return QStringLiteral("Messages that got a reply.");
    case Counter::Ignored: return QStringLiteral("Messages never answered by design (status broadcasts, reactions, own messages).");
    case Counter::Invalid: return QStringLiteral("Messages that failed validation.");
    case Counter::RateLimited: return QStringLiteral("Messages held back by the per-sender rate limit.");
    case Counter::SessionLimit: return QStringLiteral("Messages rejected because the session maximum was reached.");
    case Counter::Commands: return QStringLiteral("Messages routed to a command handler.");
    case Counter::CommandErrors: return QStringLiteral("Commands whose handler reported an error.");
    case Counter::Errors: return QStringLiteral("Internal errors while handling messages.");
    case Counter::LogWriteFailures: return QStringLiteral("Message or command log rows that could not be written.");
    case Counter::Count_: break;
    }
    return {};
}

// Prometheus label values escape backslash, double quote and newline.
QString escapeLabel(QString value)
{
    value.replace(u'\\', QLatin1StringView("\\\\"));
    value.replace(u'"', QLatin1StringView("\\\""));
    value.replace(u'\n', QLatin1StringView("\\n"));
    return value;
}

QString seconds(quint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e9, 'g', 9);
}

} // namespace

QString toPrometheusText(const MetricsSnapshot &snapshot)
{
    QString out;
    out.reserve(4096);
    for (std::size_t i = 0; i < snapshot.counters.size(); ++i) {
        const auto c = Counter(i);
        const QString name = u"linda_"_qs + counterName(c) + u"_total"_qs;
        out += u"# HELP "_qs + name + u' ' + counterHelp(c) + u'\n';
        out += u"# TYPE "_qs + name + u" counter\n"_qs;
        out += name + u' ' + QString::number(snapshot.counters[i]) + u'\n';
    }

    if (!snapshot.byMessageType.isEmpty()) {
        out += u"# HELP linda_messages_by_type_total Messages given to the engine, by message type.\n"_qs;
        out += u"# TYPE linda_messages_by_type_total counter\n"_qs;
        for (const auto &[type, count] : snapshot.byMessageType) {
            out += u"linda_messages_by_type_total{type=\""_qs + escapeLabel(type) + u"\"} "_qs
                + QString::number(count) + u'\n';
        }
    }

    for (std::size_t i = 0; i < snapshot.gauges.size(); ++i) {
        const QString name = u"linda_"_qs + gaugeName(Gauge(i));
        out += u"# TYPE "_qs + name + u" gauge\n"_qs;
        out += name + u' ' + QString::number(snapshot.gauges[i]) + u'\n';
    }

    static constexpr double quantiles[] = {0.5, 0.95, 0.99, 1.0};
    for (std::size_t i = 0; i < snapshot.histograms.size(); ++i) {
        const HistogramSnapshot &h = snapshot.histograms[i];
        const QString name = u"linda_"_qs + histogramName(Histogram(i)) + u"_seconds"_qs;
        out += u"# TYPE "_qs + name + u" summary\n"_qs;
        for (const double q : quantiles) {
            out += name + u"{quantile=\""_qs + QString::number(q) + u"\"} "_qs + seconds(h.valueAtQuantile(q))
                + u'\n';
        }
        out += name + u"_sum "_qs + seconds(h.sum) + u'\n';
        out += name + u"_count "_qs + QString::number(h.count) + u'\n';
    }
    return out;
}

} // namespace linda
