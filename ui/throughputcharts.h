#pragma once

#include "bands.h"
#include "chartview.h"

#include <bench/results.h>

class QLineSeries;
class QValueAxis;

namespace linda::ui {

// Operations per second of one case against the case's time in seconds.
// Fed live while the case runs; long series are decimated to two points per
// pixel column before they are handed to the chart.
class ThroughputTimeChart : public ChartView
{
    Q_OBJECT

public:
    explicit ThroughputTimeChart(QWidget *parent = nullptr);

    // Shows `points` (x in s, y in ops/s) for `caseId`. Cheap enough to call
    // every few hundred milliseconds during a run.
    void setPoints(const QString &caseId, const QList<QPointF> &points);
    void clear();
    QString caseId() const { return m_caseId; }
    // Number of points drawn after decimation.
    qsizetype drawnPointCount() const;

private:
    QLineSeries *m_series = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QString m_caseId;
};

// Median throughput of each case (with its confidence interval) against the
// throughput bands of the fixtures, on a logarithmic axis.
class ThroughputCasesChart : public ChartView
{
    Q_OBJECT

public:
    explicit ThroughputCasesChart(QWidget *parent = nullptr);

    void setBands(const PerformanceBands &bands);
    void setResults(const QList<bench::CaseResult> &results);

private:
    void addBands(double slotMin, double slotMax, double rateMax);

    PerformanceBands m_bands;
    QList<bench::CaseResult> m_results;
};

} // namespace linda::ui
