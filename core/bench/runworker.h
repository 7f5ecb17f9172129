#pragma once

#include "results.h"
#include "runner.h"

#include <QObject>

namespace linda::bench {

// The runner's QObject face on the run thread: runs a request in a slot and
// turns the runner's callbacks into signals. Only RunController uses it.
class RunWorker : public QObject
{
    Q_OBJECT

public:
    explicit RunWorker(QObject *parent = nullptr);

    // Thread-safe: sets the runner's cancel flag directly, because the
    // worker's own event loop is busy while a run executes.
    void requestCancel() { m_runner.requestCancel(); }
    void resetCancel() { m_runner.resetCancel(); }

public Q_SLOTS:
    void run(const linda::bench::RunRequest &request);

Q_SIGNALS:
    void runStarted(const QList<linda::bench::CaseInfo> &cases, const linda::bench::Environment &environment);
    void caseStarted(int index, int total, const linda::bench::CaseInfo &info);
    void samplesAvailable(const QString &caseId, const QList<double> &samples);
    void caseFinished(int index, int total, const linda::bench::CaseResult &result);
    void runFinished(const linda::bench::RunResult &result);
    void runFailed(const QString &message);

private:
    Runner m_runner;
};

} // namespace linda::bench
