#include "livethroughput.h"

#include "units.h"

namespace linda::ui {

void LiveThroughput::startCase(const QString &caseId)
{
    m_cases.insert(caseId, Case{});
}

void LiveThroughput::addSamples(const QString &caseId, const QList<double> &samples,
                                const QString &sampleUnit, double nowSeconds)
{
    if (samples.isEmpty())
        return;
    Case &c = m_cases[caseId];
    // Arrival times can only grow; a clock that went backwards gives a zero-width batch.
    const double start = c.lastArrival;
    const double end = qMax(nowSeconds, start);
    const qsizetype n = samples.size();
    for (qsizetype i = 0; i < n; ++i) {
        const double t = start + (end - start) * double(i + 1) / double(n);
        c.points.append(QPointF(t, opsPerSecondFromSample(samples[i], sampleUnit)));
    }
    c.lastArrival = end;
}

QList<QPointF> LiveThroughput::points(const QString &caseId) const
{
    return m_cases.value(caseId).points;
}

} // namespace linda::ui
