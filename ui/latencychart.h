#pragma once

#include "chartview.h"

#include <bench/results.h>

namespace linda::ui {

struct LatencyFigures;

// Per latency case: p50, p95, p99 and max in ms, joined by a range line, the
// case's threshold as a red segment and its baseline band (expected cost ±
// tolerance) as a shaded box. The y axis turns logarithmic when the figures
// span two decades or more.
class LatencyChart : public ChartView
{
    Q_OBJECT

public:
    explicit LatencyChart(QWidget *parent = nullptr);

    void setResults(const QList<bench::CaseResult> &results);
    bool isLogarithmic() const { return m_logarithmic; }

private:
    void addPercentileSeries(const QList<LatencyFigures> &figures);
    void addRangeLines(const QList<LatencyFigures> &figures);
    void addThresholds(const QList<LatencyFigures> &figures);
    void addBaselineBands(const QList<LatencyFigures> &figures);
    void attachAxes(const QList<LatencyFigures> &figures);

    bool m_logarithmic = false;
};

} // namespace linda::ui
