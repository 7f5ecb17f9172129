#include "latencychart.h"

#include "chartdata.h"
#include "units.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

namespace linda::ui {

namespace {

// Half the height of a case's slot on the category axis, for threshold and baseline marks.
constexpr double SlotHalfWidth = 0.35;

// Cases run down the vertical axis, which leaves room for their ids.
// The first case is at the top, in slot n - 1.
double slotOf(qsizetype i, qsizetype count)
{
    return double(count - 1 - i);
}

qsizetype caseAtSlot(double slot, qsizetype count)
{
    return qBound<qsizetype>(0, count - 1 - qRound(slot), count - 1);
}

QList<double> allValues(const QList<LatencyFigures> &figures)
{
    QList<double> values;
    for (const LatencyFigures &f : figures) {
        values << f.p50Ms << f.p95Ms << f.p99Ms << f.maxMs;
        if (f.thresholdMs)
            values << *f.thresholdMs;
        if (f.baselineLowMs)
            values << *f.baselineLowMs << *f.baselineHighMs;
    }
    return values;
}

} // namespace

LatencyChart::LatencyChart(QWidget *parent)
    : ChartView(tr("Latency per operation"), parent)
{
    setObjectName(QStringLiteral("latencyChart"));
    setEmptyText(tr("p50, p95, p99 and max of each latency case appear here as cases finish"));
}

void LatencyChart::setResults(const QList<bench::CaseResult> &results)
{
    clearChart();
    const QList<LatencyFigures> figures = latencyFigures(results);
    showEmptyText(figures.isEmpty());
    if (figures.isEmpty())
        return;
    // Bands first so the markers are drawn on top of them.
    addBaselineBands(figures);
    addThresholds(figures);
    addRangeLines(figures);
    addPercentileSeries(figures);
    attachAxes(figures);
}

void LatencyChart::addPercentileSeries(const QList<LatencyFigures> &figures)
{
    struct Percentile
    {
        QString name;
        double LatencyFigures::*field;
        QColor color;
        QScatterSeries::MarkerShape shape;
    };
    const QList<Percentile> percentiles{
        {tr("p50"), &LatencyFigures::p50Ms, QColor(0x15, 0x65, 0xc0), QScatterSeries::MarkerShapeCircle},
        {tr("p95"), &LatencyFigures::p95Ms, QColor(0x6a, 0x1b, 0x9a), QScatterSeries::MarkerShapeRectangle},
        {tr("p99"), &LatencyFigures::p99Ms, QColor(0xad, 0x14, 0x57), QScatterSeries::MarkerShapeRectangle},
        {tr("max"), &LatencyFigures::maxMs, QColor(0x42, 0x42, 0x42), QScatterSeries::MarkerShapeCircle},
    };
    for (const Percentile &p : percentiles) {
        auto *series = new QScatterSeries;
        series->setName(p.name);
        series->setColor(p.color);
        series->setBorderColor(p.color);
        series->setMarkerShape(p.shape);
        series->setMarkerSize(p.shape == QScatterSeries::MarkerShapeCircle ? 9 : 8);
        for (int i = 0; i < figures.size(); ++i)
            series->append(figures[i].*p.field, slotOf(i, figures.size()));
        chart()->addSeries(series);
        const QString name = p.name;
        attachTooltip(series, [figures, name](const QPointF &point) {
            const qsizetype i = caseAtSlot(point.y(), figures.size());
            return tr("%1 %2: %3").arg(figures[i].caseId, name, formatMilliseconds(point.x()));
        });
    }
}

void LatencyChart::addRangeLines(const QList<LatencyFigures> &figures)
{
    for (int i = 0; i < figures.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(tr("p50 to max"));
        line->setPen(QPen(QColor(0x90, 0x90, 0x90), 2));
        const double slot = slotOf(i, figures.size());
        line->append(figures[i].p50Ms, slot);
        line->append(figures[i].maxMs, slot);
        chart()->addSeries(line);
        if (i > 0)
            hideFromLegend(line);
    }
}

void LatencyChart::addThresholds(const QList<LatencyFigures> &figures)
{
    bool first = true;
    for (int i = 0; i < figures.size(); ++i) {
        if (!figures[i].thresholdMs)
            continue;
        const double limit = *figures[i].thresholdMs;
        auto *line = new QLineSeries;
        line->setName(tr("threshold"));
        line->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
        const double slot = slotOf(i, figures.size());
        line->append(limit, slot - SlotHalfWidth);
        line->append(limit, slot + SlotHalfWidth);
        chart()->addSeries(line);
        const QString caseId = figures[i].caseId;
        attachTooltip(line, [caseId, limit](const QPointF &) {
            return tr("%1 threshold: %2").arg(caseId, formatMilliseconds(limit));
        });
        if (!first)
            hideFromLegend(line);
        first = false;
    }
}

void LatencyChart::addBaselineBands(const QList<LatencyFigures> &figures)
{
    bool first = true;
    for (int i = 0; i < figures.size(); ++i) {
        if (!figures[i].baselineLowMs)
            continue;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        // The band spans low..high along the value axis and the case's slot across it.
        const double slot = slotOf(i, figures.size());
        upper->append(*figures[i].baselineLowMs, slot + SlotHalfWidth);
        upper->append(*figures[i].baselineHighMs, slot + SlotHalfWidth);
        lower->append(*figures[i].baselineLowMs, slot - SlotHalfWidth);
        lower->append(*figures[i].baselineHighMs, slot - SlotHalfWidth);
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(tr("baseline ± tolerance"));
        band->setColor(QColor(0x42, 0xa5, 0xf5, 70));
        band->setBorderColor(QColor(0x42, 0xa5, 0xf5));
        chart()->addSeries(band);
        const LatencyFigures f = figures[i];
        connect(band, &QAreaSeries::hovered, this, [this, f](const QPointF &, bool entered) {
            setToolTip(entered ? tr("%1 baseline: %2 to %3")
                                     .arg(f.caseId, formatMilliseconds(*f.baselineLowMs),
                                          formatMilliseconds(*f.baselineHighMs))
                               : QString());
        });
        if (!first)
            hideFromLegend(band);
        first = false;
    }
}

void LatencyChart::attachAxes(const QList<LatencyFigures> &figures)
{
    // A bar-category axis maps category k to the value k, which is the slot.
    auto *cases = new QBarCategoryAxis;
    QStringList labels;
    for (qsizetype slot = 0; slot < figures.size(); ++slot)
        labels.append(figures[caseAtSlot(double(slot), figures.size())].caseId);
    cases->append(labels);
    cases->setLabelsFont(smallerFont(cases->labelsFont()));
    cases->setGridLineVisible(false);
    // Qt Charts 6.4 elides category labels to "..." even when the axis has
    // room for them; the layout reserves the full label width anyway.
    cases->setTruncateLabels(false);

    const QList<double> values = allValues(figures);
    m_logarithmic = needsLogScale(values);
    QAbstractAxis *valueAxis = nullptr;
    if (m_logarithmic) {
        auto *log = new QLogValueAxis;
        const auto [low, high] = logRange(values);
        log->setRange(low, high);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(8);
        log->setTitleText(tr("latency per operation (ms, log scale)"));
        valueAxis = log;
    } else {
        auto *linear = new QValueAxis;
        const auto [low, high] = linearRange(values);
        linear->setRange(low, high);
        linear->applyNiceNumbers();
        linear->setTitleText(tr("latency per operation (ms)"));
        valueAxis = linear;
    }
    chart()->addAxis(valueAxis, Qt::AlignBottom);
    chart()->addAxis(cases, Qt::AlignLeft);
    const auto series = chart()->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(valueAxis);
        s->attachAxis(cases);
    }
}

} // namespace linda::ui
