#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <chrono>
#include <optional>

// Value types that travel from the runner thread to its observers (GUI,
// command line, report writers, history). Everything here is copied across
// threads; nothing refers back into the runner.
namespace linda::bench {

enum class Suite { Benchmark, Load, Memory };
enum class CaseKind { Latency, Throughput, Memory, Correctness };
enum class Profile { Quick, Default, Thorough };

// Outcome of one case. Pass/Warn/Fail compare against a threshold; Error means
// the case could not produce figures; Cancelled means the run stopped first.
enum class Verdict { NotRun, Pass, Warn, Fail, Error, Cancelled };

QString suiteName(Suite suite);       // "benchmark", "load", "memory"
QString caseKindName(CaseKind kind);  // "latency", "throughput", "memory", "correctness"
QString profileName(Profile profile); // "quick", "default", "thorough"
QString verdictName(Verdict verdict); // "pass", "warn", "fail", "error", "cancelled", "not-run"
// Translated labels for display. Files, reports for tools and command-line
// options keep the names above.
QString suiteLabel(Suite suite);
QString caseKindLabel(CaseKind kind);
QString profileLabel(Profile profile);
QString verdictLabel(Verdict verdict);
std::optional<Suite> suiteFromName(QStringView name);
std::optional<Profile> profileFromName(QStringView name);

// Static description of a case, as the registry lists it.
struct CaseInfo
{
    QString id;           // stable id, e.g. "bench.parse.simple-text"
    Suite suite = Suite::Benchmark;
    QString title;        // one line for tables
    CaseKind kind = CaseKind::Latency;
    QString unit;         // unit of the judged figure: "ms", "ops/s", "MB", "count", "%"
    QString thresholdKey; // key in the thresholds fixture, or empty
    QString baselineKey;  // operation id in the baseline fixture, or empty
    QVariantMap parameters; // taken from the loaded fixtures
};

// Summary statistics of one sample set. Units are those of the samples.
struct Statistics
{
    qint64 count = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double median = 0;
    double stddev = 0;
    double cv = 0; // coefficient of variation, stddev / mean
    double p50 = 0;
    double p90 = 0;
    double p95 = 0;
    double p99 = 0;
    double mad = 0;          // median absolute deviation
    double medianCiLow = 0;  // bootstrap 95 % confidence interval of the median
    double medianCiHigh = 0;
    int outliersLow = 0;     // below Q1 - 1.5 IQR
    int outliersHigh = 0;    // above Q3 + 1.5 IQR
};

// A named series for charts: x and y with their units, e.g. heap bytes
// against handled messages, or queue depth against milliseconds.
struct Series
{
    QString name;
    QString xUnit;
    QString yUnit;
    QList<QPointF> points;
};

// The machine and build a run was measured on.
struct Environment
{
    QString cpuModel;
    int cores = 0;
    QString os;
    QString compiler;
    QString buildType;
    QString qtVersion;
    QString sqliteVersion;
    QString gitCommit;
    QString fixturesSource;
    QDateTime startedAt;
    QStringList noiseWarnings; // debug build, frequency scaling, high load average
};

// One figure judged against one limit. A case has one check per limit it is
// judged by (e.g. load.db.writes-500: elapsed time and succeeded writes); the
// case's verdict is the worst of its checks.
struct CheckResult
{
    QString name;        // what is judged, e.g. "p95 latency", "succeeded writes"
    QString unit;        // of measured and limit
    double measured = 0;
    double limit = 0;
    bool higherIsBetter = false; // true: limit is a minimum; false: a maximum
    // true for performance limits, which warn within 20 % of the limit.
    // false for counts that must be reached (handled messages, leak
    // tolerances), where meeting the limit passes.
    bool warnZone = true;
    Verdict verdict = Verdict::NotRun;
    QString source;      // fixture key or file:path the limit came from; may be empty
};

// Result of one case. Latency samples are in nanoseconds per operation;
// throughput figures in operations per second; memory figures in bytes.
struct CaseResult
{
    CaseInfo info;
    Verdict verdict = Verdict::NotRun;
    QString verdictReason; // one sentence: which figure against which limit
    QString error;         // set when verdict == Error

    QList<double> samples; // raw samples, in sampleUnit
    QString sampleUnit;    // "ns" for latency samples, "ops/s" for throughput repetitions
    Statistics stats;

    double throughput = 0; // operations per second, median over repetitions
    double throughputCiLow = 0;
    double throughputCiHigh = 0;

    double measured = 0;   // the figure judged against the threshold, in info.unit
    double threshold = 0;  // the limit, in info.unit; 0 when the case has none
    bool higherIsBetter = false;

    double baselineExpectedMs = 0;
    double baselineTolerancePercent = 0;
    double baselineRatio = 0; // median / expected; 0 when there is no baseline
    Verdict baselineVerdict = Verdict::NotRun; // ratio within 1 + tolerance: pass, else fail

    QList<CheckResult> checks; // every limit the case was judged by; verdict is the worst

    QMap<QString, double> metrics; // further named figures, e.g. "lateSends"
    QList<Series> series;
    QStringList warnings;

    qint64 iterations = 0;
    qint64 elapsedMs = 0;
    qint64 batchSize = 1; // operations per latency sample; > 1 for sub-microsecond operations
};

// What the operator asked for. Copied to the runner thread.
struct RunRequest
{
    QStringList caseIds; // empty means every registered case
    Profile profile = Profile::Default;
    QString fixturesPath; // empty means the bundled fixtures
    int workers = 4;      // engine worker threads for load cases
    std::chrono::milliseconds minTimePerCase{0}; // 0 means the profile's default
};

struct RunResult
{
    RunRequest request;
    Environment environment;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    QList<CaseResult> cases;
};

} // namespace linda::bench

Q_DECLARE_METATYPE(linda::bench::CaseInfo)
Q_DECLARE_METATYPE(linda::bench::Environment)
Q_DECLARE_METATYPE(linda::bench::CheckResult)
Q_DECLARE_METATYPE(linda::bench::CaseResult)
Q_DECLARE_METATYPE(linda::bench::RunRequest)
Q_DECLARE_METATYPE(linda::bench::RunResult)
