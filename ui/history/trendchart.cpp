#include "trendchart.h"

#include <bench/history/regression.h>

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace linda::ui {

namespace {

// A display unit for samples: nanoseconds become µs or ms, bytes KiB or MiB.
struct DisplayScale
{
    double divisor = 1;
    QString unit;
};

DisplayScale scaleFor(const QString &sampleUnit, double largest)
{
    if (sampleUnit == u"ns"_qs) {
        if (largest >= 1e6)
            return {1e6, u"ms"_qs};
        if (largest >= 1e3)
            return {1e3, u"µs"_qs};
        return {1, u"ns"_qs};
    }
    if (sampleUnit == u"bytes"_qs && largest >= 1024.0 * 1024.0)
        return {1024.0 * 1024.0, u"MiB"_qs};
    if (sampleUnit == u"bytes"_qs && largest >= 1024.0)
        return {1024.0, u"KiB"_qs};
    return {1, sampleUnit};
}

// The service-level threshold in sample units, or 0 when the units do not match.
double thresholdInSampleUnits(const bench::TrendPoint &point)
{
    if (point.threshold <= 0)
        return 0;
    if (point.sampleUnit == u"ns"_qs && point.unit == u"ms"_qs)
        return point.threshold * 1e6;
    return point.sampleUnit == point.unit ? point.threshold : 0;
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(220);
}

void TrendChart::addLevel(const QString &name, double value, qint64 first, qint64 last, const QPen &pen)
{
    auto *line = new QLineSeries(chart());
    line->setName(name);
    line->append(qreal(first), value);
    line->append(qreal(last), value);
    line->setPen(pen);
    chart()->addSeries(line);
}

void TrendChart::setTrend(const QString &caseId, const QList<bench::TrendPoint> &points)
{
    QChart *c = chart();
    c->removeAllSeries();
    // removeAxis() hands the axis back to the caller, so delete it here.
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_pointCount = int(points.size());
    m_hasThreshold = false;
    m_hasRegressionLines = false;
    c->setTitle(points.isEmpty() ? tr("No runs of %1 in the history").arg(caseId) : caseId);
    if (points.isEmpty())
        return;

    const QString sampleUnit = points.constLast().sampleUnit;
    double largest = 0;
    for (const bench::TrendPoint &p : points)
        largest = std::max(largest, p.median);
    const DisplayScale scale = scaleFor(sampleUnit, largest);

    auto *median = new QLineSeries(c);
    median->setName(tr("median (%1)").arg(scale.unit));
    median->setPointsVisible(true);
    auto *baseline = new QScatterSeries(c);
    baseline->setName(tr("baseline run"));
    baseline->setMarkerSize(11);
    double reference = points.constFirst().median;
    for (const bench::TrendPoint &p : points) {
        const qreal x = qreal(p.startedAt.toMSecsSinceEpoch());
        median->append(x, p.median / scale.divisor);
        if (p.baseline) {
            baseline->append(x, p.median / scale.divisor);
            reference = p.median;
        }
    }
    c->addSeries(median);
    c->addSeries(baseline);

    qint64 first = points.constFirst().startedAt.toMSecsSinceEpoch();
    qint64 last = points.constLast().startedAt.toMSecsSinceEpoch();
    // A single run still gets a visible time span.
    if (last - first < 60'000) {
        first -= 30'000;
        last += 30'000;
    }

    double high = largest / scale.divisor;
    if (reference > 0) {
        // Worse is higher for times and sizes, lower for rates.
        const double sign = bench::higherSamplesAreBetter(sampleUnit) ? -1.0 : 1.0;
        const double medium = reference * (1.0 + sign * 0.05) / scale.divisor;
        const double critical = reference * (1.0 + sign * 0.20) / scale.divisor;
        addLevel(tr("5 % worse (medium)"), medium, first, last, QPen(QColor(0xd4, 0x8a, 0x00), 1.2, Qt::DashLine));
        addLevel(tr("20 % worse (critical)"), critical, first, last, QPen(QColor(0xb0, 0x20, 0x20), 1.2, Qt::DashLine));
        high = std::max({high, medium, critical});
        m_hasRegressionLines = true;
    }

    // The newest run's threshold, since the fixtures may have changed it.
    // It is drawn only when it does not flatten the medians to the floor.
    const double limit = thresholdInSampleUnits(points.constLast()) / scale.divisor;
    if (limit > 0 && limit <= high * 3.0) {
        addLevel(tr("threshold"), limit, first, last, QPen(Qt::red, 1.5, Qt::SolidLine));
        high = std::max(high, limit);
        m_hasThreshold = true;
    } else if (limit > 0) {
        c->setTitle(tr("%1 (threshold %2 %3, far above the plotted range)")
                        .arg(caseId)
                        .arg(points.constLast().threshold)
                        .arg(points.constLast().unit));
    }

    auto *timeAxis = new QDateTimeAxis(c);
    timeAxis->setFormat(u"MM-dd HH:mm"_qs);
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    auto *valueAxis = new QValueAxis(c);
    valueAxis->setTitleText(scale.unit);
    valueAxis->setRange(0, high > 0 ? high * 1.1 : 1.0);
    valueAxis->applyNiceNumbers();
    c->addAxis(timeAxis, Qt::AlignBottom);
    c->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(timeAxis);
        series->attachAxis(valueAxis);
    }
}

} // namespace linda::ui
