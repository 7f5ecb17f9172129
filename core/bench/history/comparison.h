#pragma once

#include "bench/reportwriters.h"
#include "regression.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Comparing a whole run with earlier runs from the history.
namespace linda::bench {

class HistoryDatabase;

enum class CompareTarget {
    Previous, // per case, the newest earlier run of the same profile with a usable result
    Baseline, // the run marked as the baseline of the run's profile
    RunId,    // one given run
};

struct CompareRequest
{
    CompareTarget target = CompareTarget::Previous;
    qint64 runId = 0; // for CompareTarget::RunId
    RegressionRule rule;
};

// Reads "previous", "baseline" or a run id, as `run --compare` takes them.
std::optional<CompareRequest> parseCompareRequest(const QString &text, QString *error);
QString compareTargetName(CompareTarget target); // "previous", "baseline", "run"

struct ComparisonReport
{
    CompareRequest request;
    std::optional<qint64> currentRunId;   // when the compared run is in the history
    std::optional<qint64> referenceRunId; // for Baseline and RunId
    QList<CaseComparison> cases;          // in the current run's case order
    // Set when nothing could be compared at all, e.g. no baseline saved.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    int count(ChangeKind kind) const;
    int count(Severity severity) const; // regressions of that severity
    bool hasCriticalRegression() const;
};

// Compares every case of current with its reference in db. currentRunId is
// the id under which current was saved, if it was, so that it is never its
// own reference.
ComparisonReport compareRun(HistoryDatabase &db, const RunResult &current, const CompareRequest &request,
                            std::optional<qint64> currentRunId = {});

// Compares two runs case by case (the reference's case of the same id).
ComparisonReport compareRunPair(const RunResult &reference, const RunResult &current, const RegressionRule &rule = {});

// A plain-text table for the console: case, reference run, medians, change,
// p-value, verdict; then one summary line.
QString formatComparisonTable(const ComparisonReport &report);

// The comparison as the JSON report carries it.
QJsonObject comparisonToJson(const ComparisonReport &report);

// The comparison as the JUnit report carries it: the target, the rule and
// the counts as properties, one line per compared case, and a failure for
// each critical regression (the one severity that makes `run --compare`
// exit with 1). A failed comparison adds only its error as a property.
JUnitComparison junitComparison(const ComparisonReport &report);

// A sample value with a readable unit: nanoseconds as ns / µs / ms / s,
// bytes as B / KiB / MiB, anything else as the number and its unit.
QString formatSampleValue(double value, const QString &unit);

} // namespace linda::bench
