#include "throughputcharts.h"

#include "chartdata.h"
#include "decimation.h"
#include "units.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

namespace linda::ui {

ThroughputTimeChart::ThroughputTimeChart(QWidget *parent)
    : ChartView(tr("Throughput over the case's time"), parent)
    , m_series(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("throughputTimeChart"));
    m_series->setName(tr("throughput"));
    m_series->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.5));
    chart()->addSeries(m_series);
    m_x->setTitleText(tr("time since the case started (s)"));
    m_y->setTitleText(tr("throughput (ops/s)"));
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    chart()->legend()->hide();
    attachTooltip(m_series, [this](const QPointF &p) {
        return tr("%1 at %2 s: %3").arg(m_caseId, QString::number(p.x(), 'f', 2), formatRate(p.y()));
    });
    setEmptyText(tr("the running case's throughput appears here"));
    showEmptyText(true);
}

void ThroughputTimeChart::setPoints(const QString &caseId, const QList<QPointF> &points)
{
    m_caseId = caseId;
    // Two points per pixel column is all a line chart can show.
    const int buckets = qMax(50, int(chart()->plotArea().width()));
    const QList<QPointF> drawn = decimateMinMax(points, buckets);
    m_series->replace(drawn);

    QList<double> xs;
    QList<double> ys;
    for (const QPointF &p : drawn) {
        xs << p.x();
        ys << p.y();
    }
    const auto [x0, x1] = linearRange(xs);
    const auto [y0, y1] = linearRange(ys);
    m_x->setRange(0, qMax(x1, 0.1));
    m_y->setRange(y0, y1);
    const QString title = tr("Throughput over the case's time: %1").arg(caseId);
    chart()->setTitle(title);
    Q_UNUSED(x0);
}

void ThroughputTimeChart::clear()
{
    m_caseId.clear();
    m_series->clear();
    showEmptyText(true);
}

qsizetype ThroughputTimeChart::drawnPointCount() const
{
    return m_series->count();
}

ThroughputCasesChart::ThroughputCasesChart(QWidget *parent)
    : ChartView(tr("Throughput per case"), parent)
{
    setObjectName(QStringLiteral("throughputCasesChart"));
    setEmptyText(tr("the median throughput of each case appears here as cases finish"));
}

void ThroughputCasesChart::setBands(const PerformanceBands &bands)
{
    m_bands = bands;
    setResults(m_results);
}

void ThroughputCasesChart::setResults(const QList<bench::CaseResult> &results)
{
    m_results = results;
    clearChart();
    const QList<ThroughputFigures> figures = throughputFigures(results);
    showEmptyText(figures.isEmpty());
    if (figures.isEmpty())
        return;

    QList<double> values;
    for (const ThroughputFigures &f : figures)
        values << f.opsPerSecond << f.ciLow << f.ciHigh;
    for (const PerformanceBand &band : m_bands.bands())
        values << band.throughputOpsPerSec.min;
    const auto [low, high] = logRange(values);
    addBands(-0.5, figures.size() - 0.5, high);

    auto *medians = new QScatterSeries;
    medians->setName(tr("median throughput"));
    medians->setColor(QColor(0x15, 0x65, 0xc0));
    medians->setMarkerSize(10);
    for (int i = 0; i < figures.size(); ++i) {
        medians->append(i, figures[i].opsPerSecond);
        if (figures[i].ciLow > 0 && figures[i].ciHigh > figures[i].ciLow) {
            auto *ci = new QLineSeries;
            ci->setName(tr("95 % confidence interval"));
            ci->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
            ci->append(i, figures[i].ciLow);
            ci->append(i, figures[i].ciHigh);
            chart()->addSeries(ci);
            if (i > 0)
                hideFromLegend(ci);
        }
    }
    chart()->addSeries(medians);
    attachTooltip(medians, [figures](const QPointF &p) {
        const int i = qBound(0, qRound(p.x()), int(figures.size()) - 1);
        return tr("%1: %2").arg(figures[i].caseId, formatRate(p.y()));
    });

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    for (int i = 0; i < figures.size(); ++i)
        x->append(figures[i].caseId, i);
    x->setRange(-0.5, figures.size() - 0.5);
    x->setLabelsAngle(-30);
    x->setGridLineVisible(false);
    x->setTitleText(tr("case"));
    auto *y = new QLogValueAxis;
    y->setRange(low, high);
    y->setLabelFormat(QStringLiteral("%g"));
    y->setMinorTickCount(8);
    y->setTitleText(tr("throughput (ops/s, log scale)"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    const auto series = chart()->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ThroughputCasesChart::addBands(double xMin, double xMax, double yMax)
{
    for (const PerformanceBand &band : m_bands.bands()) {
        const double bottom = band.throughputOpsPerSec.min;
        const double top = band.throughputOpsPerSec.max.value_or(yMax);
        if (!(bottom > 0) || top <= bottom)
            continue;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(xMin, top);
        upper->append(xMax, top);
        lower->append(xMin, bottom);
        lower->append(xMax, bottom);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        const Rating rating = ratingOf(band.category);
        area->setName(tr("%1 (%2)").arg(ratingName(rating),
                                        band.throughputOpsPerSec.max
                                            ? tr("%1–%2 ops/s").arg(bottom).arg(top)
                                            : tr("%1+ ops/s").arg(bottom)));
        QColor fill = ratingColor(rating);
        fill.setAlpha(45);
        area->setColor(fill);
        area->setBorderColor(Qt::transparent);
        chart()->addSeries(area);
    }
}

} // namespace linda::ui
