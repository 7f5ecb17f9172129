#pragma once

#include "measurement.h"
#include "results.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace linda {
struct Fixtures;
}

namespace linda::bench {

// Time and work budget of a profile for each kind of case.
struct ProfileSettings
{
    Profile profile = Profile::Default;
    SamplingPlan latency;                    // latency cases
    int throughputRepetitions = 5;           // throughput cases: repetitions of...
    std::chrono::nanoseconds repetitionTime{std::chrono::milliseconds(300)}; // ...this length each
    double scenarioSeconds = 0;              // arrival-rate scenarios: 0 runs the fixtures' duration
    int loadRepetitions = 3;                 // batch load cases: repetitions of the whole batch
    double workScale = 1.0;                  // share of the fixtures' operation counts where a case
                                             // may shorten them (memory growth points, backlog size)
};

// Settings of a profile; minTimeOverride > 0 replaces the latency sampling
// time (RunRequest::minTimePerCase).
ProfileSettings profileSettings(Profile profile, std::chrono::milliseconds minTimeOverride = {});

// Everything one case needs from the runner. Lives on the runner thread for
// the duration of one case.
class CaseContext
{
public:
    using SampleSink = std::function<void(double sample)>;

    CaseContext(const CaseInfo &info, const Fixtures &fixtures, const ProfileSettings &settings,
                const MeasureClock &clock, const std::atomic<bool> &cancel, QString workDirectory,
                int workers, SampleSink sink = {});

    const CaseInfo &info() const { return m_info; }
    const Fixtures &fixtures() const { return m_fixtures; }
    const ProfileSettings &settings() const { return m_settings; }
    const MeasureClock &clock() const { return m_clock; }
    const std::atomic<bool> &cancelFlag() const { return m_cancel; }
    int workers() const { return m_workers; }

    // A fresh empty folder for this case's database and files; the runner
    // removes it after the case.
    QString workDirectory() const { return m_workDirectory; }
    QString filePath(const QString &name) const;

    bool isCancelled() const { return m_cancel.load(std::memory_order_relaxed); }
    // Throws CaseCancelled when a cancel was requested.
    void checkCancelled() const;
    // Sleeps for at most `duration`, waking every 20 ms to check the cancel
    // flag; throws CaseCancelled when it is set.
    void sleepFor(std::chrono::nanoseconds duration) const;

    // Timing loops with this profile's plan, forwarding samples to the runner.
    LatencySampling sampleLatency(const BatchFunction &batch) const;
    LatencySampling sampleLatency(const BatchFunction &batch, const SamplingPlan &plan) const;
    QList<double> sampleThroughput(const CountingBatchFunction &batch) const;
    QList<double> sampleThroughput(int repetitions, const CountingBatchFunction &batch) const;

    // Forwards one sample (in the case's sample unit) to the live view.
    void publishSample(double sample) const;

    // The parameter of the case's CaseInfo, or fallback when absent.
    double parameter(const QString &name, double fallback = 0) const;

private:
    const CaseInfo &m_info;
    const Fixtures &m_fixtures;
    const ProfileSettings &m_settings;
    const MeasureClock &m_clock;
    const std::atomic<bool> &m_cancel;
    QString m_workDirectory;
    int m_workers = 4;
    SampleSink m_sink;
};

// A case's body: fills samples, checks, metrics and series of result. The
// runner computes the statistics of result.samples afterwards and derives the
// verdict from result.checks.
using CaseFunction = std::function<void(CaseContext &context, CaseResult &result)>;

struct CaseDefinition
{
    CaseInfo info;
    CaseFunction run; // empty: the case is not implemented in this build
};

} // namespace linda::bench
