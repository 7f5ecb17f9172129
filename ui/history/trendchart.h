#pragma once

#include <bench/history/historydatabase.h>

#include <QChartView>

namespace linda::ui {

// One case's median across the runs in the history, oldest first. Dashed
// lines mark 5 % (medium) and 20 % (critical) worse than the baseline run's
// median, or than the oldest run's when no run of the case is a baseline.
// The case's service-level threshold is drawn when it is in range.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const QString &caseId, const QList<bench::TrendPoint> &points);
    int pointCount() const { return m_pointCount; }
    bool hasThresholdLine() const { return m_hasThreshold; }
    bool hasRegressionLines() const { return m_hasRegressionLines; }

private:
    void addLevel(const QString &name, double value, qint64 first, qint64 last, const QPen &pen);

    int m_pointCount = 0;
    bool m_hasThreshold = false;
    bool m_hasRegressionLines = false;
};

} // namespace linda::ui
