#pragma once

#include <health/healthsampler.h>

#include <QChartView>

#include <functional>

class QLineSeries;
class QValueAxis;

namespace linda::ui {

// A time-series chart of the last minutes of health samples: x is seconds
// before the newest sample, one line per figure.
class HealthChart : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QColor color;
        std::function<double(const HealthSample &)> value;
    };

    HealthChart(const QString &title, const QString &unit, QList<Line> lines, QWidget *parent = nullptr);

    // Redraws from the series; the newest sample sits at x = 0.
    void update(const RingBuffer<HealthSample> &series);
    // A dashed horizontal line at the limit; NaN hides it.
    void setLimit(double limit, const QString &name);

private:
    QList<Line> m_lines;
    QList<QLineSeries *> m_series;
    QLineSeries *m_limit = nullptr;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace linda::ui
