#include "regression.h"

#include "bench/statistics.h"
#include "mannwhitney.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace linda::bench {

namespace {

QString trRegression(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

double medianOf(std::span<const double> values)
{
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return medianSorted(sorted);
}

} // namespace

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Unchanged:
        return QStringLiteral("unchanged");
    case ChangeKind::Regression:
        return QStringLiteral("regression");
    case ChangeKind::Improvement:
        return QStringLiteral("improvement");
    case ChangeKind::New:
        return QStringLiteral("new");
    case ChangeKind::NotComparable:
        return QStringLiteral("not-comparable");
    }
    return {};
}

QString changeKindLabel(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Unchanged:
        return trRegression("unchanged");
    case ChangeKind::Regression:
        return trRegression("regression");
    case ChangeKind::Improvement:
        return trRegression("improvement");
    case ChangeKind::New:
        return trRegression("new");
    case ChangeKind::NotComparable:
        return trRegression("not comparable");
    }
    return {};
}

bool higherSamplesAreBetter(const QString &sampleUnit)
{
    return sampleUnit.endsWith(QLatin1String("/s"));
}

bool isComparable(const CaseResult &result)
{
    return !result.samples.isEmpty() && result.verdict != Verdict::Error && result.verdict != Verdict::Cancelled
           && result.verdict != Verdict::NotRun;
}

CaseComparison compareSamples(std::span<const double> reference, std::span<const double> current,
                              bool higherIsBetter, const RegressionRule &rule)
{
    CaseComparison comparison;
    comparison.referenceCount = static_cast<int>(reference.size());
    comparison.currentCount = static_cast<int>(current.size());
    if (reference.empty() || current.empty()) {
        comparison.note = trRegression("One of the runs has no samples.");
        return comparison;
    }
    comparison.referenceMedian = medianOf(reference);
    comparison.currentMedian = medianOf(current);
    if (comparison.referenceMedian == 0) {
        comparison.note = trRegression("The reference median is 0, so a relative change is undefined.");
        return comparison;
    }

    comparison.relativeChange = (comparison.currentMedian - comparison.referenceMedian)
                                / std::abs(comparison.referenceMedian);
    comparison.worseningChange = higherIsBetter ? -comparison.relativeChange : comparison.relativeChange;
    comparison.pValue = mannWhitneyU(reference, current).pValue;

    const bool significant = comparison.pValue < rule.alpha;
    if (significant && comparison.worseningChange >= rule.minEffect) {
        comparison.kind = ChangeKind::Regression;
        comparison.severity = severityForChange(comparison.worseningChange);
    } else if (significant && -comparison.worseningChange >= rule.minEffect) {
        comparison.kind = ChangeKind::Improvement;
    } else {
        comparison.kind = ChangeKind::Unchanged;
    }
    return comparison;
}

CaseComparison compareCase(const CaseResult &reference, const CaseResult &current, const RegressionRule &rule)
{
    CaseComparison comparison;
    if (!isComparable(current)) {
        comparison.note = current.samples.isEmpty()
                              ? trRegression("This run has no samples for the case.")
                              : trRegression("The case did not finish in this run (%1).").arg(verdictName(current.verdict));
    } else if (!isComparable(reference)) {
        comparison.kind = ChangeKind::New;
        comparison.note = trRegression("The reference run has no usable result for the case.");
    } else if (reference.sampleUnit != current.sampleUnit) {
        comparison.note = trRegression("The sample units differ (%1 before, %2 now).")
                              .arg(reference.sampleUnit, current.sampleUnit);
    } else {
        comparison = compareSamples(reference.samples, current.samples, higherSamplesAreBetter(current.sampleUnit),
                                    rule);
    }
    comparison.caseId = current.info.id;
    comparison.title = current.info.title;
    comparison.sampleUnit = current.sampleUnit;
    comparison.referenceCount = int(reference.samples.size());
    comparison.currentCount = int(current.samples.size());
    return comparison;
}

} // namespace linda::bench
