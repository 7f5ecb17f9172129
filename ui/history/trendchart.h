#pragma once

#include <bench/history/historydatabase.h>

#include <QChartView>

namespace linda::ui {

// One case's judged figure (p95 latency, median rate, memory figure) across
// the runs in the history, oldest first, with the case's threshold as a
// dashed line and the baseline run marked.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const QString &caseId, const QList<bench::TrendPoint> &points);
    // Number of runs plotted, for tests.
    int pointCount() const { return m_pointCount; }
    bool hasThresholdLine() const { return m_hasThreshold; }

private:
    int m_pointCount = 0;
    bool m_hasThreshold = false;
};

} // namespace linda::ui
