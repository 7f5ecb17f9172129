#pragma once

#include "alerts.h"
#include "eventlog.h"
#include "healthsampler.h"
#include "trafficsource.h"

#include "bot/runtime/engine.h"
#include "fixtures/fixtures.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace linda {

// Engine settings the operator can change between engine starts.
struct HealthEngineSettings
{
    int workers = 4;
    RateLimitConfig rateLimit;
    std::chrono::milliseconds sessionIdleTimeout{std::chrono::minutes(2)};
};

// The embedded engine under watch: starts it on a temporary database seeded
// with the demo data, feeds it from one traffic source at a time, samples it
// once per interval, evaluates the alert rules and fills the event log.
// The monitor lives on the GUI (or command-line) thread. The engine's
// workers and the traffic source run on threads of their own, and only the
// sampler's tick() reads from them, through the engine's lock-free snapshot.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit HealthMonitor(QObject *parent = nullptr, const Clock &clock = Clock::steady());
    ~HealthMonitor() override;

    void setFixtures(const Fixtures &fixtures); // replaces the alert rules
    const Fixtures &fixtures() const { return m_fixtures; }

    Status startEngine(const HealthEngineSettings &settings);
    void stopEngine();
    Status restartEngine(const HealthEngineSettings &settings);
    bool isEngineRunning() const { return m_engine != nullptr; }
    Engine *engine() const { return m_engine.get(); }
    const HealthEngineSettings &engineSettings() const { return m_settings; }

    // Replaces the running source; starts the engine with the current
    // settings when it is not running.
    Status startTraffic(std::unique_ptr<TrafficSchedule> schedule);
    void pauseTraffic();
    void resumeTraffic();
    void stopTraffic();
    std::optional<TrafficStats> trafficStats() const;

    // Zeroes the engine's counters and histograms, and the heap baseline.
    void resetCounters();

    // Ticks every interval until stopSampling(); tick() also works alone.
    void startSampling(std::chrono::milliseconds interval = HealthSampler::defaultInterval);
    void stopSampling();

    const RingBuffer<HealthSample> &series() const { return m_sampler.series(); }
    const AlertMonitor &alerts() const { return m_alerts; }
    EventLogModel *eventLog() const { return m_eventLog; }

public Q_SLOTS:
    // One sample: reads the engine, evaluates the rules, moves collected
    // engine events into the log. Emits sampled() and alertChanged().
    void tick();

Q_SIGNALS:
    void sampled(const linda::HealthSample &sample);
    void alertChanged(const linda::AlertTransition &transition);
    void engineStateChanged(bool running);
    void trafficStateChanged(linda::TrafficState state);

private:
    void log(HealthEventKind kind, const QString &subject, const QString &text);
    HealthSampler::Inputs samplerInputs();

    const Clock &m_clock;
    Fixtures m_fixtures;
    HealthEngineSettings m_settings;
    QTemporaryDir m_workDir;
    int m_engineGeneration = 0; // each start seeds a fresh database file
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<TrafficSource> m_traffic;
    TrafficState m_lastTrafficState = TrafficState::Idle;
    EventCollector m_collector;
    std::vector<Subscription> m_subscriptions; // dropped before m_engine
    HealthSampler m_sampler;
    AlertMonitor m_alerts;
    EventLogModel *m_eventLog;
    QTimer m_timer;
};

} // namespace linda
