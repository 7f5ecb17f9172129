#pragma once

#include "casecontext.h"
#include "results.h"

#include <QList>
#include <QString>

#include <atomic>
#include <chrono>

namespace linda {
struct Fixtures;
}

namespace linda::bench {

// Receives a run's progress on the runner's thread.
class RunObserver
{
public:
    virtual ~RunObserver() = default;
    virtual void runStarted(const QList<CaseInfo> &cases, const Environment &environment);
    virtual void caseStarted(int index, int total, const CaseInfo &info);
    virtual void samplesAvailable(const QString &caseId, const QList<double> &samples);
    virtual void caseFinished(int index, int total, const CaseResult &result);
};

// The built-in cases: the registry's list with each case's body. A case
// without a body in this build runs as Verdict::Error.
QList<CaseDefinition> builtinCaseDefinitions(const Fixtures &fixtures);

// Runs cases one after another on the calling thread. For each case: a fresh
// temporary folder, the case body (which sets up its own engine and data,
// warms up, calibrates and samples), statistics and verdicts, and removal of
// the folder. An exception in a case makes that case an error, and the run
// goes on. A cancel stops the running case within one timing batch (or
// 20 ms of a wait) and keeps the finished ones.
class Runner
{
public:
    explicit Runner(const MeasureClock &clock = MeasureClock::steady());

    // Loads the fixtures of request.fixturesPath (bundled when empty) and
    // runs the requested built-in cases. Returns false with errorMessage set
    // when the fixtures cannot be loaded or a requested id is unknown.
    bool run(const RunRequest &request, RunResult &result, QString *errorMessage,
             RunObserver *observer = nullptr);

    // Runs the given cases (all of them, in order) against fixtures; the
    // seam for tests and for callers with cases of their own.
    RunResult runCases(const RunRequest &request, const Fixtures &fixtures,
                       const QList<CaseDefinition> &cases, const QString &fixturesSource,
                       RunObserver *observer = nullptr);

    // Thread-safe; the running case stops at its next cancel check.
    void requestCancel() { m_cancel.store(true, std::memory_order_relaxed); }
    bool isCancelRequested() const { return m_cancel.load(std::memory_order_relaxed); }
    // Clears a cancel of an earlier run; call only while no run executes.
    void resetCancel() { m_cancel.store(false, std::memory_order_relaxed); }

    // Minimum time between two samplesAvailable() calls of one case.
    static constexpr std::chrono::milliseconds kSampleInterval{100};

private:
    CaseResult runOne(const CaseDefinition &definition, const Fixtures &fixtures,
                      const ProfileSettings &settings, int workers, RunObserver *observer);

    const MeasureClock &m_clock;
    std::atomic<bool> m_cancel{false};
};

// Statistics, throughput and verdicts of a case whose body has run.
void finalizeCase(CaseResult &result);

} // namespace linda::bench
