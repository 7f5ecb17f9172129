#pragma once

#include "bands.h"

#include <bench/results.h>

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
    // Redraws the per-case charts from the finished cases.
    void setResults(const QList<bench::CaseResult> &results);
    void showCaseThroughput(const QString &caseId, const QList<QPointF> &points);
    void clear();

    LatencyChart *latencyChart() const { return m_latency; }
    ThroughputTimeChart *throughputTimeChart() const { return m_throughputTime; }
    ThroughputCasesChart *throughputCasesChart() const { return m_throughputCases; }
    HeapGrowthChart *heapGrowthChart() const { return m_heap; }
    QueueDepthChart *queueDepthChart() const { return m_queueDepth; }
    WorkerScalingChart *workerScalingChart() const { return m_scaling; }

private:
    QWidget *createThroughputTab();
    QWidget *createLoadTab();

    LatencyChart *m_latency;
    ThroughputTimeChart *m_throughputTime;
    ThroughputCasesChart *m_throughputCases;
    HeapGrowthChart *m_heap;
    QueueDepthChart *m_queueDepth;
    WorkerScalingChart *m_scaling;
};

} // namespace linda::ui
