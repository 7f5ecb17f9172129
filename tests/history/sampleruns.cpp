#include "sampleruns.h"

#include "bench/statistics.h"

using namespace linda::bench;

namespace sampleruns {

CaseResult latencyCase(const QString &id, double medianNs, int sampleCount)
{
    CaseResult c;
    c.info.id = id;
    c.info.suite = Suite::Benchmark;
    c.info.title = QStringLiteral("Parse a whatsapp-web.js text message");
    c.info.kind = CaseKind::Latency;
    c.info.unit = QStringLiteral("ms");
    c.info.thresholdKey = QStringLiteral("messageParse");
    c.info.baselineKey = QStringLiteral("parse-simple-text");
    c.info.parameters = {{QStringLiteral("inputs"), 16}, {QStringLiteral("format"), QStringLiteral("wwebjs")}};
    c.verdict = Verdict::Pass;
    c.verdictReason = QStringLiteral("p95 0.002 ms is within 50 ms");
    // Spread of +-2 % in a fixed pattern, so that runs are reproducible.
    for (int i = 0; i < sampleCount; ++i)
        c.samples << medianNs * (1.0 + 0.02 * double((i * 7) % 11 - 5) / 5.0);
    c.sampleUnit = QStringLiteral("ns");
    c.stats = computeStatistics(c.samples);
    c.throughput = 1e9 / medianNs;
    c.throughputCiLow = c.throughput * 0.98;
    c.throughputCiHigh = c.throughput * 1.02;
    c.measured = c.stats.p95 / 1e6;
    c.threshold = 50;
    c.baselineExpectedMs = 5;
    c.baselineTolerancePercent = 20;
    c.baselineRatio = c.stats.median / 1e6 / 5;
    c.baselineVerdict = Verdict::Pass;
    CheckResult check;
    check.name = QStringLiteral("p95 latency");
    check.unit = QStringLiteral("ms");
    check.measured = c.measured;
    check.limit = 50;
    check.verdict = Verdict::Pass;
    check.source = QStringLiteral("thresholds.json:thresholds.messageParse");
    c.checks << check;
    c.metrics.insert(QStringLiteral("recordsPerEnvelope"), 5);
    c.series << Series{QStringLiteral("latency"), QStringLiteral("sample"), QStringLiteral("ns"),
                       {QPointF(0, medianNs), QPointF(1, medianNs * 1.01)}};
    c.warnings << QStringLiteral("Debug build: figures are not representative.");
    c.iterations = 123456;
    c.elapsedMs = 210;
    c.batchSize = 16;
    return c;
}

CaseResult throughputCase(const QString &id, double opsPerSecond)
{
    CaseResult c;
    c.info.id = id;
    c.info.suite = Suite::Benchmark;
    c.info.title = QStringLiteral("Mixed commands for a fixed time");
    c.info.kind = CaseKind::Throughput;
    c.info.unit = QStringLiteral("ops/s");
    c.verdict = Verdict::Warn;
    for (int i = 0; i < 5; ++i)
        c.samples << opsPerSecond * (1.0 + 0.01 * (i - 2));
    c.sampleUnit = QStringLiteral("ops/s");
    c.stats = computeStatistics(c.samples);
    c.throughput = opsPerSecond;
    c.measured = opsPerSecond;
    c.threshold = 500;
    c.higherIsBetter = true;
    return c;
}

RunResult run(const QDateTime &startedAt, Profile profile, double parseMedianNs, int sampleCount)
{
    RunResult r;
    r.request.caseIds = {QStringLiteral("bench.parse.simple-text"), QStringLiteral("bench.command.throughput")};
    r.request.profile = profile;
    r.request.fixturesPath = QStringLiteral("/srv/linda/fixtures");
    r.request.workers = 8;
    r.request.minTimePerCase = std::chrono::milliseconds(250);
    r.environment.cpuModel = QStringLiteral("Example CPU @ 3.0GHz");
    r.environment.cores = 2;
    r.environment.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    r.environment.compiler = QStringLiteral("GNU 12.2.0");
    r.environment.buildType = QStringLiteral("Release");
    r.environment.qtVersion = QStringLiteral("6.4.2");
    r.environment.sqliteVersion = QStringLiteral("3.40.1");
    r.environment.gitCommit = QStringLiteral("0123456789ab");
    r.environment.fixturesSource = QStringLiteral("bundled");
    r.environment.startedAt = startedAt;
    r.environment.noiseWarnings << QStringLiteral("load average 3.1 above 2 cores");
    r.startedAt = startedAt;
    r.finishedAt = startedAt.addSecs(42);
    r.cases << latencyCase(QStringLiteral("bench.parse.simple-text"), parseMedianNs, sampleCount)
            << throughputCase(QStringLiteral("bench.command.throughput"), 2400);
    return r;
}

} // namespace sampleruns
