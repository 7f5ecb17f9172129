#pragma once

#include "bench/results.h"
#include "bench/verdicts.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

// The regression verdict: is a case measurably and meaningfully worse than
// in a reference run?
namespace linda::bench {

// A change is reported only when both hold: the Mann–Whitney U test on the
// raw samples gives p < alpha, and the medians differ by at least minEffect
// (relative to the reference median). The p-value alone would flag a 0.5 %
// drift once there are thousands of samples; the effect size alone would
// flag noise in small samples.
struct RegressionRule
{
    double alpha = 0.05;
    double minEffect = 0.05;
};

enum class ChangeKind {
    Unchanged,     // not significant, or smaller than the minimum effect
    Regression,    // significantly worse by at least the minimum effect
    Improvement,   // significantly better by at least the minimum effect
    New,           // the reference run has no usable result for the case
    NotComparable, // no samples, different units, or the case errored or was cancelled
};
QString changeKindName(ChangeKind kind); // "unchanged", "regression", "improvement", "new", "not-comparable"
QString changeKindLabel(ChangeKind kind); // translated, for display

// Which direction is worse for samples in this unit: time and size per
// operation grow when worse ("ns", "ms", "bytes", ...), rates ("ops/s",
// anything per second) shrink.
bool higherSamplesAreBetter(const QString &sampleUnit);

struct CaseComparison
{
    QString caseId;
    QString title;
    QString sampleUnit;
    std::optional<qint64> referenceRunId; // the run the reference samples came from
    int referenceCount = 0;
    int currentCount = 0;
    double referenceMedian = 0; // in sampleUnit
    double currentMedian = 0;
    // (current - reference) / reference of the medians, signed as measured:
    // +0.12 is 12 % more nanoseconds or 12 % more ops/s.
    double relativeChange = 0;
    // The same change signed so that positive is worse, whatever the unit.
    double worseningChange = 0;
    double pValue = 1;
    ChangeKind kind = ChangeKind::NotComparable;
    Severity severity = Severity::None; // set for regressions only
    QString note; // why a case is not comparable, empty otherwise
};

// Pure verdict from two sample sets and their medians' direction.
CaseComparison compareSamples(std::span<const double> reference, std::span<const double> current,
                              bool higherIsBetter, const RegressionRule &rule = {});

// Compares one case of the current run with the same case of a reference
// run. Cases that errored, were cancelled or have no samples are not comparable.
CaseComparison compareCase(const CaseResult &reference, const CaseResult &current,
                           const RegressionRule &rule = {});

// Whether a case result can serve as a reference or be compared at all.
bool isComparable(const CaseResult &result);

} // namespace linda::bench
