#include "runworker.h"

#include "common/logging.h"

namespace linda::bench {

namespace {

// Forwards the runner's callbacks as the worker's signals.
class SignalObserver final : public RunObserver
{
public:
    explicit SignalObserver(RunWorker *worker)
        : m_worker(worker)
    {
    }

    void runStarted(const QList<CaseInfo> &cases, const Environment &environment) override
    {
        Q_EMIT m_worker->runStarted(cases, environment);
    }
    void caseStarted(int index, int total, const CaseInfo &info) override
    {
        Q_EMIT m_worker->caseStarted(index, total, info);
    }
    void samplesAvailable(const QString &caseId, const QList<double> &samples) override
    {
        Q_EMIT m_worker->samplesAvailable(caseId, samples);
    }
    void caseFinished(int index, int total, const CaseResult &result) override
    {
        Q_EMIT m_worker->caseFinished(index, total, result);
    }

private:
    RunWorker *m_worker;
};

} // namespace

RunWorker::RunWorker(QObject *parent)
    : QObject(parent)
{
}

void RunWorker::run(const RunRequest &request)
{
    SignalObserver observer(this);
    RunResult result;
    QString error;
    qCInfo(lcRunner) << "Run started:" << request.caseIds.size() << "requested case ids, profile"
                     << profileName(request.profile);
    if (!m_runner.run(request, result, &error, &observer)) {
        qCWarning(lcRunner) << "Run failed:" << error;
        Q_EMIT runFailed(error);
        return;
    }
    qCInfo(lcRunner) << "Run finished:" << result.cases.size() << "cases, cancelled:" << result.cancelled;
    Q_EMIT runFinished(result);
}

} // namespace linda::bench
