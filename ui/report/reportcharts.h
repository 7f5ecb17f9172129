#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

// Vector charts painted straight into the report's QPainter, so that their
// labels stay text in the PDF. Geometry is given in points and scaled by
// `pt`, the number of device units per point.
namespace linda::ui::report {

// One row of a row chart: a marker at center, a bar from barLow to barHigh, a
// whisker from barHigh to whiskerHigh and a tick at threshold (0: none).
struct RowMark
{
    QString label;
    double center = 0;
    double barLow = 0;
    double barHigh = 0;
    double whiskerHigh = 0;
    double threshold = 0;
    QColor color;
};

// One row per case against a shared value axis, e.g. latency percentiles per
// case with each case's own limit. The axis turns logarithmic when the values
// span two or more powers of ten.
struct RowChart
{
    QString title;
    QString axisTitle;
    QString legendCenter;  // e.g. "median"
    QString legendBar;     // e.g. "median to p95"
    QString legendWhisker; // e.g. "to p99"; empty hides the whisker legend
    std::function<QString(double)> tickText;
    QList<RowMark> rows;
};

qreal rowChartHeight(const RowChart &chart, qreal pt);
void paintRowChart(QPainter &painter, const QRectF &rect, const RowChart &chart, qreal pt);

struct LineSeries
{
    QString name;
    QList<QPointF> points; // decimated again while painting, to the plot width
    QColor color;
};

// A limit line across the plot, labelled at its end: value at x = 0 plus
// slope per x unit (0 for a horizontal line), e.g. a growth budget.
struct ThresholdLine
{
    double value = 0;
    QString label;
    double slope = 0;
};

struct LineChart
{
    QString title;
    QString xTitle;
    QString yTitle;
    QList<LineSeries> series;
    QList<ThresholdLine> thresholds;
    std::function<QString(double)> xTickText;
    std::function<QString(double)> yTickText;
};

// Height of a line chart: the full size used for the heap-growth chart, or
// the compact size used for the series in the case details.
enum class ChartSize { Full, Compact };
qreal lineChartHeight(ChartSize size, qreal pt);
void paintLineChart(QPainter &painter, const QRectF &rect, const LineChart &chart, qreal pt);

// Draws "title: nothing to show" in a chart-sized frame, for charts whose
// cases did not run or produced no figures.
void paintEmptyChart(QPainter &painter, const QRectF &rect, const QString &title,
                     const QString &message, qreal pt);

} // namespace linda::ui::report
