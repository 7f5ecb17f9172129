#include "bands.h"

#include <QCoreApplication>

namespace linda::ui {

QString ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Excellent:
        return QCoreApplication::translate("linda::ui", "excellent");
    case Rating::Good:
        return QCoreApplication::translate("linda::ui", "good");
    case Rating::Acceptable:
        return QCoreApplication::translate("linda::ui", "acceptable");
    case Rating::Degraded:
        return QCoreApplication::translate("linda::ui", "degraded");
    case Rating::Failing:
        return QCoreApplication::translate("linda::ui", "failing");
    }
    return {};
}

QColor ratingBackground(Rating rating)
{
    switch (rating) {
    case Rating::Excellent:
        return QColor(0xc8, 0xe6, 0xc9);
    case Rating::Good:
        return QColor(0xdc, 0xed, 0xc8);
    case Rating::Acceptable:
        return QColor(0xff, 0xf5, 0x9d);
    case Rating::Degraded:
        return QColor(0xff, 0xcc, 0x80);
    case Rating::Failing:
        return QColor(0xef, 0x9a, 0x9a);
    }
    return {};
}

QColor ratingColor(Rating rating)
{
    switch (rating) {
    case Rating::Excellent:
        return QColor(0x2e, 0x7d, 0x32);
    case Rating::Good:
        return QColor(0x7c, 0xb3, 0x42);
    case Rating::Acceptable:
        return QColor(0xf9, 0xa8, 0x25);
    case Rating::Degraded:
        return QColor(0xef, 0x6c, 0x00);
    case Rating::Failing:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

Rating ratingOf(PerformanceCategory category)
{
    switch (category) {
    case PerformanceCategory::Excellent:
        return Rating::Excellent;
    case PerformanceCategory::Good:
        return Rating::Good;
    case PerformanceCategory::Acceptable:
        return Rating::Acceptable;
    case PerformanceCategory::Degraded:
        return Rating::Degraded;
    }
    return Rating::Failing;
}

PerformanceBands::PerformanceBands(QList<PerformanceBand> bands)
    : m_bands(std::move(bands))
{
}

std::optional<Rating> PerformanceBands::rateLatency(double milliseconds) const
{
    if (m_bands.isEmpty())
        return std::nullopt;
    for (const PerformanceBand &band : m_bands) {
        if (band.responseTimeMs.contains(milliseconds))
            return ratingOf(band.category);
    }
    return Rating::Failing;
}

std::optional<Rating> PerformanceBands::rateThroughput(double opsPerSecond) const
{
    if (m_bands.isEmpty())
        return std::nullopt;
    for (const PerformanceBand &band : m_bands) {
        if (band.throughputOpsPerSec.contains(opsPerSecond))
            return ratingOf(band.category);
    }
    return Rating::Failing;
}

} // namespace linda::ui
