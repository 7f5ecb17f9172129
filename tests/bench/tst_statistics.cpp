#include "bench/statistics.h"

#include <QTest>

#include <cmath>

using namespace linda::bench;

// Expected values below were computed by hand or with NumPy
// (numpy.percentile, default linear method) on the same inputs.
class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentile_data();
    void percentile();
    void summaryOfKnownSet();
    void standardDeviationOfKnownSet();
    void madOfKnownSet();
    void tukeyFencesCountOutliers();
    void emptySetGivesZeros();
    void bootstrapIsDeterministic();
    void bootstrapContainsMedian();
    void throughputMedianAndInterval();
    void operationsPerSecond_data();
    void operationsPerSecond();
    void unstableWarning();
};

void TestStatistics::percentile_data()
{
    QTest::addColumn<QList<double>>("sorted");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");

    const QList<double> ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::addRow("p0 is min") << ten << 0.0 << 1.0;
    QTest::addRow("p100 is max") << ten << 100.0 << 10.0;
    QTest::addRow("p50 of even count") << ten << 50.0 << 5.5;
    QTest::addRow("p90 interpolates") << ten << 90.0 << 9.1;
    QTest::addRow("p95 interpolates") << ten << 95.0 << 9.55;
    QTest::addRow("p99 interpolates") << ten << 99.0 << 9.91;
    QTest::addRow("single value") << QList<double>{42} << 95.0 << 42.0;
    QTest::addRow("p25 of five") << QList<double>{10, 20, 30, 40, 50} << 25.0 << 20.0;
    QTest::addRow("p above 100 clamps") << ten << 150.0 << 10.0;
}

void TestStatistics::percentile()
{
    QFETCH(QList<double>, sorted);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(percentileSorted(sorted, p), expected);
}

void TestStatistics::summaryOfKnownSet()
{
    const Statistics s = computeStatistics({5, 1, 4, 2, 3});
    QCOMPARE(s.count, 5);
    QCOMPARE(s.min, 1.0);
    QCOMPARE(s.max, 5.0);
    QCOMPARE(s.mean, 3.0);
    QCOMPARE(s.median, 3.0);
    QCOMPARE(s.p50, 3.0);
    QCOMPARE(s.p90, 4.6);
    QCOMPARE(s.p95, 4.8);
}

void TestStatistics::standardDeviationOfKnownSet()
{
    // Sample standard deviation of 2, 4, 4, 4, 5, 5, 7, 9: sum of squares 32, n - 1 = 7.
    const Statistics s = computeStatistics({2, 4, 4, 4, 5, 5, 7, 9});
    QCOMPARE(s.mean, 5.0);
    QVERIFY(std::abs(s.stddev - std::sqrt(32.0 / 7.0)) < 1e-12);
    QVERIFY(std::abs(s.cv - std::sqrt(32.0 / 7.0) / 5.0) < 1e-12);
}

void TestStatistics::madOfKnownSet()
{
    // Median 2; deviations 1 1 0 0 2 4 7, median 1.
    const QList<double> sorted = {1, 1, 2, 2, 4, 6, 9};
    QCOMPARE(medianAbsoluteDeviation(sorted), 1.0);
}

void TestStatistics::tukeyFencesCountOutliers()
{
    // Q1 = 3.25, Q3 = 7.75, IQR = 4.5: fences -3.5 and 14.5.
    const QList<double> sorted = {-10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50};
    const OutlierCounts counts = tukeyOutliers(sorted);
    QCOMPARE(counts.low, 1);
    QCOMPARE(counts.high, 1);
}

void TestStatistics::emptySetGivesZeros()
{
    const Statistics s = computeStatistics({});
    QCOMPARE(s.count, 0);
    QCOMPARE(s.p95, 0.0);
    QCOMPARE(s.medianCiLow, 0.0);
}

void TestStatistics::bootstrapIsDeterministic()
{
    QList<double> values;
    for (int i = 0; i < 200; ++i)
        values << std::fmod(i * 37.0, 101.0);
    const Interval a = bootstrapMedianInterval(values);
    const Interval b = bootstrapMedianInterval(values);
    QCOMPARE(a.low, b.low);
    QCOMPARE(a.high, b.high);
}

void TestStatistics::bootstrapContainsMedian()
{
    QList<double> values;
    for (int i = 1; i <= 101; ++i)
        values << double(i);
    const Interval ci = bootstrapMedianInterval(values);
    QVERIFY(ci.low <= 51.0);
    QVERIFY(ci.high >= 51.0);
    QVERIFY(ci.low > 30.0);
    QVERIFY(ci.high < 72.0);
    QVERIFY(ci.low < ci.high);
}

void TestStatistics::throughputMedianAndInterval()
{
    const ThroughputEstimate estimate = estimateThroughput({900, 1000, 1100, 1000, 950});
    QCOMPARE(estimate.median, 1000.0);
    QVERIFY(estimate.interval.low <= 1000.0);
    QVERIFY(estimate.interval.high >= 1000.0);
    QVERIFY(estimate.interval.low >= 900.0);
    QVERIFY(estimate.interval.high <= 1100.0);
}

void TestStatistics::operationsPerSecond_data()
{
    QTest::addColumn<double>("operations");
    QTest::addColumn<double>("elapsedNs");
    QTest::addColumn<double>("expected");
    QTest::addRow("1000 in 1 s") << 1000.0 << 1e9 << 1000.0;
    QTest::addRow("5 in 1 ms") << 5.0 << 1e6 << 5000.0;
    QTest::addRow("no time") << 5.0 << 0.0 << 0.0;
}

void TestStatistics::operationsPerSecond()
{
    QFETCH(double, operations);
    QFETCH(double, elapsedNs);
    QFETCH(double, expected);
    QCOMPARE(linda::bench::operationsPerSecond(operations, elapsedNs), expected);
}

void TestStatistics::unstableWarning()
{
    Statistics stable;
    stable.count = 1000;
    stable.cv = 0.02;
    QVERIFY(stabilityWarnings(stable).isEmpty());

    Statistics unstable = stable;
    unstable.cv = 0.25;
    const QStringList warnings = stabilityWarnings(unstable);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"25.0 %"_qs));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
