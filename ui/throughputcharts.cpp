#include "throughputcharts.h"

#include "chartdata.h"
#include "decimation.h"
#include "units.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
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
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    chart()->legend()->hide();
    attachTooltip(m_series, [this](const QPointF &p) {
        return tr("%1 at %2 s: %3").arg(m_caseId, QLocale().toString(p.x(), 'f', 2), formatRate(p.y()));
    });
    setEmptyText(tr("the running case's throughput appears here"));
    showEmptyText(true);
}

void ThroughputTimeChart::setPoints(const QString &caseId, const QList<QPointF> &points)
{
    m_caseId = caseId;
    if (points.isEmpty()) {
        // A memory or correctness case has no rate. The title notes that
        // instead of keeping the previous case's line under a new name.
        m_series->clear();
        chart()->setTitle(tr("%1 has no throughput samples").arg(caseId));
        return;
    }
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
    m_x->applyNiceNumbers(); // ticks at 0.5 s steps, not 0.41, 0.83, …
    m_y->setRange(y0, y1);
    m_y->applyNiceNumbers();
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
    // Cases run down the vertical axis, the first at the top, so their ids stay readable.
    const auto slotOf = [count = figures.size()](qsizetype i) { return double(count - 1 - i); };

    auto *medians = new QScatterSeries;
    medians->setName(tr("median")); // the axis names throughput, so a short name keeps six entries readable
    medians->setColor(QColor(0x15, 0x65, 0xc0));
    medians->setMarkerSize(10);
    bool ciInLegend = false;
    for (int i = 0; i < figures.size(); ++i) {
        medians->append(figures[i].opsPerSecond, slotOf(i));
        if (figures[i].ciLow > 0 && figures[i].ciHigh > figures[i].ciLow) {
            auto *ci = new QLineSeries;
            ci->setName(tr("95 % CI"));
            ci->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
            ci->append(figures[i].ciLow, slotOf(i));
            ci->append(figures[i].ciHigh, slotOf(i));
            chart()->addSeries(ci);
            // One legend entry for all intervals, from the first case that has
            // one. Case 0 may have none, and then the entry went missing.
            if (ciInLegend)
                hideFromLegend(ci);
            ciInLegend = true;
        }
    }
    chart()->addSeries(medians);
    attachTooltip(medians, [figures](const QPointF &p) {
        const qsizetype count = figures.size();
        const qsizetype i = qBound<qsizetype>(0, count - 1 - qRound(p.y()), count - 1);
        return tr("%1: %2").arg(figures[i].caseId, formatRate(p.x()));
    });

    // A bar-category axis maps category k to the value k, which is the slot.
    auto *y = new QBarCategoryAxis;
    for (qsizetype i = figures.size() - 1; i >= 0; --i)
        y->append(figures[i].caseId);
    y->setLabelsFont(smallerFont(y->labelsFont()));
    y->setGridLineVisible(false);
    y->setTruncateLabels(false); // see LatencyChart: the layout reserves the room

    auto *x = new QLogValueAxis;
    x->setRange(low, high);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setMinorTickCount(8);
    x->setTitleText(tr("throughput (ops/s, log scale)"));
    x->setTruncateLabels(false);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    const auto series = chart()->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ThroughputCasesChart::addBands(double slotMin, double slotMax, double rateMax)
{
    for (const PerformanceBand &band : m_bands.bands()) {
        const double bottom = band.throughputOpsPerSec.min;
        const double top = band.throughputOpsPerSec.max.value_or(rateMax);
        if (!(bottom > 0) || top <= bottom)
            continue;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        // A vertical band: bottom..top along the rate axis, across every case slot.
        upper->append(bottom, slotMax);
        upper->append(top, slotMax);
        lower->append(bottom, slotMin);
        lower->append(top, slotMin);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        const Rating rating = ratingOf(band.category);
        // Short enough for a half-width legend. The axis gives the unit.
        area->setName(band.throughputOpsPerSec.max
                          ? tr("%1 %2–%3").arg(ratingName(rating), QLocale().toString(bottom),
                                               QLocale().toString(top))
                          : tr("%1 ≥ %2").arg(ratingName(rating), QLocale().toString(bottom)));
        QColor fill = ratingColor(rating);
        fill.setAlpha(45);
        area->setColor(fill);
        area->setBorderColor(Qt::transparent);
        chart()->addSeries(area);
    }
}

} // namespace linda::ui
