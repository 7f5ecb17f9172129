#pragma once

#include <QList>
#include <QPointF>

// Pure arithmetic behind the report's charts: decimation, axis ranges and
// the value-to-position mapping. Nothing here paints.
namespace linda::ui::chart {

// Reduces a series to at most 2 * bucketCount + 2 points for drawing. The
// points are split into bucketCount runs of consecutive indices and each run
// keeps its lowest and its highest y, in their original order, so spikes and
// dips survive. The first and last points are always kept. Series no longer
// than the limit come back unchanged; bucketCount < 1 is treated as 1.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, int bucketCount);

enum class AxisScale { Linear, Log };

// Picks a log scale when the positive values of a chart span at least
// `minDecades` powers of ten (default: two, i.e. a factor of 100), because a
// linear axis would then squash the small values onto the origin.
AxisScale chooseScale(const QList<double> &values, double minDecades = 2.0);

struct Axis
{
    double low = 0;
    double high = 1;
    AxisScale scale = AxisScale::Linear;
    QList<double> ticks; // ascending, all inside [low, high]
};

// A linear axis covering [min, max] with "nice" ticks (1, 2 or 5 times a power
// of ten) about targetTicks apart. When min == max the range is widened so
// that it is never empty. With includeZero the axis also covers zero.
Axis linearAxis(double min, double max, int targetTicks = 5, bool includeZero = true);

// A log axis from the power of ten at or below min to the one at or above max,
// with a tick at every power of ten. Values <= 0 cannot be shown on a log axis:
// min is clamped to max / 10 when it is not positive, and max <= 0 gives [1, 10].
Axis logAxis(double min, double max);

// The axis of the given scale covering every value in values (and extra, e.g.
// threshold lines), padded to nice ticks.
Axis axisFor(const QList<double> &values, AxisScale scale, bool includeZero = true);

// Position of value along the axis as a fraction: 0 at low, 1 at high. Values
// outside the range are clamped so that marks stay inside the plot; on a log
// axis values <= 0 map to 0.
double axisFraction(const Axis &axis, double value);

} // namespace linda::ui::chart
