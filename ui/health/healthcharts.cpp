#include "healthcharts.h"

#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace linda::ui {

HealthChart::HealthChart(const QString &title, const QString &unit, QList<Line> lines, QWidget *parent)
    : QChartView(parent)
    , m_lines(std::move(lines))
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_x->setTitleText(tr("seconds ago"));
    m_x->setLabelFormat(u"%d"_qs);
    m_y->setTitleText(unit);
    m_y->setLabelFormat(u"%.4g"_qs);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (const Line &line : m_lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(1.6);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series.append(series);
    }
    // setChart() takes the chart the view created for itself out of the
    // scene without deleting it.
    QChart *const initialChart = this->chart();
    setChart(chart);
    delete initialChart;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 200);
    setToolTip(tr("%1, in %2, over the last minutes; the newest sample is at 0.").arg(title, unit));
}

void HealthChart::setLimit(double limit, const QString &name)
{
    if (!m_limit) {
        m_limit = new QLineSeries;
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setStyle(Qt::DashLine);
        m_limit->setPen(pen);
        chart()->addSeries(m_limit);
        m_limit->attachAxis(m_x);
        m_limit->attachAxis(m_y);
    }
    m_limit->setName(name);
    m_limit->setVisible(!std::isnan(limit));
    m_limit->setProperty("limit", limit);
}

void HealthChart::update(const RingBuffer<HealthSample> &series)
{
    if (series.isEmpty())
        return;
    const qint64 newest = series.last().atMs;
    const double span = qMax(60.0, double(newest - series.at(0).atMs) / 1000.0);
    double top = 0;
    for (qsizetype l = 0; l < m_lines.size(); ++l) {
        QList<QPointF> points;
        points.reserve(series.size());
        for (qsizetype i = 0; i < series.size(); ++i) {
            const HealthSample &s = series.at(i);
            const double y = m_lines.at(l).value(s);
            points.append({double(s.atMs - newest) / 1000.0, y});
            top = qMax(top, y);
        }
        m_series.at(l)->replace(points);
    }
    if (m_limit && m_limit->isVisible()) {
        const double limit = m_limit->property("limit").toDouble();
        m_limit->replace({{-span, limit}, {0, limit}});
        // Keep the limit in view only when the data comes near it, so that a
        // 200 ms limit does not flatten 1 ms latencies into the axis.
        if (top > limit * 0.5)
            top = qMax(top, limit);
    }
    m_x->setRange(-span, 0);
    m_y->setRange(0, top > 0 ? top * 1.15 : 1.0);
    m_y->applyNiceNumbers();
}

} // namespace linda::ui
