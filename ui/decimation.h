#pragma once

#include <QList>
#include <QPointF>

// Thinning of long chart series before they are drawn. Replacing a
// 100,000-point QLineSeries and repainting costs tens of milliseconds, while
// a chart a few hundred pixels wide can show at most two distinct values per
// pixel column, so the charts draw the output of this function instead.
namespace linda::ui {

// Splits the x range of `points` into `bucketCount` equal-width buckets and
// keeps, per bucket, the point with the smallest and the one with the largest
// y, in their original order. The first and last points are always kept, so
// the drawn line spans the same x range and keeps every peak and dip.
//
// `points` must be sorted by x. Returns `points` unchanged when it has no more
// than 2 * bucketCount points, or when bucketCount < 1. Points with a NaN
// coordinate are dropped. The result has at most 2 * bucketCount + 2 points.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, int bucketCount);

} // namespace linda::ui
