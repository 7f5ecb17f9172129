#include "chartdata.h"
#include "chartview.h"
#include "livethroughput.h"
#include "loadcharts.h"
#include "runprogresswidget.h"
#include "stallprobe.h"
#include "units.h"

#include <QTest>

using namespace linda;
using namespace std::chrono_literals;

class TestUiHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stallProbeMeasuresLateness();
    void stallProbeFirstTickIsNoStall();
    void stallProbeReset();
    void stallProbeBusyFromCpuTime();
    void millisecondsFromUnit_data();
    void millisecondsFromUnit();
    void opsPerSecondFromSample_data();
    void opsPerSecondFromSample();
    void liveThroughputSpreadsBatch();
    void liveThroughputContinuesAfterBatch();
    void latencyFiguresConvertNanoseconds();
    void latencyFiguresSkipThroughputCases();
    void throughputOverTimeSpreadsSamples();
    void throughputOverTimeSkipsNonRates_data();
    void throughputOverTimeSkipsNonRates();
    void logScaleDecision_data();
    void logScaleDecision();
    void remainingEstimate_data();
    void remainingEstimate();
    void workerScalingFromMetrics();
    void workerAxisStepIsWhole_data();
    void workerAxisStepIsWhole();
};

void TestUiHelpers::stallProbeMeasuresLateness()
{
    ui::StallProbe probe(nullptr, 10ms);
    probe.recordTick(0ns);
    probe.recordTick(10ms);
    probe.recordTick(20ms + 3ms); // 3 ms late
    probe.recordTick(33ms + 57ms); // 57 ms late: the stall to report
    probe.recordTick(100ms);
    QCOMPARE(probe.maxStall(), std::chrono::nanoseconds(57ms));
    QCOMPARE(probe.tickCount(), 5);
}

void TestUiHelpers::stallProbeFirstTickIsNoStall()
{
    ui::StallProbe probe(nullptr, 10ms);
    probe.recordTick(5s);
    QCOMPARE(probe.maxStall(), 0ns);
}

void TestUiHelpers::stallProbeReset()
{
    ui::StallProbe probe(nullptr, 10ms);
    probe.recordTick(0ns);
    probe.recordTick(100ms);
    probe.reset();
    probe.recordTick(200ms);
    probe.recordTick(210ms);
    QCOMPARE(probe.maxStall(), 0ns);
}

void TestUiHelpers::stallProbeBusyFromCpuTime()
{
    ui::StallProbe probe(nullptr, 10ms);
    probe.recordTick(0ns, 100ms);
    probe.recordTick(80ms, 104ms); // 70 ms late, but only 4 ms of own work: the scheduler's stall
    probe.recordTick(120ms, 134ms); // 30 ms late after 30 ms of own work
    QCOMPARE(probe.maxStall(), std::chrono::nanoseconds(70ms));
    QCOMPARE(probe.maxBusy(), std::chrono::nanoseconds(30ms));
}

void TestUiHelpers::millisecondsFromUnit_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("ms");
    QTest::addRow("ns") << 2.5e6 << u"ns"_qs << 2.5;
    QTest::addRow("us") << 1500.0 << u"us"_qs << 1.5;
    QTest::addRow("ms") << 7.0 << u"ms"_qs << 7.0;
    QTest::addRow("s") << 0.25 << u"s"_qs << 250.0;
}

void TestUiHelpers::millisecondsFromUnit()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(double, ms);
    QCOMPARE(ui::toMilliseconds(value, unit), ms);
}

void TestUiHelpers::opsPerSecondFromSample_data()
{
    QTest::addColumn<double>("sample");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("opsPerSecond");
    QTest::addRow("1 us per op") << 1000.0 << u"ns"_qs << 1e6;
    QTest::addRow("rate stays a rate") << 420.0 << u"ops/s"_qs << 420.0;
    QTest::addRow("zero latency") << 0.0 << u"ns"_qs << 0.0;
}

void TestUiHelpers::opsPerSecondFromSample()
{
    QFETCH(double, sample);
    QFETCH(QString, unit);
    QFETCH(double, opsPerSecond);
    QCOMPARE(ui::opsPerSecondFromSample(sample, unit), opsPerSecond);
}

void TestUiHelpers::liveThroughputSpreadsBatch()
{
    ui::LiveThroughput live;
    live.startCase(u"c"_qs);
    live.addSamples(u"c"_qs, {1000, 2000, 4000, 1000}, u"ns"_qs, 2.0);
    const QList<QPointF> points = live.points(u"c"_qs);
    QCOMPARE(points.size(), 4);
    QCOMPARE(points[0], QPointF(0.5, 1e6));
    QCOMPARE(points[1], QPointF(1.0, 5e5));
    QCOMPARE(points[3], QPointF(2.0, 1e6));
}

void TestUiHelpers::liveThroughputContinuesAfterBatch()
{
    ui::LiveThroughput live;
    live.startCase(u"c"_qs);
    live.addSamples(u"c"_qs, {10}, u"ops/s"_qs, 1.0);
    live.addSamples(u"c"_qs, {20, 30}, u"ops/s"_qs, 3.0);
    const QList<QPointF> points = live.points(u"c"_qs);
    QCOMPARE(points, (QList<QPointF>{{1.0, 10}, {2.0, 20}, {3.0, 30}}));
}

void TestUiHelpers::latencyFiguresConvertNanoseconds()
{
    bench::CaseResult r;
    r.info.id = u"bench.x"_qs;
    r.info.unit = u"ms"_qs;
    r.sampleUnit = u"ns"_qs;
    r.stats.count = 10;
    r.stats.p50 = 1e4;
    r.stats.p95 = 2e4;
    r.stats.p99 = 5e4;
    r.stats.max = 1e6;
    r.threshold = 50;
    r.baselineExpectedMs = 10;
    r.baselineTolerancePercent = 20;

    const auto figures = ui::latencyFigures({r});

    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures[0].p50Ms, 0.01);
    QCOMPARE(figures[0].maxMs, 1.0);
    QCOMPARE(figures[0].thresholdMs.value(), 50.0);
    QCOMPARE(figures[0].baselineLowMs.value(), 8.0);
    QCOMPARE(figures[0].baselineHighMs.value(), 12.0);
}

void TestUiHelpers::latencyFiguresSkipThroughputCases()
{
    bench::CaseResult r;
    r.sampleUnit = u"ops/s"_qs;
    r.stats.count = 5;
    r.throughput = 100;
    QVERIFY(ui::latencyFigures({r}).isEmpty());
    QCOMPARE(ui::throughputFigures({r}).size(), 1);
}

void TestUiHelpers::throughputOverTimeSpreadsSamples()
{
    bench::CaseResult r;
    r.sampleUnit = u"ns"_qs;
    r.samples = {1e6, 2e6};
    r.elapsedMs = 4000;
    const QList<QPointF> points = ui::throughputOverTime(r);
    QCOMPARE(points, (QList<QPointF>{{2.0, 1000}, {4.0, 500}}));
}

void TestUiHelpers::throughputOverTimeSkipsNonRates_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("plotted");
    QTest::addRow("heap bytes") << u"bytes"_qs << false;
    QTest::addRow("megabytes") << u"MB"_qs << false;
    QTest::addRow("no unit") << QString() << false;
    QTest::addRow("ms per operation") << u"ms"_qs << true;
    QTest::addRow("ops/s") << u"ops/s"_qs << true;
}

void TestUiHelpers::throughputOverTimeSkipsNonRates()
{
    QFETCH(QString, unit);
    QFETCH(bool, plotted);
    bench::CaseResult r;
    r.sampleUnit = unit;
    r.samples = {10e6, 11e6};
    r.elapsedMs = 1000;
    QCOMPARE(!ui::throughputOverTime(r).isEmpty(), plotted);
}

void TestUiHelpers::logScaleDecision_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("log");
    QTest::addRow("one decade") << QList<double>{1, 5, 9.9} << false;
    QTest::addRow("two decades") << QList<double>{0.5, 50} << true;
    QTest::addRow("zeros ignored") << QList<double>{0, 0, 3, 20} << false;
    QTest::addRow("ns figures against a ms threshold") << QList<double>{0.002, 0.01, 50} << true;
    QTest::addRow("empty") << QList<double>{} << false;
}

void TestUiHelpers::logScaleDecision()
{
    QFETCH(QList<double>, values);
    QFETCH(bool, log);
    QCOMPARE(ui::needsLogScale(values), log);
}

void TestUiHelpers::remainingEstimate_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("finished");
    QTest::addColumn<int>("total");
    QTest::addColumn<qint64>("remaining");
    QTest::addRow("nothing finished") << qint64(5000) << 0 << 10 << qint64(-1);
    QTest::addRow("half done") << qint64(6000) << 5 << 10 << qint64(6000);
    QTest::addRow("all done") << qint64(6000) << 10 << 10 << qint64(0);
}

void TestUiHelpers::remainingEstimate()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, finished);
    QFETCH(int, total);
    QFETCH(qint64, remaining);
    QCOMPARE(ui::RunProgressWidget::estimateRemainingMs(elapsed, finished, total), remaining);
}

void TestUiHelpers::workerScalingFromMetrics()
{
    bench::CaseResult r;
    r.metrics.insert(u"itemsPerSecond.workers=8"_qs, 800);
    r.metrics.insert(u"itemsPerSecond.workers=1"_qs, 150);
    r.metrics.insert(u"itemsPerSecond.workers=2"_qs, 290);
    r.metrics.insert(u"lostItems"_qs, 0);
    const QList<QPointF> points = ui::workerScalingPoints(r);
    QCOMPARE(points, (QList<QPointF>{{1, 150}, {2, 290}, {8, 800}}));
}

void TestUiHelpers::workerAxisStepIsWhole_data()
{
    QTest::addColumn<double>("maxWorkers");
    QTest::addColumn<int>("step");
    QTest::addRow("1 to 8 workers") << 8.0 << 1;
    QTest::addRow("single worker") << 1.0 << 1;
    QTest::addRow("16 workers") << 16.0 << 2;
    QTest::addRow("64 workers") << 64.0 << 8;
    QTest::addRow("no points") << 0.0 << 1;
}

void TestUiHelpers::workerAxisStepIsWhole()
{
    QFETCH(double, maxWorkers);
    QFETCH(int, step);
    QCOMPARE(ui::workerAxisStep(maxWorkers), step);
}

QTEST_MAIN(TestUiHelpers)
#include "tst_uihelpers.moc"
