#include "reportcharts.h"

#include "chartmath.h"
#include "reportformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace linda::ui::report {

namespace {

// Sizes in points.
constexpr qreal TitleHeight = 18;
constexpr qreal LegendHeight = 13;
constexpr qreal RowHeight = 14;
constexpr qreal TickLabelHeight = 12;
constexpr qreal AxisTitleHeight = 12;
constexpr qreal LineChartHeight = 210;
constexpr qreal CompactLineChartHeight = 140;
// Points of plot width per decimation bucket. Each bucket adds at most two
// vertices, so a line gets at most about 1.3 vertices per point of width.
constexpr qreal PointsPerBucket = 1.5;

const QColor GridColor(0xdd, 0xdd, 0xdd);
const QColor AxisColor(0x44, 0x44, 0x44);
const QColor ThresholdColor(0xc6, 0x28, 0x28);

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void drawTitle(QPainter &painter, const QRectF &rect, const QString &title, qreal pt)
{
    painter.setFont(chartFont(10, true));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), TitleHeight * pt),
                     Qt::AlignLeading | Qt::AlignVCenter, title);
}

qreal axisX(const chart::Axis &axis, const QRectF &plot, double value)
{
    return plot.left() + chart::axisFraction(axis, value) * plot.width();
}

qreal axisY(const chart::Axis &axis, const QRectF &plot, double value)
{
    return plot.bottom() - chart::axisFraction(axis, value) * plot.height();
}

// Vertical grid lines and tick labels under the plot.
void drawXTicks(QPainter &painter, const QRectF &plot, const chart::Axis &axis,
                const std::function<QString(double)> &text, qreal pt)
{
    painter.setFont(chartFont(6.5));
    for (const double tick : axis.ticks) {
        const qreal x = axisX(axis, plot, tick);
        painter.setPen(QPen(GridColor, 0.5 * pt));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(AxisColor);
        const QRectF label(x - 30 * pt, plot.bottom() + 2 * pt, 60 * pt, TickLabelHeight * pt);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, text(tick));
    }
    painter.setPen(QPen(AxisColor, 0.75 * pt));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void drawLegendItem(QPainter &painter, QPointF &cursor, const QString &text, qreal pt,
                    const std::function<void(const QRectF &)> &symbol)
{
    const QRectF symbolRect(cursor.x(), cursor.y() + 2 * pt, 14 * pt, 8 * pt);
    symbol(symbolRect);
    painter.setPen(AxisColor);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal width = metrics.horizontalAdvance(text);
    painter.drawText(QPointF(symbolRect.right() + 3 * pt, cursor.y() + 9 * pt), text);
    cursor.rx() += 14 * pt + 3 * pt + width + 12 * pt;
}

void drawRowLegend(QPainter &painter, const QRectF &area, const RowChart &chart, qreal pt)
{
    painter.setFont(chartFont(7));
    QPointF cursor = area.topLeft();
    const QColor neutral(0x33, 0x33, 0x33);
    drawLegendItem(painter, cursor, chart.legendCenter, pt, [&](const QRectF &r) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(neutral);
        painter.drawEllipse(r.center(), 2.5 * pt, 2.5 * pt);
    });
    drawLegendItem(painter, cursor, chart.legendBar, pt, [&](const QRectF &r) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x99, 0x99, 0x99));
        painter.drawRect(QRectF(r.left(), r.center().y() - 2.5 * pt, r.width(), 5 * pt));
    });
    if (!chart.legendWhisker.isEmpty()) {
        drawLegendItem(painter, cursor, chart.legendWhisker, pt, [&](const QRectF &r) {
            painter.setPen(QPen(neutral, 0.75 * pt));
            painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
            painter.drawLine(QPointF(r.right(), r.center().y() - 3 * pt),
                             QPointF(r.right(), r.center().y() + 3 * pt));
        });
    }
    drawLegendItem(painter, cursor, PdfReport::tr("limit"), pt, [&](const QRectF &r) {
        painter.setPen(QPen(ThresholdColor, 1.25 * pt));
        painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    });
    painter.setBrush(Qt::NoBrush);
}

void drawRowMark(QPainter &painter, const QRectF &plot, const chart::Axis &axis, const RowMark &row,
                 qreal rowTop, const std::function<QString(double)> &text, qreal pt)
{
    const qreal mid = rowTop + RowHeight * pt / 2;
    const qreal barHalf = 3 * pt;
    const QColor bar = row.color.lighter(160);

    const qreal x0 = axisX(axis, plot, row.barLow);
    const qreal x1 = axisX(axis, plot, row.barHigh);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bar);
    painter.drawRect(QRectF(x0, mid - barHalf, std::max(x1 - x0, 0.75 * pt), 2 * barHalf));

    if (row.whiskerHigh > row.barHigh) {
        const qreal x2 = axisX(axis, plot, row.whiskerHigh);
        painter.setPen(QPen(row.color, 0.75 * pt));
        painter.drawLine(QPointF(x1, mid), QPointF(x2, mid));
        painter.drawLine(QPointF(x2, mid - barHalf), QPointF(x2, mid + barHalf));
    }

    painter.setPen(Qt::NoPen);
    painter.setBrush(row.color);
    painter.drawEllipse(QPointF(axisX(axis, plot, row.center), mid), 2.5 * pt, 2.5 * pt);
    painter.setBrush(Qt::NoBrush);

    if (row.threshold > 0) {
        const qreal xt = axisX(axis, plot, row.threshold);
        painter.setPen(QPen(ThresholdColor, 1.25 * pt));
        painter.drawLine(QPointF(xt, rowTop + 1 * pt), QPointF(xt, rowTop + RowHeight * pt - 1 * pt));
        painter.setFont(chartFont(6));
        const QString label = text(row.threshold);
        const QFontMetricsF metrics(painter.font(), painter.device());
        const qreal width = metrics.horizontalAdvance(label);
        // The label goes after the tick unless it would leave the plot.
        const bool after = xt + 2 * pt + width <= plot.right();
        const qreal left = after ? xt + 2 * pt : xt - 2 * pt - width;
        const QRectF labelRect(left, rowTop + 3 * pt, width + 1 * pt, RowHeight * pt - 6 * pt);
        // A white box keeps the label readable where it crosses a bar.
        painter.fillRect(labelRect.adjusted(-0.5 * pt, 0, 0.5 * pt, 0), QColor(255, 255, 255, 220));
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

} // namespace

qreal rowChartHeight(const RowChart &chart, qreal pt)
{
    const qsizetype rows = std::max<qsizetype>(chart.rows.size(), 1);
    return (TitleHeight + LegendHeight + rows * RowHeight + TickLabelHeight + AxisTitleHeight + 4) * pt;
}

void paintRowChart(QPainter &painter, const QRectF &rect, const RowChart &chart, qreal pt)
{
    painter.save();
    drawTitle(painter, rect, chart.title, pt);
    const QRectF legend(rect.left(), rect.top() + TitleHeight * pt, rect.width(), LegendHeight * pt);
    drawRowLegend(painter, legend, chart, pt);

    const qreal labelWidth = std::min(rect.width() * 0.36, 175 * pt);
    const qreal top = legend.bottom();
    const QRectF plot(rect.left() + labelWidth, top, rect.width() - labelWidth - 6 * pt,
                      chart.rows.size() * RowHeight * pt);

    QList<double> values;
    for (const RowMark &row : chart.rows)
        values << row.center << row.barLow << row.barHigh << row.whiskerHigh << row.threshold;
    const chart::Axis axis = chart::axisFor(values, chart::chooseScale(values));
    drawXTicks(painter, plot, axis, chart.tickText, pt);

    painter.setFont(chartFont(7));
    const QFontMetricsF labelMetrics(painter.font(), painter.device());
    for (qsizetype i = 0; i < chart.rows.size(); ++i) {
        const RowMark &row = chart.rows.at(i);
        const qreal rowTop = top + i * RowHeight * pt;
        if (i % 2 == 1) {
            painter.fillRect(QRectF(rect.left(), rowTop, rect.width(), RowHeight * pt),
                             QColor(0xf4, 0xf4, 0xf4));
        }
        painter.setFont(chartFont(7));
        painter.setPen(Qt::black);
        const QString label = labelMetrics.elidedText(row.label, Qt::ElideMiddle, labelWidth - 4 * pt);
        painter.drawText(QRectF(rect.left(), rowTop, labelWidth - 4 * pt, RowHeight * pt),
                         Qt::AlignLeading | Qt::AlignVCenter, label);
        drawRowMark(painter, plot, axis, row, rowTop, chart.tickText, pt);
    }

    painter.setFont(chartFont(7));
    painter.setPen(AxisColor);
    QString axisTitle = chart.axisTitle;
    if (axis.scale == chart::AxisScale::Log)
        axisTitle = PdfReport::tr("%1 (log scale)").arg(axisTitle);
    painter.drawText(QRectF(plot.left(), plot.bottom() + TickLabelHeight * pt, plot.width(),
                            AxisTitleHeight * pt),
                     Qt::AlignHCenter | Qt::AlignVCenter, axisTitle);
    painter.restore();
}

qreal lineChartHeight(ChartSize size, qreal pt)
{
    return (size == ChartSize::Full ? LineChartHeight : CompactLineChartHeight) * pt;
}

namespace {

QPainterPath seriesPath(const QList<QPointF> &points, const chart::Axis &xAxis,
                        const chart::Axis &yAxis, const QRectF &plot)
{
    QPainterPath path;
    bool first = true;
    for (const QPointF &p : points) {
        const QPointF mapped(axisX(xAxis, plot, p.x()), axisY(yAxis, plot, p.y()));
        if (first)
            path.moveTo(mapped);
        else
            path.lineTo(mapped);
        first = false;
    }
    return path;
}

void drawYTicks(QPainter &painter, const QRectF &plot, const chart::Axis &axis,
                const std::function<QString(double)> &text, qreal pt)
{
    painter.setFont(chartFont(6.5));
    for (const double tick : axis.ticks) {
        const qreal y = axisY(axis, plot, tick);
        painter.setPen(QPen(GridColor, 0.5 * pt));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(AxisColor);
        painter.drawText(QRectF(plot.left() - 40 * pt, y - 6 * pt, 36 * pt, 12 * pt),
                         Qt::AlignRight | Qt::AlignVCenter, text(tick));
    }
    painter.setPen(QPen(AxisColor, 0.75 * pt));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
}

void drawThresholdLines(QPainter &painter, const QRectF &plot, const chart::Axis &xAxis,
                        const chart::Axis &yAxis, const QList<ThresholdLine> &lines, qreal pt)
{
    painter.setFont(chartFont(6.5));
    const QFontMetricsF metrics(painter.font(), painter.device());
    for (const ThresholdLine &line : lines) {
        const double startValue = line.value + line.slope * xAxis.low;
        const double endValue = line.value + line.slope * xAxis.high;
        const qreal yStart = axisY(yAxis, plot, startValue);
        const qreal y = axisY(yAxis, plot, endValue);
        painter.setPen(QPen(ThresholdColor, 1 * pt, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yStart), QPointF(plot.right(), y));
        painter.setPen(ThresholdColor);
        const qreal width = metrics.horizontalAdvance(line.label);
        // Above the line unless the line is at the top of the plot.
        const qreal top = y - 10 * pt >= plot.top() ? y - 10 * pt : y + 1 * pt;
        const QRectF labelRect(plot.right() - width - 2 * pt, top, width + 1 * pt, 9 * pt);
        painter.fillRect(labelRect.adjusted(-1 * pt, 0, 1 * pt, 0), QColor(255, 255, 255, 220));
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, line.label);
    }
}

void drawSeriesLegend(QPainter &painter, const QRectF &area, const QList<LineSeries> &series, qreal pt)
{
    if (series.size() < 2)
        return;
    painter.setFont(chartFont(7));
    QPointF cursor = area.topLeft();
    for (const LineSeries &s : series) {
        drawLegendItem(painter, cursor, s.name, pt, [&](const QRectF &r) {
            painter.setPen(QPen(s.color, 1.5 * pt));
            painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        });
    }
}

} // namespace

void paintLineChart(QPainter &painter, const QRectF &rect, const LineChart &chart, qreal pt)
{
    painter.save();
    drawTitle(painter, rect, chart.title, pt);
    drawSeriesLegend(painter, QRectF(rect.left(), rect.top() + TitleHeight * pt, rect.width(),
                                     LegendHeight * pt), chart.series, pt);

    // Room for the rotated y title and the y tick labels.
    const qreal leftMargin = 56 * pt;
    const qreal topPadding = 6 * pt;
    const QRectF plot(rect.left() + leftMargin, rect.top() + (TitleHeight + LegendHeight) * pt + topPadding,
                      rect.width() - leftMargin - 8 * pt,
                      rect.height() - (TitleHeight + LegendHeight + TickLabelHeight + AxisTitleHeight + 4) * pt
                          - topPadding);

    QList<double> xs;
    QList<double> ys;
    for (const LineSeries &s : chart.series) {
        for (const QPointF &p : s.points) {
            xs << p.x();
            ys << p.y();
        }
    }
    const chart::Axis xAxis = chart::axisFor(xs, chart::AxisScale::Linear, false);
    for (const ThresholdLine &line : chart.thresholds)
        ys << line.value + line.slope * xAxis.low << line.value + line.slope * xAxis.high;
    const chart::AxisScale yScale = chart::chooseScale(ys, 3.0);
    const chart::Axis yAxis = chart::axisFor(ys, yScale, true);

    drawXTicks(painter, plot, xAxis, chart.xTickText, pt);
    drawYTicks(painter, plot, yAxis, chart.yTickText, pt);

    const int buckets = std::max(1, int(plot.width() / pt / PointsPerBucket));
    painter.setClipRect(plot.adjusted(-1 * pt, -1 * pt, 1 * pt, 1 * pt));
    for (const LineSeries &s : chart.series) {
        painter.setPen(QPen(s.color, 1.25 * pt, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(seriesPath(chart::decimateMinMax(s.points, buckets), xAxis, yAxis, plot));
    }
    painter.setClipping(false);
    drawThresholdLines(painter, plot, xAxis, yAxis, chart.thresholds, pt);

    painter.setFont(chartFont(7));
    painter.setPen(AxisColor);
    painter.drawText(QRectF(plot.left(), plot.bottom() + TickLabelHeight * pt, plot.width(),
                            AxisTitleHeight * pt),
                     Qt::AlignHCenter | Qt::AlignVCenter, chart.xTitle);
    QString yTitle = chart.yTitle;
    if (yAxis.scale == chart::AxisScale::Log)
        yTitle = PdfReport::tr("%1 (log scale)").arg(yTitle);
    painter.save();
    painter.translate(rect.left() + 6 * pt, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -6 * pt, plot.height(), 12 * pt),
                     Qt::AlignHCenter | Qt::AlignVCenter, yTitle);
    painter.restore();
    painter.restore();
}

void paintEmptyChart(QPainter &painter, const QRectF &rect, const QString &title,
                     const QString &message, qreal pt)
{
    painter.save();
    drawTitle(painter, rect, title, pt);
    const QRectF frame = rect.adjusted(0, TitleHeight * pt, 0, 0);
    painter.setPen(QPen(GridColor, 0.75 * pt));
    painter.drawRect(frame);
    painter.setFont(chartFont(8));
    painter.setPen(AxisColor);
    painter.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, message);
    painter.restore();
}

} // namespace linda::ui::report
