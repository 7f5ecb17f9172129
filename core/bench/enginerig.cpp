#include "enginerig.h"

#include "casehelpers.h"
#include "casesetup.h"

#include <QCoreApplication>

namespace linda::bench {

namespace {

QString trRig(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

bool isHandled(HandleOutcome outcome)
{
    return outcome == HandleOutcome::Replied || outcome == HandleOutcome::NoReply
           || outcome == HandleOutcome::RateLimited;
}

} // namespace

std::unique_ptr<Engine> startEngine(const CaseContext &context, EngineConfig config, const Clock &clock,
                                    bool seed, const QString &fileName)
{
    if (seed) {
        // The seeding connection is closed with the store before the
        // engine opens the file.
        (void)openSeededStore(context, {}, fileName);
    }
    config.databasePath = context.filePath(fileName);
    Result<std::unique_ptr<Engine>> engine = Engine::create(std::move(config), clock);
    if (!engine)
        failCase(trRig("Cannot start the engine: %1").arg(engine.error()));
    return std::move(engine).value();
}

Message trafficMessage(const QString &id, int chatIndex, int senderIndex, const QString &body, bool group)
{
    Message message;
    message.id = id;
    const QString e164 = uaeMobile(senderIndex, true);
    const QString senderId = e164.mid(1) + u"@c.us"_qs;
    message.senderId = senderId;
    message.sender = e164;
    if (group) {
        message.chatId = u"120363%1@g.us"_qs.arg(chatIndex, 12, 10, QLatin1Char('0'));
        message.groupAuthorId = senderId;
    } else {
        message.chatId = senderId;
    }
    message.timestamp = QDateTime::currentDateTimeUtc();
    message.type = MessageType::Text;
    message.body = body;
    return message;
}

QString trafficBody(qint64 index)
{
    switch (index % 5) {
    case 0:
        return u"!property list 5"_qs;
    case 1:
        return u"!help"_qs;
    case 2:
        return u"Hi, is the 2 bedroom in Marina Heights still available?"_qs;
    case 3:
        return u"!find-contact Khan"_qs;
    default:
        return u"!status"_qs;
    }
}

BatchTracker::BatchTracker(qsizetype count)
    : m_submitted(std::size_t(count))
    , m_intended(std::size_t(count))
    , m_done(std::size_t(count))
    , m_outcomes(std::size_t(count), HandleOutcome::Cancelled)
{
}

void BatchTracker::markSubmitted(qsizetype index)
{
    m_submitted[std::size_t(index)] = steadyNow();
}

void BatchTracker::setIntended(qsizetype index, std::chrono::nanoseconds intended)
{
    m_intended[std::size_t(index)] = intended;
}

Engine::Callback BatchTracker::callbackFor(qsizetype index)
{
    return [this, index](const HandleResult &result) {
        m_outcomes[std::size_t(index)] = result.outcome;
        m_done[std::size_t(index)] = steadyNow();
        // Counted under the lock, because a waiter that reads the last
        // completion may destroy the tracker at once. No callback may touch
        // the mutex after its count is visible.
        std::lock_guard lock(m_mutex);
        m_completed.fetch_add(1, std::memory_order_acq_rel);
        m_changed.notify_all();
    };
}

bool BatchTracker::waitFor(const CaseContext &context, qsizetype expected, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(m_mutex);
    while (completed() < expected) {
        context.checkCancelled();
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        m_changed.wait_for(lock, std::chrono::milliseconds(20));
    }
    return true;
}

QList<double> BatchTracker::latencies() const
{
    QList<double> values;
    values.reserve(qsizetype(m_done.size()));
    for (std::size_t i = 0; i < m_done.size(); ++i) {
        if (m_done[i].count() == 0)
            continue;
        const auto from = m_intended[i].count() != 0 ? m_intended[i] : m_submitted[i];
        values << double((m_done[i] - from).count());
    }
    return values;
}

qsizetype BatchTracker::handled() const
{
    qsizetype n = 0;
    for (std::size_t i = 0; i < m_done.size(); ++i) {
        if (m_done[i].count() != 0 && isHandled(m_outcomes[i]))
            ++n;
    }
    return n;
}

qsizetype BatchTracker::countOutcome(HandleOutcome outcome) const
{
    qsizetype n = 0;
    for (std::size_t i = 0; i < m_done.size(); ++i) {
        if (m_done[i].count() != 0 && m_outcomes[i] == outcome)
            ++n;
    }
    return n;
}

double BatchTracker::spanNs() const
{
    std::chrono::nanoseconds first = std::chrono::nanoseconds::max();
    std::chrono::nanoseconds last = std::chrono::nanoseconds::zero();
    for (std::size_t i = 0; i < m_done.size(); ++i) {
        if (m_submitted[i].count() != 0)
            first = std::min(first, m_submitted[i]);
        last = std::max(last, m_done[i]);
    }
    return first == std::chrono::nanoseconds::max() ? 0.0 : double((last - first).count());
}

SeriesSampler::SeriesSampler(QList<Probe> probes, std::chrono::milliseconds interval)
    : m_probes(std::move(probes))
    , m_interval(interval)
{
    for (const Probe &probe : m_probes)
        m_series.append({probe.name, u"ms"_qs, probe.unit, {}});
}

SeriesSampler::~SeriesSampler()
{
    stop();
}

void SeriesSampler::start()
{
    m_stop.store(false);
    m_thread = std::thread([this] {
        const auto start = std::chrono::steady_clock::now();
        while (!m_stop.load(std::memory_order_relaxed)) {
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            for (qsizetype i = 0; i < m_probes.size(); ++i)
                m_series[i].points.append(QPointF(ms, m_probes[i].read()));
            std::this_thread::sleep_for(m_interval);
        }
    });
}

void SeriesSampler::stop()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

QList<Series> SeriesSampler::series() const
{
    return m_series;
}

QList<SeriesSampler::Probe> engineProbes(Engine &engine)
{
    return {
        {trRig("queue depth"), u"tasks"_qs, [&engine] { return double(engine.queueStats().depth); }},
        {trRig("busy workers"), u"workers"_qs, [&engine] { return double(engine.queueStats().busyWorkers); }},
        {trRig("sessions"), u"sessions"_qs,
         [&engine] { return double(engine.sessions().count()); }},
    };
}

} // namespace linda::bench
