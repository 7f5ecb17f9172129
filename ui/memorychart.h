#pragma once

#include "chartview.h"

#include <bench/results.h>

#include <optional>

namespace linda::ui {

// Heap in use (MB) against handled operations for the heap-growth case, with
// the allowed growth (starting heap + the fixtures' MB per 1000 operations)
// and the peak limit.
class HeapGrowthChart : public ChartView
{
    Q_OBJECT

public:
    static constexpr QStringView CaseId = u"mem.growth-1000";

    explicit HeapGrowthChart(QWidget *parent = nullptr);

    // Limits in MB; a missing limit draws no line.
    void setLimits(std::optional<double> growthMBPer1000Ops, std::optional<double> peakMB);
    // Draws the heap series of `result`; clears the chart for nullptr.
    void setResult(const bench::CaseResult *result);

private:
    void addLimitLines(const QList<QPointF> &heapMB, QList<double> &yValues);

    std::optional<double> m_growthLimit;
    std::optional<double> m_peakLimit;
    std::optional<bench::CaseResult> m_result;
};

} // namespace linda::ui
