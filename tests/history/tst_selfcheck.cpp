#include "bench/history/selfcheck.h"

#include <QTest>

using namespace linda::bench;

// The figures themselves depend on the machine; these tests check the
// bookkeeping of a short self-check, never its timings.
class TestSelfCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortRunCountsComparisons();
    void batchHoldsWholeExtraPeriods();
    void cancelStopsBeforeMeasuring();
    void targetsScaleWithCount_data();
    void targetsScaleWithCount();
};

namespace {

SelfCheckOptions quickOptions()
{
    SelfCheckOptions options;
    options.comparisons = 2;
    options.samplesPerSide = 10;
    options.minBatchTime = std::chrono::microseconds(50);
    return options;
}

} // namespace

void TestSelfCheck::shortRunCountsComparisons()
{
    std::atomic<bool> cancel{false};
    QList<int> progress;
    const SelfCheckReport report = runSelfCheck(quickOptions(), cancel, [&progress](int done, int total) {
        QCOMPARE(total, 4);
        progress << done;
    });
    QVERIFY(!report.cancelled);
    QCOMPARE(report.aa.size(), 2);
    QCOMPARE(report.ab.size(), 2);
    QCOMPARE(progress, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(report.aa.at(0).referenceCount, 10);
    QCOMPARE(report.ab.at(0).currentCount, 10);
    QVERIFY(report.operationNs > 0);
    QVERIFY(report.workload.contains(QStringLiteral("webhook")));
}

void TestSelfCheck::batchHoldsWholeExtraPeriods()
{
    std::atomic<bool> cancel{false};
    SelfCheckOptions options = quickOptions();
    options.comparisons = 1;
    options.injectedSlowdown = 0.25;
    const SelfCheckReport report = runSelfCheck(options, cancel);
    QCOMPARE(report.extraPeriod, 4);
    QCOMPARE(report.injectedShare, 0.25);
    QVERIFY(report.batchSize >= 4);
    QCOMPARE(report.batchSize % 4, 0);
}

void TestSelfCheck::cancelStopsBeforeMeasuring()
{
    std::atomic<bool> cancel{true};
    const SelfCheckReport report = runSelfCheck(quickOptions(), cancel);
    QVERIFY(report.cancelled);
    QVERIFY(report.aa.isEmpty());
    QVERIFY(report.ab.isEmpty());
}

void TestSelfCheck::targetsScaleWithCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("falseAlarms");
    QTest::addColumn<int>("detections");
    QTest::addColumn<bool>("met");

    QTest::addRow("20: 1 alarm, 19 found") << 20 << 1 << 19 << true;
    QTest::addRow("20: 2 alarms") << 20 << 2 << 20 << false;
    QTest::addRow("20: 18 found") << 20 << 0 << 18 << false;
    QTest::addRow("40: 2 alarms, 38 found") << 40 << 2 << 38 << true;
    QTest::addRow("5: 1 alarm, 5 found") << 5 << 1 << 5 << true;
    QTest::addRow("5: 4 found") << 5 << 0 << 4 << false;
}

void TestSelfCheck::targetsScaleWithCount()
{
    QFETCH(int, count);
    QFETCH(int, falseAlarms);
    QFETCH(int, detections);
    QFETCH(bool, met);

    SelfCheckReport report;
    for (int i = 0; i < count; ++i) {
        CaseComparison aa;
        aa.kind = i < falseAlarms ? ChangeKind::Regression : ChangeKind::Unchanged;
        report.aa << aa;
        CaseComparison ab;
        ab.kind = i < detections ? ChangeKind::Regression : ChangeKind::Unchanged;
        report.ab << ab;
    }
    QCOMPARE(report.meetsTargets(), met);
}

QTEST_GUILESS_MAIN(TestSelfCheck)
#include "tst_selfcheck.moc"
