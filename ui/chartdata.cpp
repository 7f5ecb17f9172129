#include "chartdata.h"

#include "units.h"

namespace linda::ui {

using bench::CaseResult;

namespace {

bool isTimeUnit(const QString &unit)
{
    return unit == u"ns" || unit == u"us" || unit == u"µs" || unit == u"ms" || unit == u"s";
}

} // namespace

QList<LatencyFigures> latencyFigures(const QList<CaseResult> &results)
{
    QList<LatencyFigures> out;
    for (const CaseResult &r : results) {
        if (!isTimeUnit(r.sampleUnit) || r.stats.count == 0)
            continue;
        LatencyFigures f;
        f.caseId = r.info.id;
        f.p50Ms = toMilliseconds(r.stats.p50, r.sampleUnit);
        f.p95Ms = toMilliseconds(r.stats.p95, r.sampleUnit);
        f.p99Ms = toMilliseconds(r.stats.p99, r.sampleUnit);
        f.maxMs = toMilliseconds(r.stats.max, r.sampleUnit);
        if (r.threshold > 0 && isTimeUnit(r.info.unit))
            f.thresholdMs = toMilliseconds(r.threshold, r.info.unit);
        if (r.baselineExpectedMs > 0) {
            const double tolerance = r.baselineTolerancePercent / 100.0;
            f.baselineLowMs = r.baselineExpectedMs * qMax(0.0, 1.0 - tolerance);
            f.baselineHighMs = r.baselineExpectedMs * (1.0 + tolerance);
        }
        out.append(f);
    }
    return out;
}

QList<ThroughputFigures> throughputFigures(const QList<CaseResult> &results)
{
    QList<ThroughputFigures> out;
    for (const CaseResult &r : results) {
        if (r.throughput > 0)
            out.append({r.info.id, r.throughput, r.throughputCiLow, r.throughputCiHigh});
    }
    return out;
}

QList<QPointF> throughputOverTime(const CaseResult &result)
{
    QList<QPointF> out;
    const qsizetype n = result.samples.size();
    // Heap sizes, counts and other non-time samples are no rate: 1000 / bytes
    // would plot as a meaningless "throughput" near zero.
    if (n == 0 || !(isTimeUnit(result.sampleUnit) || result.sampleUnit == u"ops/s"))
        return out;
    out.reserve(n);
    const double seconds = result.elapsedMs / 1000.0;
    for (qsizetype i = 0; i < n; ++i) {
        // Sample i ends at (i + 1) / n of the case's time.
        const double t = seconds * double(i + 1) / double(n);
        out.append(QPointF(t, opsPerSecondFromSample(result.samples[i], result.sampleUnit)));
    }
    return out;
}

const bench::Series *findSeries(const CaseResult &result, const QStringList &words)
{
    for (const bench::Series &s : result.series) {
        for (const QString &word : words) {
            if (s.name.contains(word, Qt::CaseInsensitive) || s.yUnit.contains(word, Qt::CaseInsensitive))
                return &s;
        }
    }
    return nullptr;
}

} // namespace linda::ui
