#include "bench/history/mannwhitney.h"

#include <QList>
#include <QTest>

using namespace linda::bench;

// Expected values were computed independently: exact p-values by enumerating
// every assignment of ranks to the first sample, asymptotic ones from the
// formula with tie and continuity corrections (the same definition as
// SciPy's mannwhitneyu).
class TestMannWhitney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues_data();
    void knownValues();
    void swappedSamplesSameP();
    void emptySampleGivesPOne();
    void identicalValuesGivePOne();
    void exactUsedOnlyForSmallSamplesWithoutTies_data();
    void exactUsedOnlyForSmallSamplesWithoutTies();
};

namespace {

QList<double> sequence(int count, double start, double step)
{
    QList<double> values;
    for (int i = 0; i < count; ++i)
        values << start + i * step;
    return values;
}

QList<double> modulo(int count, int divisor, double offset)
{
    QList<double> values;
    for (int i = 0; i < count; ++i)
        values << double(i % divisor) + offset;
    return values;
}

QList<double> shifted(const QList<double> &values, double by)
{
    QList<double> result;
    for (const double v : values)
        result << v + by;
    return result;
}

const QList<double> kTwentyOne{1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 10.1, 11.1,
                               12.1, 13.1, 14.1, 15.1, 16.1, 17.1, 18.1, 19.1, 20.1, 21.1};

} // namespace

void TestMannWhitney::knownValues_data()
{
    QTest::addColumn<QList<double>>("first");
    QTest::addColumn<QList<double>>("second");
    QTest::addColumn<double>("u1");
    QTest::addColumn<double>("pValue");
    QTest::addColumn<bool>("exact");

    // Complete separation of 5 and 5: only 1 of C(10, 5) = 252 splits is as extreme on each side.
    QTest::addRow("exact separated 5+5") << sequence(5, 1, 1) << sequence(5, 6, 1) << 0.0 << 2.0 / 252.0 << true;
    QTest::addRow("exact interleaved 5+5") << sequence(5, 1, 2) << sequence(5, 2, 2) << 10.0 << 0.6904761904761905
                                           << true;
    QTest::addRow("exact unequal 5+4") << QList<double>{19, 22, 16, 29, 24} << QList<double>{20, 11, 17, 12}
                                       << 17.0 << 0.1111111111111111 << true;
    QTest::addRow("asymptotic with ties 25+30") << modulo(25, 7, 0) << modulo(30, 5, 1) << 342.0
                                                << 0.577578047541083 << false;
    QTest::addRow("asymptotic 21+21") << kTwentyOne << shifted(kTwentyOne, 3) << 163.5 << 0.15507913228070078
                                      << false;
}

void TestMannWhitney::knownValues()
{
    QFETCH(QList<double>, first);
    QFETCH(QList<double>, second);
    QFETCH(double, u1);
    QFETCH(double, pValue);
    QFETCH(bool, exact);

    const MannWhitneyResult result = mannWhitneyU(first, second);
    QCOMPARE(result.u1, u1);
    QCOMPARE(result.u1 + result.u2, double(first.size() * second.size()));
    QCOMPARE(result.exact, exact);
    QVERIFY2(qAbs(result.pValue - pValue) < 1e-9,
             qPrintable(QStringLiteral("p = %1, expected %2").arg(result.pValue, 0, 'g', 12).arg(pValue, 0, 'g', 12)));
}

void TestMannWhitney::swappedSamplesSameP()
{
    const QList<double> a = modulo(25, 7, 0);
    const QList<double> b = modulo(30, 5, 1);
    const MannWhitneyResult forward = mannWhitneyU(a, b);
    const MannWhitneyResult backward = mannWhitneyU(b, a);
    QCOMPARE(backward.u1, forward.u2);
    QCOMPARE(backward.pValue, forward.pValue);
}

void TestMannWhitney::emptySampleGivesPOne()
{
    const QList<double> some{1, 2, 3};
    QCOMPARE(mannWhitneyU(some, {}).pValue, 1.0);
    QCOMPARE(mannWhitneyU({}, some).pValue, 1.0);
}

void TestMannWhitney::identicalValuesGivePOne()
{
    const QList<double> same(30, 4.0);
    const MannWhitneyResult result = mannWhitneyU(same, same);
    QCOMPARE(result.pValue, 1.0);
    QCOMPARE(result.u1, 450.0);
}

void TestMannWhitney::exactUsedOnlyForSmallSamplesWithoutTies_data()
{
    QTest::addColumn<QList<double>>("first");
    QTest::addColumn<QList<double>>("second");
    QTest::addColumn<bool>("exact");

    QTest::addRow("20+20 distinct") << sequence(20, 0, 1) << sequence(20, 0.5, 1) << true;
    QTest::addRow("21+20 distinct") << sequence(21, 0, 1) << sequence(20, 0.5, 1) << false;
    QTest::addRow("5+5 with a tie") << sequence(5, 0, 1) << sequence(5, 4, 1) << false;
}

void TestMannWhitney::exactUsedOnlyForSmallSamplesWithoutTies()
{
    QFETCH(QList<double>, first);
    QFETCH(QList<double>, second);
    QFETCH(bool, exact);
    QCOMPARE(mannWhitneyU(first, second).exact, exact);
}

QTEST_GUILESS_MAIN(TestMannWhitney)
#include "tst_mannwhitney.moc"
