#include "bench/reportwriters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace linda::bench;

namespace {

// A run of three cases: a passing latency case, a failing load case with two
// checks, and an erroring memory case; with a comma and a quote in a reason
// so that CSV quoting is exercised.
RunResult sampleRun()
{
    RunResult run;
    run.request.profile = Profile::Quick;
    run.request.caseIds = {u"bench.parse.simple-text"_qs, u"load.db.writes-500"_qs, u"mem.baseline"_qs};
    run.startedAt = QDateTime(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(12);
    run.environment.cpuModel = u"Test CPU"_qs;
    run.environment.cores = 2;
    run.environment.buildType = u"Release"_qs;
    run.environment.gitCommit = u"abc123"_qs;
    run.environment.startedAt = run.startedAt;
    run.environment.noiseWarnings = {u"Load average 3.00 is above the 2 cores."_qs};

    CaseResult parse;
    parse.info.id = u"bench.parse.simple-text"_qs;
    parse.info.suite = Suite::Benchmark;
    parse.info.kind = CaseKind::Latency;
    parse.info.unit = u"ms"_qs;
    parse.info.parameters.insert(u"limitMs"_qs, 50.0);
    parse.verdict = Verdict::Pass;
    parse.verdictReason = u"p95 latency 0.011 ms against a maximum of 50 ms."_qs;
    parse.samples = {10500, 11000, 12000, 11200};
    parse.sampleUnit = u"ns"_qs;
    parse.stats.count = 4;
    parse.stats.mean = 11175;
    parse.stats.p50 = 11100;
    parse.stats.p95 = 11880;
    parse.iterations = 4000;
    parse.batchSize = 1000;
    parse.elapsedMs = 250;
    parse.series << Series{u"heap"_qs, u"messages"_qs, u"MB"_qs, {QPointF(0, 1.5), QPointF(1, 1.75)}};

    CaseResult writes;
    writes.info.id = u"load.db.writes-500"_qs;
    writes.info.suite = Suite::Load;
    writes.info.kind = CaseKind::Latency;
    writes.info.unit = u"ms"_qs;
    writes.verdict = Verdict::Fail;
    writes.verdictReason = u"succeeded writes 480 count against a minimum of 490 count, \"strict\"."_qs;
    writes.samples = {2e6, 3e6};
    writes.sampleUnit = u"ns"_qs;
    writes.stats.count = 2;
    writes.stats.mean = 2.5e6;
    writes.checks << CheckResult{u"time for all writes"_qs, u"ms"_qs, 1200, 10000, false, true, Verdict::Pass, {}}
                  << CheckResult{u"succeeded writes"_qs, u"count"_qs, 480, 490, true, false, Verdict::Fail,
                                 u"fixtures/load-scenarios.json:$.scenarios.500DatabaseWrites"_qs};
    writes.metrics.insert(u"peakConnections"_qs, 50);
    writes.elapsedMs = 1300;

    CaseResult baseline;
    baseline.info.id = u"mem.baseline"_qs;
    baseline.info.suite = Suite::Memory;
    baseline.info.kind = CaseKind::Memory;
    baseline.info.unit = u"MB"_qs;
    baseline.verdict = Verdict::Error;
    baseline.error = u"Cannot start the engine: disk full"_qs;
    baseline.verdictReason = baseline.error;

    run.cases << parse << writes << baseline;
    return run;
}

// Splits one CSV record (RFC 4180, no embedded line breaks here).
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void jsonRejectsWrongType();
    void csvHasOneRowPerCase();
    void junitListsEveryCase();
    void googleBenchmarkJsonShape();
    void atomicWriteCreatesFile();
    void failedWriteLeavesNoFile();
};

void TestWriters::jsonRoundTrip()
{
    const RunResult run = sampleRun();
    const QJsonDocument document = QJsonDocument::fromJson(runToJsonBytes(run));
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value(u"format"_qs).toString(), u"linda-bench-run"_qs);
    QCOMPARE(document.object().value(u"summary"_qs).toObject().value(u"fail"_qs).toInt(), 1);

    RunResult back;
    QString error;
    QVERIFY2(runFromJson(document.object(), back, &error), qPrintable(error));
    QCOMPARE(back.cases.size(), 3);
    QCOMPARE(back.cases.at(0).samples, run.cases.at(0).samples);
    QCOMPARE(back.cases.at(0).info.parameters.value(u"limitMs"_qs).toDouble(), 50.0);
    QCOMPARE(back.cases.at(0).series.first().points, run.cases.at(0).series.first().points);
    QCOMPARE(back.cases.at(1).verdict, Verdict::Fail);
    QCOMPARE(back.cases.at(1).checks.size(), 2);
    QCOMPARE(back.cases.at(1).checks.at(1).source, run.cases.at(1).checks.at(1).source);
    QCOMPARE(back.cases.at(1).metrics.value(u"peakConnections"_qs), 50.0);
    QCOMPARE(back.cases.at(2).error, run.cases.at(2).error);
    QCOMPARE(back.environment.noiseWarnings, run.environment.noiseWarnings);
    QCOMPARE(back.startedAt, run.startedAt);
    QCOMPARE(back.request.profile, Profile::Quick);
}

void TestWriters::jsonRejectsWrongType()
{
    QJsonObject object = runToJson(sampleRun());
    QJsonArray cases = object.value(u"cases"_qs).toArray();
    QJsonObject first = cases.at(0).toObject();
    first.insert(u"samples"_qs, u"many"_qs);
    cases.replace(0, first);
    object.insert(u"cases"_qs, cases);
    RunResult back;
    QString error;
    QVERIFY(!runFromJson(object, back, &error));
    QVERIFY2(error.contains(u"$.cases[0].samples"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"array"_qs), qPrintable(error));
}

void TestWriters::csvHasOneRowPerCase()
{
    const QString csv = QString::fromUtf8(runToCsv(sampleRun()));
    const QStringList lines = csv.split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QStringList header = splitCsv(lines.at(0));
    const QStringList failRow = splitCsv(lines.at(2));
    QCOMPARE(failRow.size(), header.size());
    QCOMPARE(failRow.at(header.indexOf(u"id"_qs)), u"load.db.writes-500"_qs);
    QCOMPARE(failRow.at(header.indexOf(u"verdict"_qs)), u"fail"_qs);
    QVERIFY(failRow.at(header.indexOf(u"reason"_qs)).contains(u"\"strict\""_qs));
    const QStringList passRow = splitCsv(lines.at(1));
    QCOMPARE(passRow.at(header.indexOf(u"p95"_qs)).toDouble(), 11880.0);
}

void TestWriters::junitListsEveryCase()
{
    QXmlStreamReader xml(runToJUnit(sampleRun()));
    int testcases = 0;
    int failures = 0;
    int errors = 0;
    QString failureText;
    QStringList suites;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"testsuite"_qs)
            suites << xml.attributes().value(u"name"_qs).toString();
        else if (xml.name() == u"testcase"_qs)
            ++testcases;
        else if (xml.name() == u"failure"_qs) {
            ++failures;
            failureText = xml.readElementText();
        } else if (xml.name() == u"error"_qs)
            ++errors;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(testcases, 3);
    QCOMPARE(failures, 1);
    QCOMPARE(errors, 1);
    QCOMPARE(suites, (QStringList{u"benchmark"_qs, u"load"_qs, u"memory"_qs}));
    QVERIFY2(failureText.contains(u"succeeded writes: 480 count, minimum 490 count -> fail"_qs),
             qPrintable(failureText));
}

void TestWriters::googleBenchmarkJsonShape()
{
    const QJsonObject root = QJsonDocument::fromJson(runToGoogleBenchmarkJson(sampleRun())).object();
    QVERIFY(root.value(u"context"_qs).isObject());
    const QJsonArray benchmarks = root.value(u"benchmarks"_qs).toArray();
    // The erroring memory case has no timing and is left out.
    QCOMPARE(benchmarks.size(), 2);
    const QJsonObject first = benchmarks.at(0).toObject();
    QCOMPARE(first.value(u"name"_qs).toString(), u"bench.parse.simple-text"_qs);
    QCOMPARE(first.value(u"run_type"_qs).toString(), u"iteration"_qs);
    QCOMPARE(first.value(u"time_unit"_qs).toString(), u"ns"_qs);
    QCOMPARE(first.value(u"real_time"_qs).toDouble(), 11175.0);
    QCOMPARE(first.value(u"cpu_time"_qs).toDouble(), 11175.0);
    QCOMPARE(first.value(u"iterations"_qs).toDouble(), 4000.0);
}

void TestWriters::atomicWriteCreatesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run.json"_qs);
    QString error;
    QVERIFY2(writeFileAtomically(path, "{}\n", &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{}\n"));
}

void TestWriters::failedWriteLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/run.json"_qs);
    QString error;
    QVERIFY(!writeFileAtomically(path, "{}\n", &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
