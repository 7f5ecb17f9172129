#include "bench/verdicts.h"

#include <QTest>

using namespace linda::bench;

Q_DECLARE_METATYPE(linda::bench::Verdict)
Q_DECLARE_METATYPE(linda::bench::Severity)

class TestVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strictestPassedCheckExplainsAPass();
    void judgeFigure_data();
    void judgeFigure();
    void baseline_data();
    void baseline();
    void severity_data();
    void severity();
    void countCheckHasNoWarnZone();
    void worstCheckDecides();
    void noChecksPasses();
    void errorIsKept();
};

void TestVerdicts::judgeFigure_data()
{
    QTest::addColumn<double>("measured");
    QTest::addColumn<double>("limit");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<Verdict>("expected");

    QTest::addRow("max: well under") << 10.0 << 50.0 << false << Verdict::Pass;
    QTest::addRow("max: at 80 percent") << 40.0 << 50.0 << false << Verdict::Pass;
    QTest::addRow("max: at 90 percent") << 45.0 << 50.0 << false << Verdict::Warn;
    QTest::addRow("max: at limit") << 50.0 << 50.0 << false << Verdict::Warn;
    QTest::addRow("max: over") << 50.5 << 50.0 << false << Verdict::Fail;
    QTest::addRow("exact zero: zero") << 0.0 << 0.0 << false << Verdict::Pass;
    QTest::addRow("exact zero: one") << 1.0 << 0.0 << false << Verdict::Fail;
    QTest::addRow("min: well over") << 1000.0 << 50.0 << true << Verdict::Pass;
    QTest::addRow("min: limit is 90 percent of figure") << 100.0 << 90.0 << true << Verdict::Warn;
    QTest::addRow("min: at limit") << 90.0 << 90.0 << true << Verdict::Warn;
    QTest::addRow("min: under") << 89.0 << 90.0 << true << Verdict::Fail;
}

void TestVerdicts::judgeFigure()
{
    QFETCH(double, measured);
    QFETCH(double, limit);
    QFETCH(bool, higherIsBetter);
    QFETCH(Verdict, expected);
    QCOMPARE(judge(measured, limit, higherIsBetter), expected);
}

void TestVerdicts::baseline_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<Verdict>("expected");
    QTest::addRow("far faster") << 0.001 << 20.0 << Verdict::Pass;
    QTest::addRow("inside tolerance") << 1.15 << 20.0 << Verdict::Pass;
    QTest::addRow("at tolerance") << 1.2 << 20.0 << Verdict::Pass;
    QTest::addRow("beyond tolerance") << 1.25 << 20.0 << Verdict::Fail;
}

void TestVerdicts::baseline()
{
    QFETCH(double, ratio);
    QFETCH(double, tolerance);
    QFETCH(Verdict, expected);
    QCOMPARE(judgeBaseline(ratio, tolerance), expected);
}

void TestVerdicts::severity_data()
{
    QTest::addColumn<double>("change");
    QTest::addColumn<Severity>("expected");
    QTest::addRow("faster") << -0.3 << Severity::None;
    QTest::addRow("4 percent") << 0.04 << Severity::None;
    QTest::addRow("5 percent") << 0.05 << Severity::Medium;
    QTest::addRow("12 percent") << 0.12 << Severity::High;
    QTest::addRow("20 percent") << 0.20 << Severity::Critical;
}

void TestVerdicts::severity()
{
    QFETCH(double, change);
    QFETCH(Severity, expected);
    QCOMPARE(severityForChange(change), expected);
}

void TestVerdicts::countCheckHasNoWarnZone()
{
    QCOMPARE(makeCountCheck(u"handled"_qs, 100, 100, true).verdict, Verdict::Pass);
    QCOMPARE(makeCountCheck(u"handled"_qs, 99, 100, true).verdict, Verdict::Fail);
    QCOMPARE(makeCountCheck(u"left"_qs, 5, 5, false).verdict, Verdict::Pass);
    QCOMPARE(makeCountCheck(u"left"_qs, 6, 5, false).verdict, Verdict::Fail);
    QCOMPARE(makeCheck(u"handled"_qs, u"count"_qs, 100, 100, true).verdict, Verdict::Warn);
}

void TestVerdicts::worstCheckDecides()
{
    CaseResult result;
    result.checks << makeCheck(u"elapsed"_qs, u"ms"_qs, 100, 10000, false)
                  << makeCheck(u"succeeded writes"_qs, u"count"_qs, 480, 490, true)
                  << makeCheck(u"p95 latency"_qs, u"ms"_qs, 45, 50, false);
    applyChecks(result);
    QCOMPARE(result.verdict, Verdict::Fail);
    QVERIFY2(result.verdictReason.contains(u"succeeded writes"_qs), qPrintable(result.verdictReason));
    QVERIFY2(result.verdictReason.contains(u"480"_qs), qPrintable(result.verdictReason));
    QVERIFY2(result.verdictReason.contains(u"490"_qs), qPrintable(result.verdictReason));
}

// A throughput case passes both its lowest band (50/s) and its peak load
// (2000/s); the reason and every limit shown name the stricter one.
void TestVerdicts::strictestPassedCheckExplainsAPass()
{
    CaseResult result;
    result.checks << makeCheck(u"median rate (lowest band)"_qs, u"ops/s"_qs, 5000, 50, true)
                  << makeCheck(u"median rate (peak load)"_qs, u"ops/s"_qs, 5000, 2000, true)
                  << makeCheck(u"p95 latency"_qs, u"ms"_qs, 1, 200, false);
    applyChecks(result);
    QCOMPARE(result.verdict, Verdict::Pass);
    QCOMPARE(decidingCheck(result), &result.checks.at(1));
    QVERIFY2(result.verdictReason.contains(u"peak load"_qs), qPrintable(result.verdictReason));
    QCOMPARE(decidingCheck(CaseResult()), nullptr);
}

void TestVerdicts::noChecksPasses()
{
    CaseResult result;
    applyChecks(result);
    QCOMPARE(result.verdict, Verdict::Pass);
    QVERIFY(!result.verdictReason.isEmpty());
}

void TestVerdicts::errorIsKept()
{
    CaseResult result;
    result.verdict = Verdict::Error;
    result.checks << makeCheck(u"p95 latency"_qs, u"ms"_qs, 1, 50, false);
    applyChecks(result);
    QCOMPARE(result.verdict, Verdict::Error);
}

QTEST_GUILESS_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
