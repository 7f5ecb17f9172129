#include "decimation.h"

#include <cmath>

namespace linda::ui {

namespace {

bool isFinitePoint(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// Index of the bucket that holds x; the last bucket is closed on the right.
int bucketOf(double x, double xMin, double width, int bucketCount)
{
    if (width <= 0)
        return 0;
    const int bucket = int((x - xMin) / width * bucketCount);
    return qBound(0, bucket, bucketCount - 1);
}

} // namespace

QList<QPointF> decimateMinMax(const QList<QPointF> &points, int bucketCount)
{
    if (bucketCount < 1 || points.size() <= 2 * qsizetype(bucketCount))
        return points;

    QList<QPointF> finite;
    finite.reserve(points.size());
    for (const QPointF &p : points) {
        if (isFinitePoint(p))
            finite.append(p);
    }
    if (finite.size() <= 2 * qsizetype(bucketCount))
        return finite;

    const double xMin = finite.first().x();
    const double width = finite.last().x() - xMin;

    QList<QPointF> out;
    out.reserve(2 * bucketCount + 2);
    out.append(finite.first());

    qsizetype i = 1;
    const qsizetype lastIndex = finite.size() - 1;
    while (i < lastIndex) {
        const int bucket = bucketOf(finite[i].x(), xMin, width, bucketCount);
        qsizetype minIndex = i;
        qsizetype maxIndex = i;
        qsizetype j = i + 1;
        for (; j < lastIndex && bucketOf(finite[j].x(), xMin, width, bucketCount) == bucket; ++j) {
            if (finite[j].y() < finite[minIndex].y())
                minIndex = j;
            if (finite[j].y() > finite[maxIndex].y())
                maxIndex = j;
        }
        // Emit the two extremes in x order so the line does not fold back.
        out.append(finite[qMin(minIndex, maxIndex)]);
        if (minIndex != maxIndex)
            out.append(finite[qMax(minIndex, maxIndex)]);
        i = j;
    }

    out.append(finite.last());
    return out;
}

} // namespace linda::ui
