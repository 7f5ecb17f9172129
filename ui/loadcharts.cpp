#include "loadcharts.h"

#include "chartdata.h"
#include "decimation.h"
#include "units.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace linda::ui {

namespace {

const QStringList &depthWords()
{
    static const QStringList words{QStringLiteral("depth"), QStringLiteral("queue")};
    return words;
}

// Seconds for a time unit; 1 for anything else.
double secondsPerUnit(const QString &unit)
{
    if (unit == u"ms")
        return 1e-3;
    if (unit == u"us" || unit == u"µs")
        return 1e-6;
    if (unit == u"ns")
        return 1e-9;
    return 1;
}

} // namespace

QueueDepthChart::QueueDepthChart(QWidget *parent)
    : ChartView(tr("Queue depth over time"), parent)
{
    setObjectName(QStringLiteral("queueDepthChart"));
    setEmptyText(tr("queue depth of the load cases appears here as they finish"));
}

void QueueDepthChart::setResults(const QList<bench::CaseResult> &results)
{
    clearChart();
    double xMax = 0;
    QList<double> ys;
    for (const bench::CaseResult &r : results) {
        if (r.info.suite != bench::Suite::Load)
            continue;
        const bench::Series *depth = findSeries(r, depthWords());
        if (!depth || depth->points.isEmpty())
            continue;
        const double scale = secondsPerUnit(depth->xUnit);
        QList<QPointF> points;
        points.reserve(depth->points.size());
        for (const QPointF &p : depth->points) {
            points.append(QPointF(p.x() * scale, p.y()));
            ys << p.y();
        }
        xMax = qMax(xMax, points.last().x());
        auto *line = new QLineSeries;
        // Every series is a load case: "scenario.heavy" instead of
        // "load.scenario.heavy" keeps five names apart in a half-width legend.
        line->setName(r.info.id.section(u'.', 1));
        line->replace(decimateMinMax(points, qMax(50, int(chart()->plotArea().width()))));
        chart()->addSeries(line);
        const QString caseId = r.info.id;
        const QString unit = depth->yUnit.isEmpty() ? tr("items") : unitLabel(depth->yUnit);
        attachTooltip(line, [caseId, unit](const QPointF &p) {
            return tr("%1 at %2 s: %3 %4")
                .arg(caseId, QLocale().toString(p.x(), 'f', 3), QLocale().toString(p.y(), 'f', 0), unit);
        });
    }
    showEmptyText(chart()->series().isEmpty());
    if (chart()->series().isEmpty())
        return;

    auto *x = new QValueAxis;
    x->setRange(0, qMax(xMax, 1e-3));
    x->applyNiceNumbers(); // ticks at 0.25 s steps, not 0.25, 0.51, 0.76
    x->setTitleText(tr("time since the case started (s)"));
    auto *y = new QValueAxis;
    const auto [low, high] = linearRange(ys);
    y->setRange(low, high);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("queued items"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    const auto series = chart()->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QList<QPointF> workerScalingPoints(const bench::CaseResult &result)
{
    if (!result.series.isEmpty() && !result.series.first().points.isEmpty())
        return result.series.first().points;
    static const QRegularExpression trailingNumber(QStringLiteral("(\\d+)\\D*$"));
    QList<QPointF> points;
    for (auto it = result.metrics.cbegin(); it != result.metrics.cend(); ++it) {
        if (!it.key().contains(u"worker", Qt::CaseInsensitive))
            continue;
        const auto match = trailingNumber.match(it.key());
        if (match.hasMatch())
            points.append(QPointF(match.captured(1).toDouble(), it.value()));
    }
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return points;
}

int workerAxisStep(double maxWorkers)
{
    constexpr int MaxTicks = 8;
    return qMax(1, int(std::ceil(maxWorkers / MaxTicks)));
}

WorkerScalingChart::WorkerScalingChart(QWidget *parent)
    : ChartView(tr("Worker scaling"), parent)
{
    setObjectName(QStringLiteral("workerScalingChart"));
    setEmptyText(tr("items per second with 1, 2, 4 and 8 workers appear here after %1").arg(CaseId));
}

void WorkerScalingChart::setResult(const bench::CaseResult *result)
{
    clearChart();
    const QList<QPointF> points = result ? workerScalingPoints(*result) : QList<QPointF>();
    showEmptyText(points.isEmpty());
    if (points.isEmpty())
        return;

    const QString yUnit = result->series.isEmpty() || result->series.first().yUnit.isEmpty()
        ? tr("items/s")
        : unitLabel(result->series.first().yUnit);
    auto *line = new QLineSeries;
    line->setName(tr("throughput"));
    line->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    line->replace(points);
    auto *dots = new QScatterSeries;
    dots->setName(tr("measured"));
    dots->setColor(QColor(0x15, 0x65, 0xc0));
    dots->setMarkerSize(9);
    dots->replace(points);
    chart()->addSeries(line);
    chart()->addSeries(dots);
    hideFromLegend(dots);
    attachTooltip(dots, [yUnit](const QPointF &p) {
        return tr("%1 workers: %2 %3")
            .arg(QLocale().toString(p.x(), 'f', 0), QLocale().toString(p.y(), 'g', 4), yUnit);
    });

    QList<double> xs;
    QList<double> ys;
    for (const QPointF &p : points) {
        xs << p.x();
        ys << p.y();
    }
    auto *x = new QValueAxis;
    // One step of room past the last count keeps its marker whole.
    const double maxWorkers = *std::max_element(xs.cbegin(), xs.cend());
    const int step = workerAxisStep(maxWorkers);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(step);
    x->setRange(0, (std::floor(maxWorkers / step) + 1) * step);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("worker threads"));
    auto *y = new QValueAxis;
    y->setRange(0, linearRange(ys).second);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("throughput (%1)").arg(yUnit));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    dots->attachAxis(x);
    dots->attachAxis(y);
}

} // namespace linda::ui
