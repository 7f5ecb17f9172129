#include "report/chartmath.h"
#include "report/pagecomposer.h"

#include <QtTest>

#include <cmath>

using namespace linda::ui;

namespace {

QList<QPointF> ramp(int count)
{
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(i, i % 7));
    return points;
}

report::Block block(qreal height, bool breakBefore = false, bool keepWithNext = false)
{
    report::Block b;
    b.height = height;
    b.pageBreakBefore = breakBefore;
    b.keepWithNext = keepWithNext;
    return b;
}

// Page index of every block, in block order.
QList<int> pageOfBlocks(const QList<QList<report::Placement>> &pages)
{
    QList<int> result;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        for (const report::Placement &placement : pages.at(page)) {
            if (placement.block != result.size())
                return {};
            result.append(int(page));
        }
    }
    return result;
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimateKeepsShortSeries_data();
    void decimateKeepsShortSeries();
    void decimateBoundsPointCount_data();
    void decimateBoundsPointCount();
    void decimateKeepsExtremes();
    void chooseScale_data();
    void chooseScale();
    void linearAxisCoversRange_data();
    void linearAxisCoversRange();
    void logAxisUsesDecades_data();
    void logAxisUsesDecades();
    void axisFractionClamps_data();
    void axisFractionClamps();
    void paginatePlacesBlocks_data();
    void paginatePlacesBlocks();
    void paginateStacksTopsWithSpacing();
};

void TestReportLayout::decimateKeepsShortSeries_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("buckets");
    QTest::addRow("empty") << 0 << 10;
    QTest::addRow("one point") << 1 << 10;
    QTest::addRow("at the limit") << 22 << 10;
    QTest::addRow("zero buckets, 4 points") << 4 << 0;
}

void TestReportLayout::decimateKeepsShortSeries()
{
    QFETCH(int, count);
    QFETCH(int, buckets);
    const QList<QPointF> points = ramp(count);
    QCOMPARE(chart::decimateMinMax(points, buckets), points);
}

void TestReportLayout::decimateBoundsPointCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("buckets");
    QTest::addRow("23 into 10") << 23 << 10;
    QTest::addRow("1000 into 100") << 1000 << 100;
    QTest::addRow("100000 into 300") << 100000 << 300;
    QTest::addRow("100000 into 1") << 100000 << 1;
}

void TestReportLayout::decimateBoundsPointCount()
{
    QFETCH(int, count);
    QFETCH(int, buckets);
    const QList<QPointF> points = ramp(count);
    const QList<QPointF> out = chart::decimateMinMax(points, buckets);
    QVERIFY2(out.size() <= 2 * buckets + 2, qPrintable(QString::number(out.size())));
    QCOMPARE(out.first(), points.first());
    QCOMPARE(out.last(), points.last());
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out.at(i).x() > out.at(i - 1).x());
}

void TestReportLayout::decimateKeepsExtremes()
{
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append(QPointF(i, 1.0));
    points[4321].setY(500.0);  // a spike
    points[8765].setY(-200.0); // a dip
    const QList<QPointF> out = chart::decimateMinMax(points, 50);
    QVERIFY(out.contains(QPointF(4321, 500.0)));
    QVERIFY(out.contains(QPointF(8765, -200.0)));
}

void TestReportLayout::chooseScale_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<chart::AxisScale>("expected");
    QTest::addRow("empty") << QList<double>{} << chart::AxisScale::Linear;
    QTest::addRow("within one decade") << QList<double>{2, 5, 9} << chart::AxisScale::Linear;
    QTest::addRow("factor 99") << QList<double>{1, 99} << chart::AxisScale::Linear;
    QTest::addRow("factor 100") << QList<double>{1, 100} << chart::AxisScale::Log;
    QTest::addRow("µs against ms limit") << QList<double>{2500, 18000, 50e6} << chart::AxisScale::Log;
    QTest::addRow("zeros ignored") << QList<double>{0, 0, 3, 4} << chart::AxisScale::Linear;
    QTest::addRow("only zeros") << QList<double>{0, 0} << chart::AxisScale::Linear;
}

void TestReportLayout::chooseScale()
{
    QFETCH(QList<double>, values);
    QFETCH(chart::AxisScale, expected);
    QCOMPARE(chart::chooseScale(values), expected);
}

void TestReportLayout::linearAxisCoversRange_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("includeZero");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addRow("0 to 97") << 0.0 << 97.0 << true << 0.0 << 100.0;
    QTest::addRow("14 to 17.3 without zero") << 14.0 << 17.3 << false << 14.0 << 18.0;
    QTest::addRow("14 to 17.3 with zero") << 14.0 << 17.3 << true << 0.0 << 20.0;
    QTest::addRow("flat at 5") << 5.0 << 5.0 << false << 2.0 << 8.0;
    QTest::addRow("all zero") << 0.0 << 0.0 << true << 0.0 << 1.0;
    QTest::addRow("negative") << -3.0 << 7.0 << true << -5.0 << 10.0;
}

void TestReportLayout::linearAxisCoversRange()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(bool, includeZero);
    QFETCH(double, low);
    QFETCH(double, high);
    const chart::Axis axis = chart::linearAxis(min, max, 5, includeZero);
    QCOMPARE(axis.scale, chart::AxisScale::Linear);
    QCOMPARE(axis.low, low);
    QCOMPARE(axis.high, high);
    QVERIFY(axis.ticks.size() >= 2);
    QCOMPARE(axis.ticks.first(), low);
    QCOMPARE(axis.ticks.last(), high);
}

void TestReportLayout::logAxisUsesDecades_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("ticks");
    QTest::addRow("2.5 µs to 50 ms in ns") << 2500.0 << 50e6 << 1e3 << 1e8 << 6;
    QTest::addRow("exact decades") << 10.0 << 1000.0 << 10.0 << 1000.0 << 3;
    QTest::addRow("same decade") << 3.0 << 4.0 << 1.0 << 10.0 << 2;
    QTest::addRow("non-positive min") << 0.0 << 500.0 << 10.0 << 1000.0 << 3;
    QTest::addRow("nothing positive") << 0.0 << 0.0 << 1.0 << 10.0 << 2;
}

void TestReportLayout::logAxisUsesDecades()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, ticks);
    const chart::Axis axis = chart::logAxis(min, max);
    QCOMPARE(axis.scale, chart::AxisScale::Log);
    QCOMPARE(axis.low, low);
    QCOMPARE(axis.high, high);
    QCOMPARE(axis.ticks.size(), ticks);
}

void TestReportLayout::axisFractionClamps_data()
{
    QTest::addColumn<bool>("log");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");
    QTest::addRow("linear low") << false << 0.0 << 0.0;
    QTest::addRow("linear middle") << false << 50.0 << 0.5;
    QTest::addRow("linear above") << false << 150.0 << 1.0;
    QTest::addRow("linear below") << false << -10.0 << 0.0;
    QTest::addRow("log middle decade") << true << 100.0 << 0.5;
    QTest::addRow("log zero") << true << 0.0 << 0.0;
    QTest::addRow("log above") << true << 1e6 << 1.0;
}

void TestReportLayout::axisFractionClamps()
{
    QFETCH(bool, log);
    QFETCH(double, value);
    QFETCH(double, expected);
    const chart::Axis axis = log ? chart::logAxis(10, 1000) : chart::linearAxis(0, 100);
    QVERIFY(qAbs(chart::axisFraction(axis, value) - expected) < 1e-9);
}

void TestReportLayout::paginatePlacesBlocks_data()
{
    QTest::addColumn<QList<report::Block>>("blocks");
    QTest::addColumn<QList<int>>("pages");
    // Page height 100, spacing 10.
    QTest::addRow("all on one page") << QList{block(30), block(30), block(20)} << QList{0, 0, 0};
    QTest::addRow("overflow") << QList{block(60), block(50)} << QList{0, 1};
    QTest::addRow("exact fit with spacing") << QList{block(45), block(45)} << QList{0, 0};
    QTest::addRow("page break before") << QList{block(10), block(10, true)} << QList{0, 1};
    QTest::addRow("break on first block is ignored") << QList{block(10, true), block(10)} << QList{0, 0};
    QTest::addRow("heading moves with its block")
        << QList{block(50), block(10, false, true), block(40)} << QList{0, 1, 1};
    QTest::addRow("heading stays when run is taller than a page")
        << QList{block(50), block(10, false, true), block(150)} << QList{0, 0, 1};
    QTest::addRow("tall block alone") << QList{block(20), block(150), block(20)} << QList{0, 1, 2};
}

void TestReportLayout::paginatePlacesBlocks()
{
    QFETCH(QList<report::Block>, blocks);
    QFETCH(QList<int>, pages);
    QCOMPARE(pageOfBlocks(report::paginate(blocks, 100, 10)), pages);
}

void TestReportLayout::paginateStacksTopsWithSpacing()
{
    const auto pages = report::paginate({block(30), block(20), block(70)}, 100, 10);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).size(), 2);
    QCOMPARE(pages.at(0).at(0).top, 0.0);
    QCOMPARE(pages.at(0).at(1).top, 40.0);
    QCOMPARE(pages.at(1).at(0).top, 0.0);
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
