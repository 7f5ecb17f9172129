#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace linda::ui {

// Throughput points of running cases, built from the sample batches the
// runner sends. A batch arrives when it is ready, not when each sample was
// taken, so a batch's samples are spread evenly between the previous batch's
// arrival and this one's. x is seconds since the case started, y operations
// per second.
class LiveThroughput
{
public:
    void startCase(const QString &caseId);
    // `nowSeconds` is the arrival time, in seconds since startCase().
    void addSamples(const QString &caseId, const QList<double> &samples, const QString &sampleUnit,
                    double nowSeconds);
    QList<QPointF> points(const QString &caseId) const;
    bool contains(const QString &caseId) const { return m_cases.contains(caseId); }
    void clear() { m_cases.clear(); }

private:
    struct Case
    {
        double lastArrival = 0;
        QList<QPointF> points;
    };
    QHash<QString, Case> m_cases;
};

} // namespace linda::ui
