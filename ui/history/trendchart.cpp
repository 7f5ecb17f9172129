#include "trendchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace linda::ui {

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(220);
}

void TrendChart::setTrend(const QString &caseId, const QList<bench::TrendPoint> &points)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_pointCount = int(points.size());
    m_hasThreshold = false;
    c->setTitle(points.isEmpty() ? tr("No runs of %1 in the history").arg(caseId) : caseId);
    if (points.isEmpty())
        return;

    const QString unit = points.constLast().unit;
    auto *measured = new QLineSeries(c);
    measured->setName(tr("measured (%1)").arg(unit));
    auto *baseline = new QScatterSeries(c);
    baseline->setName(tr("baseline run"));
    baseline->setMarkerSize(11);
    double high = 0;
    qint64 first = points.constFirst().startedAt.toMSecsSinceEpoch();
    qint64 last = points.constLast().startedAt.toMSecsSinceEpoch();
    for (const bench::TrendPoint &p : points) {
        const qreal x = qreal(p.startedAt.toMSecsSinceEpoch());
        measured->append(x, p.measured);
        if (p.baseline)
            baseline->append(x, p.measured);
        high = std::max({high, p.measured, p.threshold});
    }
    // A single run still gets a visible time span.
    if (last - first < 60'000) {
        first -= 30'000;
        last += 30'000;
    }
    c->addSeries(measured);
    c->addSeries(baseline);

    // The threshold of the newest run; fixtures may have changed it since.
    const double limit = points.constLast().threshold;
    QLineSeries *threshold = nullptr;
    if (limit > 0) {
        threshold = new QLineSeries(c);
        threshold->setName(tr("threshold %1 %2").arg(limit).arg(unit));
        threshold->append(qreal(first), limit);
        threshold->append(qreal(last), limit);
        QPen pen(Qt::red);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        threshold->setPen(pen);
        c->addSeries(threshold);
        m_hasThreshold = true;
    }

    auto *timeAxis = new QDateTimeAxis(c);
    timeAxis->setFormat(u"MM-dd HH:mm"_qs);
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    auto *valueAxis = new QValueAxis(c);
    valueAxis->setTitleText(unit);
    valueAxis->setRange(0, high > 0 ? high * 1.15 : 1.0);
    valueAxis->applyNiceNumbers();
    c->addAxis(timeAxis, Qt::AlignBottom);
    c->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(timeAxis);
        series->attachAxis(valueAxis);
    }
}

} // namespace linda::ui
