#include "chartmath.h"

#include <algorithm>
#include <cmath>

namespace linda::ui::chart {

QList<QPointF> decimateMinMax(const QList<QPointF> &points, int bucketCount)
{
    const qsizetype limit = 2 * qsizetype(std::max(bucketCount, 1)) + 2;
    if (points.size() <= limit)
        return points;

    // The first and last points are emitted on their own, so the buckets
    // cover the indices between them.
    const qsizetype inner = points.size() - 2;
    const qsizetype buckets = std::max(bucketCount, 1);
    QList<QPointF> out;
    out.reserve(limit);
    out.append(points.first());
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype begin = 1 + inner * b / buckets;
        const qsizetype end = 1 + inner * (b + 1) / buckets;
        if (begin >= end)
            continue;
        qsizetype lowIndex = begin;
        qsizetype highIndex = begin;
        for (qsizetype i = begin + 1; i < end; ++i) {
            if (points.at(i).y() < points.at(lowIndex).y())
                lowIndex = i;
            if (points.at(i).y() > points.at(highIndex).y())
                highIndex = i;
        }
        out.append(points.at(std::min(lowIndex, highIndex)));
        if (lowIndex != highIndex)
            out.append(points.at(std::max(lowIndex, highIndex)));
    }
    out.append(points.last());
    return out;
}

AxisScale chooseScale(const QList<double> &values, double minDecades)
{
    double low = 0;
    double high = 0;
    for (const double v : values) {
        if (!(v > 0) || !std::isfinite(v))
            continue;
        low = low > 0 ? std::min(low, v) : v;
        high = std::max(high, v);
    }
    if (low <= 0)
        return AxisScale::Linear;
    return std::log10(high / low) >= minDecades ? AxisScale::Log : AxisScale::Linear;
}

namespace {

// The nearest of 1, 2, 5 times a power of ten at or above raw.
double niceStep(double raw)
{
    const double exponent = std::floor(std::log10(raw));
    const double base = std::pow(10.0, exponent);
    const double fraction = raw / base;
    double nice = 10;
    if (fraction <= 1)
        nice = 1;
    else if (fraction <= 2)
        nice = 2;
    else if (fraction <= 5)
        nice = 5;
    return nice * base;
}

} // namespace

Axis linearAxis(double min, double max, int targetTicks, bool includeZero)
{
    if (min > max)
        std::swap(min, max);
    if (includeZero) {
        min = std::min(min, 0.0);
        max = std::max(max, 0.0);
    }
    if (max - min <= 0) {
        // A flat series: give it some room around its value.
        const double pad = min == 0 ? 1.0 : std::abs(min) * 0.5;
        min -= includeZero && min >= 0 ? 0 : pad;
        max += pad;
    }
    const double step = niceStep((max - min) / std::max(targetTicks - 1, 1));
    Axis axis;
    axis.scale = AxisScale::Linear;
    axis.low = std::floor(min / step) * step;
    axis.high = std::ceil(max / step) * step;
    // Round each tick to the step so that 0.1 + 0.2 prints as 0.3.
    for (double t = axis.low; t <= axis.high + step * 1e-9; t += step)
        axis.ticks.append(std::round(t / step) * step);
    return axis;
}

Axis logAxis(double min, double max)
{
    if (!(max > 0)) {
        min = 1;
        max = 10;
    }
    if (!(min > 0))
        min = max / 10;
    if (min > max)
        std::swap(min, max);
    int lowExp = int(std::floor(std::log10(min)));
    int highExp = int(std::ceil(std::log10(max)));
    if (highExp <= lowExp)
        highExp = lowExp + 1;
    Axis axis;
    axis.scale = AxisScale::Log;
    axis.low = std::pow(10.0, lowExp);
    axis.high = std::pow(10.0, highExp);
    for (int e = lowExp; e <= highExp; ++e)
        axis.ticks.append(std::pow(10.0, e));
    return axis;
}

Axis axisFor(const QList<double> &values, AxisScale scale, bool includeZero)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (const double v : values) {
        if (!std::isfinite(v) || (scale == AxisScale::Log && v <= 0))
            continue;
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    }
    if (scale == AxisScale::Log)
        return any ? logAxis(low, high) : logAxis(1, 10);
    return any ? linearAxis(low, high, 5, includeZero) : linearAxis(0, 1, 5, includeZero);
}

double axisFraction(const Axis &axis, double value)
{
    double f = 0;
    if (axis.scale == AxisScale::Log) {
        if (!(value > 0))
            return 0;
        f = std::log10(value / axis.low) / std::log10(axis.high / axis.low);
    } else {
        f = (value - axis.low) / (axis.high - axis.low);
    }
    if (!std::isfinite(f))
        return 0;
    return std::clamp(f, 0.0, 1.0);
}

} // namespace linda::ui::chart
