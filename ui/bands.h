#pragma once

#include <fixtures/fixtures.h>

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

// Colouring of latency and throughput figures by the performance bands of
// the loaded fixtures (excellent, good, acceptable, degraded). A figure
// outside every band is Failing: latency above the degraded band, or
// throughput below it.
namespace linda::ui {

enum class Rating { Excellent, Good, Acceptable, Degraded, Failing };

QString ratingName(Rating rating); // translated, for tooltips and legends
QColor ratingBackground(Rating rating); // light tint for table cells, dark text stays readable
QColor ratingColor(Rating rating);      // saturated colour for chart bands and markers

class PerformanceBands
{
public:
    PerformanceBands() = default;
    explicit PerformanceBands(QList<PerformanceBand> bands);

    bool isEmpty() const { return m_bands.isEmpty(); }
    const QList<PerformanceBand> &bands() const { return m_bands; }

    // nullopt when no bands are loaded.
    std::optional<Rating> rateLatency(double milliseconds) const;
    std::optional<Rating> rateThroughput(double opsPerSecond) const;

private:
    QList<PerformanceBand> m_bands;
};

Rating ratingOf(PerformanceCategory category);

} // namespace linda::ui
