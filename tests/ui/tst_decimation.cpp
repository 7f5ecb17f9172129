#include "decimation.h"

#include <QTest>

#include <cmath>
#include <limits>

using linda::ui::decimateMinMax;

namespace {

QList<QPointF> sine(int n)
{
    QList<QPointF> points;
    for (int i = 0; i < n; ++i)
        points.append(QPointF(i, std::sin(i * 0.01) * 100 + (i % 7)));
    return points;
}

} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortSeriesUnchanged_data();
    void shortSeriesUnchanged();
    void outputBounded_data();
    void outputBounded();
    void keepsExtremes();
    void keepsEndpoints();
    void keepsOrder();
    void dropsNaN();
    void singleSpike();
};

void TestDecimation::shortSeriesUnchanged_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("buckets");
    QTest::addRow("empty") << 0 << 10;
    QTest::addRow("one point") << 1 << 10;
    QTest::addRow("exactly two per bucket") << 20 << 10;
    QTest::addRow("zero buckets") << 500 << 0;
    QTest::addRow("negative buckets") << 500 << -3;
}

void TestDecimation::shortSeriesUnchanged()
{
    QFETCH(int, points);
    QFETCH(int, buckets);
    const QList<QPointF> input = sine(points);
    QCOMPARE(decimateMinMax(input, buckets), input);
}

void TestDecimation::outputBounded_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("buckets");
    QTest::addRow("100k into 800") << 100000 << 800;
    QTest::addRow("41 into 10") << 41 << 10;
    QTest::addRow("5000 into 1") << 5000 << 1;
}

void TestDecimation::outputBounded()
{
    QFETCH(int, points);
    QFETCH(int, buckets);
    const QList<QPointF> out = decimateMinMax(sine(points), buckets);
    QVERIFY2(out.size() <= 2 * buckets + 2, qPrintable(QString::number(out.size())));
    QVERIFY(out.size() < points);
}

void TestDecimation::keepsExtremes()
{
    const QList<QPointF> input = sine(100000);
    const QList<QPointF> out = decimateMinMax(input, 500);
    const auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
    QCOMPARE(std::min_element(out.begin(), out.end(), byY)->y(),
             std::min_element(input.begin(), input.end(), byY)->y());
    QCOMPARE(std::max_element(out.begin(), out.end(), byY)->y(),
             std::max_element(input.begin(), input.end(), byY)->y());
}

void TestDecimation::keepsEndpoints()
{
    const QList<QPointF> input = sine(10000);
    const QList<QPointF> out = decimateMinMax(input, 100);
    QCOMPARE(out.first(), input.first());
    QCOMPARE(out.last(), input.last());
}

void TestDecimation::keepsOrder()
{
    const QList<QPointF> out = decimateMinMax(sine(50000), 300);
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY2(out[i - 1].x() < out[i].x(), qPrintable(QString::number(i)));
}

void TestDecimation::dropsNaN()
{
    QList<QPointF> input = sine(1000);
    input[500].setY(std::numeric_limits<double>::quiet_NaN());
    const QList<QPointF> out = decimateMinMax(input, 10);
    for (const QPointF &p : out)
        QVERIFY(!std::isnan(p.y()));
}

void TestDecimation::singleSpike()
{
    QList<QPointF> input;
    for (int i = 0; i < 10000; ++i)
        input.append(QPointF(i, 1.0));
    input[4321].setY(1e6); // one stalled sample among thousands
    const QList<QPointF> out = decimateMinMax(input, 50);
    QVERIFY(out.contains(QPointF(4321, 1e6)));
}

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
