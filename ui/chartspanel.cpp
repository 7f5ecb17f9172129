#include "chartspanel.h"

#include "chartdata.h"
#include "latencychart.h"
#include "loadcharts.h"
#include "memorychart.h"
#include "throughputcharts.h"

#include <QSplitter>

namespace linda::ui {

namespace {

const bench::CaseResult *findCase(const QList<bench::CaseResult> &results, QStringView caseId)
{
    for (const bench::CaseResult &r : results) {
        if (r.info.id == caseId)
            return &r;
    }
    return nullptr;
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_latency(new LatencyChart(this))
    , m_throughputTime(new ThroughputTimeChart(this))
    , m_throughputCases(new ThroughputCasesChart(this))
    , m_heap(new HeapGrowthChart(this))
    , m_queueDepth(new QueueDepthChart(this))
    , m_scaling(new WorkerScalingChart(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    setAccessibleName(tr("Charts"));
    addTab(m_latency, tr("Latency"));
    addTab(createThroughputTab(), tr("Throughput"));
    addTab(m_heap, tr("Memory"));
    addTab(createLoadTab(), tr("Load"));
    connect(this, &QTabWidget::currentChanged, this, &ChartsPanel::refresh);
}

QWidget *ChartsPanel::createThroughputTab()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_throughputTime);
    split->addWidget(m_throughputCases);
    // The per-case chart needs room for the case ids and the band legend.
    split->setSizes({400, 600});
    return split;
}

QWidget *ChartsPanel::createLoadTab()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_queueDepth);
    split->addWidget(m_scaling);
    return split;
}

void ChartsPanel::setBands(const PerformanceBands &bands)
{
    m_throughputCases->setBands(bands);
}

void ChartsPanel::setMemoryLimits(std::optional<double> growthMBPer1000Ops, std::optional<double> peakMB)
{
    m_heap->setLimits(growthMBPer1000Ops, peakMB);
}

void ChartsPanel::addResult(const bench::CaseResult &result)
{
    m_results.append(result);
    if (!latencyFigures({result}).isEmpty())
        m_stale.insert(Chart::Latency);
    if (result.throughput > 0)
        m_stale.insert(Chart::ThroughputCases);
    if (result.info.id == HeapGrowthChart::CaseId)
        m_stale.insert(Chart::Heap);
    if (result.info.suite == bench::Suite::Load && !result.series.isEmpty())
        m_stale.insert(Chart::QueueDepth);
    if (result.info.id == WorkerScalingChart::CaseId)
        m_stale.insert(Chart::Scaling);
}

void ChartsPanel::refresh()
{
    const QSet<Chart> stale = m_stale;
    for (const Chart chart : stale) {
        if (tabOf(chart) == currentIndex())
            redraw(chart);
    }
}

int ChartsPanel::tabOf(Chart chart) const
{
    switch (chart) {
    case Chart::Latency:
        return 0;
    case Chart::ThroughputCases:
        return 1;
    case Chart::Heap:
        return 2;
    case Chart::QueueDepth:
    case Chart::Scaling:
        return 3;
    }
    return -1;
}

void ChartsPanel::redraw(Chart chart)
{
    m_stale.remove(chart);
    switch (chart) {
    case Chart::Latency:
        m_latency->setResults(m_results);
        break;
    case Chart::ThroughputCases:
        m_throughputCases->setResults(m_results);
        break;
    case Chart::Heap:
        m_heap->setResult(findCase(m_results, HeapGrowthChart::CaseId));
        break;
    case Chart::QueueDepth:
        m_queueDepth->setResults(m_results);
        break;
    case Chart::Scaling:
        m_scaling->setResult(findCase(m_results, WorkerScalingChart::CaseId));
        break;
    }
}

void ChartsPanel::showCaseThroughput(const QString &caseId, const QList<QPointF> &points)
{
    m_throughputTime->setPoints(caseId, points);
}

void ChartsPanel::clear()
{
    m_results.clear();
    m_stale = {Chart::Latency, Chart::ThroughputCases, Chart::Heap, Chart::QueueDepth, Chart::Scaling};
    m_throughputTime->clear();
    refresh();
}

} // namespace linda::ui
