#pragma once

#include "bands.h"

#include <bench/results.h>

#include <QSet>
#include <QTabWidget>

#include <optional>

namespace linda::ui {

class HeapGrowthChart;
class LatencyChart;
class QueueDepthChart;
class ThroughputCasesChart;
class ThroughputTimeChart;
class WorkerScalingChart;

// The charts of the Benchmarks page, one tab per concern: latency,
// throughput (over the case's time and per case), memory, load.
class ChartsPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void setBands(const PerformanceBands &bands);
    void setMemoryLimits(std::optional<double> growthMBPer1000Ops, std::optional<double> peakMB);
    // Adds a finished case. Only the charts that show it are marked for a
    // redraw, and they are redrawn by refresh(), not here.
    void addResult(const bench::CaseResult &result);
    // Redraws the marked charts of the current tab. Charts on hidden tabs are
    // redrawn when their tab is shown, so a run pays only for what is seen.
    void refresh();
    void showCaseThroughput(const QString &caseId, const QList<QPointF> &points);
    void clear();
    const QList<bench::CaseResult> &results() const { return m_results; }

    LatencyChart *latencyChart() const { return m_latency; }
    ThroughputTimeChart *throughputTimeChart() const { return m_throughputTime; }
    ThroughputCasesChart *throughputCasesChart() const { return m_throughputCases; }
    HeapGrowthChart *heapGrowthChart() const { return m_heap; }
    QueueDepthChart *queueDepthChart() const { return m_queueDepth; }
    WorkerScalingChart *workerScalingChart() const { return m_scaling; }

private:
    enum class Chart { Latency, ThroughputCases, Heap, QueueDepth, Scaling };

    QWidget *createThroughputTab();
    void redraw(Chart chart);
    int tabOf(Chart chart) const;
    QWidget *createLoadTab();

    LatencyChart *m_latency;
    ThroughputTimeChart *m_throughputTime;
    ThroughputCasesChart *m_throughputCases;
    HeapGrowthChart *m_heap;
    QueueDepthChart *m_queueDepth;
    WorkerScalingChart *m_scaling;
    QList<bench::CaseResult> m_results;
    QSet<Chart> m_stale;
};

} // namespace linda::ui
