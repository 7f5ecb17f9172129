#include "syntheticrun.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace linda::test {

namespace {

using bench::CaseKind;
using bench::CaseResult;
using bench::Verdict;

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

std::optional<CaseKind> kindFromName(const QString &name)
{
    for (const CaseKind kind : {CaseKind::Latency, CaseKind::Throughput, CaseKind::Memory, CaseKind::Correctness}) {
        if (bench::caseKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<Verdict> verdictFromName(const QString &name)
{
    for (const Verdict v : {Verdict::NotRun, Verdict::Pass, Verdict::Warn, Verdict::Fail, Verdict::Error,
                            Verdict::Cancelled}) {
        if (bench::verdictName(v) == name)
            return v;
    }
    return std::nullopt;
}

// Log-normal samples around median with a long right tail, like real
// per-operation latencies.
QList<double> latencySamples(double median, int count, std::mt19937_64 &engine)
{
    std::lognormal_distribution<double> distribution(std::log(median), 0.35);
    QList<double> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i)
        samples.append(distribution(engine));
    return samples;
}

QList<double> rateSamples(double median, std::mt19937_64 &engine)
{
    std::normal_distribution<double> distribution(median, median * 0.03);
    QList<double> samples;
    for (int i = 0; i < 10; ++i)
        samples.append(distribution(engine));
    return samples;
}

void addSeries(CaseResult &result, std::mt19937_64 &engine)
{
    std::normal_distribution<double> noise(0, 1);
    if (result.info.id == u"mem.growth-1000") {
        bench::Series heap{u"heap in use"_s, u"handled messages"_s, u"bytes"_s, {}};
        bench::Series rss{u"resident set"_s, u"handled messages"_s, u"bytes"_s, {}};
        const double start = 14.0 * 1024 * 1024;
        for (int i = 0; i <= 1000; ++i) {
            const double growth = 3.1 * 1024 * 1024 * i / 1000.0;
            heap.points.append(QPointF(i, start + growth + 40000 * noise(engine)));
            rss.points.append(QPointF(i, start + 8.0 * 1024 * 1024 + growth * 1.2 + 60000 * noise(engine)));
        }
        result.series = {heap, rss};
    } else if (result.info.id == u"load.queue.scaling") {
        bench::Series curve{u"throughput by workers"_s, u"workers"_s, u"items/s"_s, {}};
        curve.points = {{1, 11000}, {2, 20500}, {4, 38000}, {8, 40000}};
        result.series = {curve};
    } else if (result.info.id == u"load.commands.backlog") {
        // 100,000 points: the decimation must keep the file small.
        bench::Series depth{u"queue depth"_s, u"ms"_s, u"items"_s, {}};
        depth.points.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            const double t = i * 0.05;
            const double rising = std::min(t, 2500.0) * 0.4;
            const double draining = std::max(0.0, t - 2500.0) * 0.45;
            depth.points.append(QPointF(t, std::max(0.0, rising - draining + 5 * noise(engine))));
        }
        result.series = {depth};
        result.metrics = {{u"maxDepth"_s, 1000}, {u"lost"_s, 0}, {u"drainMs"_s, 2210}};
    }
}

QString reasonFor(const CaseResult &c)
{
    if (c.verdict == Verdict::Error)
        return {};
    if (c.threshold <= 0)
        return u"reported only; no limit applies"_s;
    const QString figure = c.info.kind == CaseKind::Latency && c.info.unit == u"ms" ? u"p95"_s : u"measured"_s;
    return u"%1 %2 %3 against the limit %4 %3"_s.arg(figure).arg(c.measured).arg(c.info.unit).arg(c.threshold);
}

bool parseRow(const QStringList &fields, CaseResult &c, QString *error)
{
    const auto suite = bench::suiteFromName(fields.at(1));
    const auto kind = kindFromName(fields.at(2));
    const auto verdict = verdictFromName(fields.at(12));
    if (!suite || !kind || !verdict) {
        *error = u"bad suite, kind or verdict in row of %1"_s.arg(fields.at(0));
        return false;
    }
    c.info.id = fields.at(0);
    c.info.suite = *suite;
    c.info.kind = *kind;
    c.info.title = u"Synthetic %1 case"_s.arg(fields.at(2));
    c.info.unit = fields.at(3);
    c.info.thresholdKey = fields.at(4);
    c.threshold = fields.at(5).toDouble();
    c.higherIsBetter = fields.at(6) == u"1";
    c.info.baselineKey = fields.at(7);
    c.baselineExpectedMs = fields.at(8).toDouble();
    c.baselineTolerancePercent = fields.at(9).toDouble();
    c.measured = fields.at(11).toDouble();
    c.verdict = *verdict;
    return true;
}

} // namespace

bench::Statistics summarize(QList<double> samples)
{
    bench::Statistics s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.count = samples.size();
    s.min = samples.first();
    s.max = samples.last();
    double sum = 0;
    for (const double v : samples)
        sum += v;
    s.mean = sum / double(s.count);
    double squares = 0;
    for (const double v : samples)
        squares += (v - s.mean) * (v - s.mean);
    s.stddev = s.count > 1 ? std::sqrt(squares / double(s.count - 1)) : 0;
    s.cv = s.mean > 0 ? s.stddev / s.mean : 0;
    s.median = percentile(samples, 50);
    s.p50 = s.median;
    s.p90 = percentile(samples, 90);
    s.p95 = percentile(samples, 95);
    s.p99 = percentile(samples, 99);
    QList<double> deviations;
    for (const double v : samples)
        deviations.append(std::abs(v - s.median));
    std::sort(deviations.begin(), deviations.end());
    s.mad = percentile(deviations, 50);
    s.medianCiLow = s.median * 0.98;
    s.medianCiHigh = s.median * 1.02;
    const double q1 = percentile(samples, 25);
    const double q3 = percentile(samples, 75);
    for (const double v : samples) {
        s.outliersLow += v < q1 - 1.5 * (q3 - q1) ? 1 : 0;
        s.outliersHigh += v > q3 + 1.5 * (q3 - q1) ? 1 : 0;
    }
    return s;
}

bench::RunResult syntheticRun(const QString &casesFile, int samplesPerCase, QString *error)
{
    QFile file(casesFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(casesFile, file.errorString());
        return {};
    }
    bench::RunResult run;
    run.request.profile = bench::Profile::Default;
    run.startedAt = QDateTime(QDate(2026, 12, 4), QTime(18, 30, 5), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(312);
    run.environment = bench::Environment{
        u"Synthetic CPU Model 9000 @ 3.00GHz"_s, 2, u"Debian GNU/Linux 12 (bookworm)"_s,
        u"GNU 12.2.0"_s, u"Debug"_s, QString::fromLatin1(qVersion()), u"3.40.1"_s, u"0123456789ab"_s,
        u"bundled fixtures (schema 1)"_s, run.startedAt,
        {u"debug build: timings are not representative of a release build"_s}};

    std::mt19937_64 engine(20261204);
    QTextStream in(&file);
    int line = 0;
    while (!in.atEnd()) {
        const QString text = in.readLine();
        ++line;
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList fields = text.split(u'\t');
        if (fields.size() != 13) {
            *error = u"%1:%2: expected 13 tab-separated fields, found %3"_s.arg(casesFile).arg(line).arg(fields.size());
            return {};
        }
        CaseResult c;
        if (!parseRow(fields, c, error))
            return {};
        const double typical = fields.at(10).toDouble();
        if (c.verdict == Verdict::Error) {
            c.error = u"the engine's session store could not be opened: disk I/O error"_s;
        } else if (c.info.kind == CaseKind::Latency) {
            c.samples = latencySamples(typical, samplesPerCase, engine);
            c.sampleUnit = u"ns"_s;
            c.iterations = samplesPerCase * 16;
        } else if (c.info.kind == CaseKind::Throughput) {
            c.samples = rateSamples(typical, engine);
            c.sampleUnit = u"ops/s"_s;
        }
        c.stats = summarize(c.samples);
        if (c.info.kind == CaseKind::Latency && c.verdict != Verdict::Error)
            c.throughput = 1e9 / c.stats.median;
        if (c.info.kind == CaseKind::Throughput) {
            c.throughput = c.stats.median;
            c.throughputCiLow = c.stats.min;
            c.throughputCiHigh = c.stats.max;
        }
        if (c.baselineExpectedMs > 0)
            c.baselineRatio = c.stats.median / 1e6 / c.baselineExpectedMs;
        c.verdictReason = reasonFor(c);
        if (c.verdict == Verdict::Warn)
            c.warnings.append(u"coefficient of variation 34 % is above 10 %; the machine was busy"_s);
        c.elapsedMs = 1200;
        addSeries(c, engine);
        run.cases.append(c);
    }
    return run;
}

} // namespace linda::test
