#include "casecontext.h"

#include <QDir>

#include <thread>

namespace linda::bench {

using namespace std::chrono_literals;

ProfileSettings profileSettings(Profile profile, std::chrono::milliseconds minTimeOverride)
{
    ProfileSettings s;
    s.profile = profile;
    switch (profile) {
    case Profile::Quick:
        s.latency.warmup = 10ms;
        s.latency.minTime = 120ms;
        s.latency.maxSamples = 5'000;
        s.throughputRepetitions = 3;
        s.repetitionTime = 80ms;
        s.scenarioSeconds = 1.0;
        s.loadRepetitions = 1;
        s.workScale = 0.25;
        break;
    case Profile::Default:
        s.latency.warmup = 50ms;
        s.latency.minTime = 600ms;
        s.latency.maxSamples = 20'000;
        s.throughputRepetitions = 5;
        s.repetitionTime = 200ms;
        s.scenarioSeconds = 0;
        s.loadRepetitions = 3;
        s.workScale = 1.0;
        break;
    case Profile::Thorough:
        s.latency.warmup = 200ms;
        s.latency.minTime = 3s;
        s.latency.maxSamples = 100'000;
        s.throughputRepetitions = 10;
        s.repetitionTime = 500ms;
        s.scenarioSeconds = 0;
        s.loadRepetitions = 10;
        s.workScale = 1.0;
        break;
    }
    if (minTimeOverride > 0ms)
        s.latency.minTime = minTimeOverride;
    return s;
}

CaseContext::CaseContext(const CaseInfo &info, const Fixtures &fixtures, const ProfileSettings &settings,
                         const MeasureClock &clock, const std::atomic<bool> &cancel,
                         QString workDirectory, int workers, SampleSink sink)
    : m_info(info)
    , m_fixtures(fixtures)
    , m_settings(settings)
    , m_clock(clock)
    , m_cancel(cancel)
    , m_workDirectory(std::move(workDirectory))
    , m_workers(workers)
    , m_sink(std::move(sink))
{
}

QString CaseContext::filePath(const QString &name) const
{
    return QDir(m_workDirectory).filePath(name);
}

void CaseContext::checkCancelled() const
{
    if (isCancelled())
        throw CaseCancelled{};
}

void CaseContext::sleepFor(std::chrono::nanoseconds duration) const
{
    // Steady clock on purpose: a sleep is real time even under a test clock.
    const auto until = std::chrono::steady_clock::now() + duration;
    for (;;) {
        checkCancelled();
        const auto left = until - std::chrono::steady_clock::now();
        if (left <= 0ns)
            return;
        std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(left, 20ms));
    }
}

LatencySampling CaseContext::sampleLatency(const BatchFunction &batch) const
{
    return sampleLatency(batch, m_settings.latency);
}

LatencySampling CaseContext::sampleLatency(const BatchFunction &batch, const SamplingPlan &plan) const
{
    return bench::sampleLatency(m_clock, batch, plan, m_cancel, m_sink);
}

QList<double> CaseContext::sampleThroughput(const CountingBatchFunction &batch) const
{
    return sampleThroughput(m_settings.throughputRepetitions, batch);
}

QList<double> CaseContext::sampleThroughput(int repetitions, const CountingBatchFunction &batch) const
{
    return bench::sampleThroughput(m_clock, batch, repetitions, m_settings.repetitionTime, m_settings.latency,
                                   m_cancel, m_sink);
}

void CaseContext::publishSample(double sample) const
{
    if (m_sink)
        m_sink(sample);
}

double CaseContext::parameter(const QString &name, double fallback) const
{
    const QVariant value = m_info.parameters.value(name);
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? number : fallback;
}

} // namespace linda::bench
