#include "casehelpers.h"

#include "statistics.h"
#include "verdicts.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace linda::bench {

namespace {

QString trHelpers(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

} // namespace

void failCase(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

double percentileOf(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return percentileSorted(values, p);
}

void addParameterCheck(const CaseContext &context, CaseResult &result, const QString &name,
                       const QString &checkName, const QString &unit, double measured,
                       bool higherIsBetter)
{
    const QVariantMap &parameters = context.info().parameters;
    if (!parameters.contains(name))
        return;
    const double limit = parameters.value(name).toDouble();
    const QString source = parameters.value(name + u"Source"_qs).toString();
    CheckResult check = makeCheck(checkName, unit, measured, limit, higherIsBetter, source);
    // A share that must reach a minimum percentage cannot keep 20 % headroom
    // above a limit near 100 %, so like counts it has no warn zone.
    if (unit == u"count"_qs || (unit == u"%"_qs && higherIsBetter)) {
        check.warnZone = false;
        check.verdict = judge(measured, limit, higherIsBetter, false);
    }
    result.checks << check;
}

void recordLatency(const CaseContext &context, CaseResult &result, const LatencySampling &sampling)
{
    result.samples = sampling.samples;
    result.sampleUnit = u"ns"_qs;
    result.iterations = sampling.iterations;
    result.batchSize = sampling.batchSize;
    if (sampling.elapsedNs > 0)
        result.throughput = operationsPerSecond(double(sampling.iterations), sampling.elapsedNs);

    QList<double> sorted = sampling.samples;
    std::sort(sorted.begin(), sorted.end());
    const double p95Ms = nsToMs(percentileSorted(sorted, 95));
    const double medianMs = nsToMs(medianSorted(sorted));

    result.measured = p95Ms;
    result.threshold = context.parameter(u"limitMs"_qs, 0);
    addParameterCheck(context, result, u"limitMs"_qs, trHelpers("p95 latency"), u"ms"_qs, p95Ms, false);

    const double expected = context.parameter(u"baselineExpectedMs"_qs, 0);
    if (expected > 0) {
        result.baselineExpectedMs = expected;
        result.baselineTolerancePercent = context.parameter(u"baselineTolerancePercent"_qs, 0);
        result.baselineRatio = medianMs / expected;
    }
    if (sampling.batchSize > 1) {
        result.warnings << trHelpers("Each sample is the mean of a batch of %1 operations, because one "
                                     "operation is too short to time alone; percentiles describe batch means.")
                               .arg(sampling.batchSize);
    }
}

void recordThroughput(const CaseContext &context, CaseResult &result, const QList<double> &rates)
{
    result.samples = rates;
    result.sampleUnit = u"ops/s"_qs;
    result.higherIsBetter = true;
    QList<double> sorted = rates;
    std::sort(sorted.begin(), sorted.end());
    const double median = medianSorted(sorted);
    result.measured = median;
    result.threshold = context.parameter(u"expectedOpsPerSecond"_qs, 0);
    addParameterCheck(context, result, u"minOpsPerSecond"_qs, trHelpers("median rate (lowest band)"),
                      u"ops/s"_qs, median, true);
    addParameterCheck(context, result, u"expectedOpsPerSecond"_qs, trHelpers("median rate (peak load)"),
                      u"ops/s"_qs, median, true);
}

} // namespace linda::bench
