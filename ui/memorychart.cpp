#include "memorychart.h"

#include "chartdata.h"
#include "decimation.h"
#include "units.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace linda::ui {

HeapGrowthChart::HeapGrowthChart(QWidget *parent)
    : ChartView(tr("Heap growth"), parent)
{
    setObjectName(QStringLiteral("heapGrowthChart"));
    setEmptyText(tr("heap in use after each handled message of %1 appears here").arg(CaseId));
}

void HeapGrowthChart::setLimits(std::optional<double> growthMBPer1000Ops, std::optional<double> peakMB)
{
    m_growthLimit = growthMBPer1000Ops;
    m_peakLimit = peakMB;
    setResult(m_result ? &*m_result : nullptr);
}

void HeapGrowthChart::setResult(const bench::CaseResult *result)
{
    if (result)
        m_result = *result;
    else
        m_result.reset();
    clearChart();
    const bench::Series *heap = result ? findSeries(*result, {QStringLiteral("heap"), QStringLiteral("bytes")})
                                       : nullptr;
    showEmptyText(!heap || heap->points.isEmpty());
    if (!heap || heap->points.isEmpty())
        return;

    QList<QPointF> heapMB;
    heapMB.reserve(heap->points.size());
    const bool inBytes = heap->yUnit.compare(u"bytes", Qt::CaseInsensitive) == 0
        || heap->yUnit == u"B";
    for (const QPointF &p : heap->points)
        heapMB.append(QPointF(p.x(), inBytes ? p.y() / BytesPerMegabyte : p.y()));

    auto *line = new QLineSeries;
    line->setName(tr("heap in use"));
    line->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    line->replace(decimateMinMax(heapMB, qMax(50, int(chart()->plotArea().width()))));
    chart()->addSeries(line);
    const QString xUnit = heap->xUnit.isEmpty() ? tr("operations") : unitLabel(heap->xUnit);
    attachTooltip(line, [xUnit](const QPointF &p) {
        return tr("after %1 %2: %3").arg(QLocale().toString(p.x(), 'f', 0), xUnit, formatMegabytes(p.y()));
    });

    QList<double> yValues;
    for (const QPointF &p : heapMB)
        yValues << p.y();
    addLimitLines(heapMB, yValues);

    auto *x = new QValueAxis;
    x->setRange(heapMB.first().x(), heapMB.last().x());
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("handled %1").arg(xUnit));
    auto *y = new QValueAxis;
    const auto [low, high] = linearRange(yValues);
    y->setRange(low, high);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("heap in use (MB)"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    const auto series = chart()->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void HeapGrowthChart::addLimitLines(const QList<QPointF> &heapMB, QList<double> &yValues)
{
    const QPointF start = heapMB.first();
    const double endX = heapMB.last().x();
    if (m_growthLimit) {
        auto *allowed = new QLineSeries;
        allowed->setName(tr("allowed growth (%1 MB per 1000 operations)").arg(QLocale().toString(*m_growthLimit)));
        allowed->setPen(QPen(QColor(0xef, 0x6c, 0x00), 2, Qt::DashLine));
        const double endY = start.y() + *m_growthLimit * (endX - start.x()) / 1000.0;
        allowed->append(start);
        allowed->append(endX, endY);
        chart()->addSeries(allowed);
        yValues << endY;
        const double limit = *m_growthLimit;
        attachTooltip(allowed, [limit](const QPointF &p) {
            return tr("allowed: %1 at %2 operations (%3 MB per 1000)")
                .arg(formatMegabytes(p.y()), QLocale().toString(p.x(), 'f', 0), QLocale().toString(limit));
        });
    }
    if (m_peakLimit) {
        // A peak limit far above the heap would squash the heap curve flat.
        // In that case the axis stops short of it and the legend notes it.
        double top = 0;
        for (const double y : yValues)
            top = qMax(top, y);
        const bool offScale = *m_peakLimit > 3 * top;
        auto *peak = new QLineSeries;
        const QString peakText = QLocale().toString(*m_peakLimit);
        peak->setName(offScale ? tr("peak limit (%1 MB, above the plotted range)").arg(peakText)
                               : tr("peak limit (%1 MB)").arg(peakText));
        peak->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
        peak->append(start.x(), *m_peakLimit);
        peak->append(endX, *m_peakLimit);
        chart()->addSeries(peak);
        if (!offScale)
            yValues << *m_peakLimit;
    }
}

} // namespace linda::ui
