#pragma once

#include <bench/results.h>

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

// Pure extraction of chart figures from case results, with the unit
// conversions done: latency in ms, throughput in operations per second,
// memory in MB, time in seconds.
namespace linda::ui {

struct LatencyFigures
{
    QString caseId;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    std::optional<double> thresholdMs;    // when the case's threshold is a time
    std::optional<double> baselineLowMs;  // expected × (1 − tolerance)
    std::optional<double> baselineHighMs; // expected × (1 + tolerance)
};

// Cases whose samples are latencies (ns, us, ms or s per operation), in input order.
QList<LatencyFigures> latencyFigures(const QList<bench::CaseResult> &results);

struct ThroughputFigures
{
    QString caseId;
    double opsPerSecond = 0;
    double ciLow = 0; // 0 when the runner gave no interval
    double ciHigh = 0;
};

// Cases with a throughput figure, in input order.
QList<ThroughputFigures> throughputFigures(const QList<bench::CaseResult> &results);

// Throughput of each sample against the case's time in seconds. The runner
// does not time-stamp samples, so they are spread evenly over the case's
// elapsed time; a case without samples, or whose samples are neither times
// nor ops/s (memory sizes, counts), gives an empty list.
QList<QPointF> throughputOverTime(const bench::CaseResult &result);

// The first series whose name or y unit contains one of `words` (case-insensitive).
const bench::Series *findSeries(const bench::CaseResult &result, const QStringList &words);

} // namespace linda::ui
