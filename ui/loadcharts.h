#pragma once

#include "chartview.h"

#include <bench/results.h>

namespace linda::ui {

// Queue depth against time for every load case that reports one.
class QueueDepthChart : public ChartView
{
    Q_OBJECT

public:
    explicit QueueDepthChart(QWidget *parent = nullptr);
    void setResults(const QList<bench::CaseResult> &results);
};

// Items per second against worker threads for the worker-scaling case.
class WorkerScalingChart : public ChartView
{
    Q_OBJECT

public:
    static constexpr QStringView CaseId = u"load.queue.scaling";

    explicit WorkerScalingChart(QWidget *parent = nullptr);
    void setResult(const bench::CaseResult *result);
};

// Points of the worker-scaling curve: x workers, y items per second. Taken
// from the case's series when it has one, else from metrics named
// "…workers=N…" / "…N workers…" (any key ending in the worker count).
QList<QPointF> workerScalingPoints(const bench::CaseResult &result);

// Tick step of the worker axis: whole threads, about eight ticks at most, so
// every label sits on a whole worker count ("2" is at 2, not at 2.1).
int workerAxisStep(double maxWorkers);

} // namespace linda::ui
