#pragma once

#include "casecontext.h"
#include "results.h"

#include <QString>

#include <chrono>
#include <span>

// Small pieces the case bodies share: recording samples in the result the
// way the verdict rules expect, and failing a case with a message.
namespace linda::bench {

// Throws std::runtime_error with message; the runner marks the case as an
// error with that text and goes on with the next case.
[[noreturn]] void failCase(const QString &message);

inline double nsToMs(double ns)
{
    return ns / 1e6;
}
inline double bytesToMB(double bytes)
{
    return bytes / (1024.0 * 1024.0);
}

// Stores the samples (ns per operation), judges their p95 against the case's
// "limitMs" parameter and sets the baseline ratio of the median against the
// "baselineExpectedMs" parameter, when those parameters exist.
void recordLatency(const CaseContext &context, CaseResult &result, const LatencySampling &sampling);

// Stores rates (ops/s per repetition) and judges their median against the
// "minOpsPerSecond" (the lowest band) and "expectedOpsPerSecond" (peak load)
// parameters, when they exist.
void recordThroughput(const CaseContext &context, CaseResult &result, const QList<double> &rates);

// Adds a check of `measured` against parameter `name` when the case has it.
// Checks in unit "count" and minimum percentages have no warn zone.
void addParameterCheck(const CaseContext &context, CaseResult &result, const QString &name,
                       const QString &checkName, const QString &unit, double measured,
                       bool higherIsBetter);

// p-th percentile of unsorted values (linear interpolation, as statistics.h).
double percentileOf(QList<double> values, double p);

// Nanoseconds since an arbitrary steady epoch, for timestamps inside cases
// that must be real time (load cases), independent of the injected clock.
inline std::chrono::nanoseconds steadyNow()
{
    return std::chrono::steady_clock::now().time_since_epoch();
}

} // namespace linda::bench
