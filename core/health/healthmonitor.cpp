#include "healthmonitor.h"

#include "bench/memoryprobe.h"
#include "bot/store/demoseeder.h"
#include "bot/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace linda {

HealthMonitor::HealthMonitor(QObject *parent, const Clock &clock)
    : QObject(parent)
    , m_clock(clock)
    , m_sampler({}, clock)
    , m_eventLog(new EventLogModel(5'000, this))
{
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::tick);
    m_timer.setTimerType(Qt::PreciseTimer);
}

HealthMonitor::~HealthMonitor()
{
    m_timer.stop();
    m_traffic.reset();
    m_subscriptions.clear();
    if (m_engine)
        m_engine->shutdown(ShutdownMode::Cancel);
}

void HealthMonitor::setFixtures(const Fixtures &fixtures)
{
    m_fixtures = fixtures;
    m_alerts.setRules(defaultAlertRules(fixtures));
}

HealthSampler::Inputs HealthMonitor::samplerInputs()
{
    Engine *engine = m_engine.get();
    return {[engine] { return engine->metrics(); }, [] { return bench::heapInUseBytes(); },
            [] { return bench::residentSetBytes(); }};
}

Status HealthMonitor::startEngine(const HealthEngineSettings &settings)
{
    if (m_engine)
        return Status();
    if (!m_workDir.isValid())
        return Status::failure(tr("Cannot create a temporary folder for the engine's database: %1")
                                   .arg(m_workDir.errorString()));
    const QString path = m_workDir.filePath(u"health-%1.sqlite"_qs.arg(++m_engineGeneration));
    {
        // The seeding connection closes with the store before the engine opens the file.
        Result<std::unique_ptr<Store>> store = Store::open(path);
        if (!store)
            return Status::failure(tr("Cannot create the engine's database %1: %2").arg(path, store.error()));
        const Result<DemoSeedSummary> seeded = DemoSeeder().seed(*store.value());
        if (!seeded)
            return Status::failure(tr("Cannot seed the demo data into %1: %2").arg(path, seeded.error()));
    }
    EngineConfig config;
    config.databasePath = path;
    config.queue.workers = settings.workers;
    config.rateLimit = settings.rateLimit;
    config.sessions.idleTimeout = settings.sessionIdleTimeout;
    config.housekeepingInterval = std::chrono::seconds(5); // expiries show within seconds
    Result<std::unique_ptr<Engine>> engine = Engine::create(std::move(config), m_clock);
    if (!engine)
        return Status::failure(tr("Cannot start the engine: %1").arg(engine.error()));
    m_engine = std::move(engine).value();
    m_settings = settings;
    m_subscriptions = m_collector.subscribe(m_engine->events());
    m_subscriptions.push_back(m_engine->events().subscribe<SenderRateLimited>(
        [this](const SenderRateLimited &e) { m_sampler.noteRateLimited(e.sender); }));
    m_sampler.setInputs(samplerInputs());
    m_sampler.tick(); // the starting point of the first interval
    log(HealthEventKind::Engine, tr("engine"),
        tr("Started with %1 workers, rate limit %2.")
            .arg(settings.workers)
            .arg(settings.rateLimit.enabled
                     ? tr("%1 msg/s, burst %2").arg(settings.rateLimit.ratePerSecond).arg(settings.rateLimit.burst)
                     : tr("off")));
    Q_EMIT engineStateChanged(true);
    return Status();
}

void HealthMonitor::stopEngine()
{
    if (!m_engine)
        return;
    stopTraffic();
    const ShutdownResult result = m_engine->shutdown(ShutdownMode::Cancel);
    m_subscriptions.clear();
    const QString path = m_engine->config().databasePath;
    m_engine.reset();
    QFile::remove(path);
    m_sampler.setInputs({});
    log(HealthEventKind::Engine, tr("engine"),
        tr("Stopped; %1 queued messages finished, %2 cancelled.").arg(result.completed).arg(result.cancelled));
    Q_EMIT engineStateChanged(false);
}

Status HealthMonitor::restartEngine(const HealthEngineSettings &settings)
{
    stopEngine();
    return startEngine(settings);
}

Status HealthMonitor::startTraffic(std::unique_ptr<TrafficSchedule> schedule)
{
    if (!m_engine) {
        if (Status started = startEngine(m_settings); !started)
            return started;
    }
    stopTraffic();
    m_collector.setSenderNames(schedule->senderNames());
    m_traffic = std::make_unique<TrafficSource>(*m_engine, std::move(schedule));
    m_traffic->start();
    log(HealthEventKind::Traffic, tr("traffic"), tr("Started %1.").arg(m_traffic->description()));
    m_lastTrafficState = TrafficState::Running;
    Q_EMIT trafficStateChanged(TrafficState::Running);
    return Status();
}

void HealthMonitor::pauseTraffic()
{
    if (m_traffic && m_traffic->stats().state == TrafficState::Running) {
        m_traffic->pause();
        m_lastTrafficState = TrafficState::Paused;
        Q_EMIT trafficStateChanged(TrafficState::Paused);
    }
}

void HealthMonitor::resumeTraffic()
{
    if (m_traffic && m_traffic->stats().state == TrafficState::Paused) {
        m_traffic->resume();
        m_lastTrafficState = TrafficState::Running;
        Q_EMIT trafficStateChanged(TrafficState::Running);
    }
}

void HealthMonitor::stopTraffic()
{
    if (!m_traffic)
        return;
    m_traffic->stop();
    const TrafficStats stats = m_traffic->stats();
    log(HealthEventKind::Traffic, tr("traffic"),
        tr("%1 after %2 messages submitted, %3 rejected.")
            .arg(trafficStateName(stats.state))
            .arg(stats.submitted)
            .arg(stats.rejected));
    m_traffic.reset();
    m_lastTrafficState = TrafficState::Stopped;
    Q_EMIT trafficStateChanged(TrafficState::Stopped);
}

std::optional<TrafficStats> HealthMonitor::trafficStats() const
{
    if (!m_traffic)
        return std::nullopt;
    return m_traffic->stats();
}

void HealthMonitor::resetCounters()
{
    if (m_engine)
        m_engine->metricsRegistry().reset();
    m_sampler.restart();
    m_sampler.tick();
    log(HealthEventKind::Engine, tr("engine"), tr("Counters reset."));
}

void HealthMonitor::startSampling(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void HealthMonitor::stopSampling()
{
    m_timer.stop();
}

void HealthMonitor::log(HealthEventKind kind, const QString &subject, const QString &text)
{
    m_collector.add({QDateTime::currentMSecsSinceEpoch(), kind, subject, text});
}

void HealthMonitor::tick()
{
    if (m_traffic) {
        const TrafficState state = m_traffic->stats().state;
        if (state != m_lastTrafficState && state == TrafficState::Finished) {
            log(HealthEventKind::Traffic, tr("traffic"), tr("Finished %1.").arg(m_traffic->description()));
            m_lastTrafficState = state;
            Q_EMIT trafficStateChanged(state);
        }
    }
    if (const std::optional<HealthSample> sample = m_sampler.tick()) {
        for (const AlertTransition &transition : m_alerts.evaluate(*sample)) {
            m_collector.add(toHealthEvent(transition));
            Q_EMIT alertChanged(transition);
        }
        Q_EMIT sampled(*sample);
    }
    m_eventLog->append(m_collector.drain());
}

} // namespace linda
