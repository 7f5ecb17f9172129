#pragma once

#include "results.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace linda::bench {

class RunWorker;

// Owns a QThread and a runner worker moved to it. Lives on the GUI (or main)
// thread. All signals arrive queued on the controller's thread.
class RunController : public QObject
{
    Q_OBJECT

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override; // cancels and joins the thread

    bool isRunning() const;

public Q_SLOTS:
    void start(const linda::bench::RunRequest &request); // ignored (returns) while a run is in progress
    void cancel();                                       // cooperative; the run stops within 200 ms

Q_SIGNALS:
    void runStarted(const QList<linda::bench::CaseInfo> &cases, const linda::bench::Environment &environment);
    void caseStarted(int index, int total, const linda::bench::CaseInfo &info);
    // A throttled batch of new raw samples of the running case (sampleUnit as in CaseResult).
    void samplesAvailable(const QString &caseId, const QList<double> &samples);
    void caseFinished(int index, int total, const linda::bench::CaseResult &result);
    void runFinished(const linda::bench::RunResult &result); // also after a cancel (result.cancelled)
    void runFailed(const QString &message); // e.g. the fixtures could not be loaded; no runFinished follows

private:
    void onRunEnded();

    QThread *m_thread = nullptr;
    RunWorker *m_worker = nullptr; // lives on m_thread; deleted when the thread finishes
    bool m_running = false;
};

} // namespace linda::bench
