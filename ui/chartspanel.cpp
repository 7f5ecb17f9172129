#include "chartspanel.h"

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
}

QWidget *ChartsPanel::createThroughputTab()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_throughputTime);
    split->addWidget(m_throughputCases);
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

void ChartsPanel::setResults(const QList<bench::CaseResult> &results)
{
    m_latency->setResults(results);
    m_throughputCases->setResults(results);
    m_heap->setResult(findCase(results, HeapGrowthChart::CaseId));
    m_queueDepth->setResults(results);
    m_scaling->setResult(findCase(results, WorkerScalingChart::CaseId));
}

void ChartsPanel::showCaseThroughput(const QString &caseId, const QList<QPointF> &points)
{
    m_throughputTime->setPoints(caseId, points);
}

void ChartsPanel::clear()
{
    setResults({});
    m_throughputTime->clear();
}

} // namespace linda::ui
