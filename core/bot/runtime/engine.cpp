#include "engine.h"

#include "bot/commands/commands.h"
#include "bot/commands/replytext.h"
#include "bot/contacts/contactfile.h"
#include "bot/contacts/contactsync.h"
#include "bot/runtime/logwriter.h"
#include "bot/store/store.h"
#include "common/logging.h"
#include "common/phonenumber.h"
#include "common/threadname.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <malloc.h>

#include <array>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace linda {

namespace {

using SteadyClock = std::chrono::steady_clock;

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::Engine", text);
}

constexpr int MessageTypeCount = int(MessageType::Unsupported) + 1;
const QString HintSentKey = QStringLiteral("linda.hintSent"); // session state: the help hint went out

bool isGroupChat(const Message &message)
{
    return !message.groupAuthorId.isEmpty() || message.chatId.endsWith(QLatin1StringView("@g.us"));
}

// The text a command can be read from: typed text, a media caption, or a
// button's label.
QStringView commandText(const Message &message)
{
    if (!message.body.isEmpty())
        return message.body;
    return message.caption;
}

} // namespace

QString handleOutcomeName(HandleOutcome outcome)
{
    switch (outcome) {
    case HandleOutcome::Replied: return QStringLiteral("replied");
    case HandleOutcome::NoReply: return QStringLiteral("no-reply");
    case HandleOutcome::Ignored: return QStringLiteral("ignored");
    case HandleOutcome::Invalid: return QStringLiteral("invalid");
    case HandleOutcome::RateLimited: return QStringLiteral("rate-limited");
    case HandleOutcome::SessionLimit: return QStringLiteral("session-limit");
    case HandleOutcome::Failed: return QStringLiteral("failed");
    case HandleOutcome::Cancelled: return QStringLiteral("cancelled");
    case HandleOutcome::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("unknown");
}

struct Engine::Private final : CommandHost
{
    Private(EngineConfig config, const Clock &clock, std::unique_ptr<Store> store, QSet<QString> admins);
    ~Private() override;

    HandleResult handle(const Message &message);
    HandleResult route(const Message &message, const QString &sender);
    void logMessage(const Message &message, const QString &sender);
    void logCommand(const CommandOutcome &outcome, const ParsedCommand &parsed, const Message &message,
                    const QString &sender);
    void finish(const Message &message, HandleResult &result, SteadyClock::time_point start);
    void refreshGauges() const;
    double heapInUseMb() const;
    void housekeepingLoop();
    void stopHousekeeping();

    // CommandHost, called on the thread that runs the command.
    QString statusText() const override;
    EngineHealth health() const override;
    QMap<QString, QString> config() const override;
    Status setConfig(const QString &key, const QString &value) override;
    Result<QString> syncContacts(const QStringList &args) override;

    EngineConfig m_config;
    const Clock &m_clock;
    const SteadyClock::time_point m_started = SteadyClock::now();
    std::unique_ptr<Store> m_store;
    QSet<QString> m_admins;
    mutable Metrics m_metrics;
    EventBus m_events;
    SessionManager m_sessions;
    RateLimiter m_limiter;
    CommandRegistry m_registry;
    std::unique_ptr<CommandDispatcher> m_dispatcher;
    std::array<int, MessageTypeCount> m_typeIndex{};
    std::array<QString, MessageTypeCount> m_typeNames;
    std::atomic<bool> m_logMessages;
    std::unique_ptr<LogWriter> m_logWriter;
    std::unique_ptr<WorkQueue> m_queue;

    std::mutex m_housekeepingMutex;
    std::condition_variable m_housekeepingWake;
    bool m_housekeepingStop = false;
    std::thread m_housekeeping;
    std::once_flag m_shutdownOnce;

    mutable std::mutex m_heapMutex;
    mutable SteadyClock::time_point m_heapSampledAt{};
    mutable double m_heapMb = 0;

    Q_DECLARE_TR_FUNCTIONS(linda::Engine)
};

Engine::Private::Private(EngineConfig config, const Clock &clock, std::unique_ptr<Store> store,
                         QSet<QString> admins)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_store(std::move(store))
    , m_admins(std::move(admins))
    , m_sessions(m_config.sessions, clock, &m_events)
    , m_limiter(m_config.rateLimit, clock)
    , m_logMessages(m_config.logMessages)
{
    for (int i = 0; i < MessageTypeCount; ++i) {
        m_typeNames[std::size_t(i)] = messageTypeName(MessageType(i));
        m_typeIndex[std::size_t(i)] = m_metrics.registerType(m_typeNames[std::size_t(i)]);
    }
    m_logWriter = std::make_unique<LogWriter>(
        *m_store, m_metrics,
        LogWriterConfig{m_config.logBatchSize, m_config.logBacklogLimit, m_config.logFlushInterval});
    m_queue = std::make_unique<WorkQueue>(m_config.queue);
    if (m_config.housekeepingInterval > std::chrono::milliseconds::zero())
        m_housekeeping = std::thread([this] {
            setCurrentThreadName("linda-housekeep");
            housekeepingLoop();
        });
}

Engine::Private::~Private()
{
    stopHousekeeping();
}

HandleResult Engine::Private::handle(const Message &message)
{
    const auto start = SteadyClock::now();
    m_metrics.add(Counter::Received);
    m_metrics.countType(m_typeIndex[std::size_t(message.type)]);
    HandleResult result;

    if (message.chatId.isEmpty() || message.id.isEmpty() || message.senderId.isEmpty()) {
        m_metrics.add(Counter::Invalid);
        result.outcome = HandleOutcome::Invalid;
        result.error = message.id.isEmpty() ? tr("The message has no id; the engine needs it to log the message.")
            : message.chatId.isEmpty()      ? tr("Message %1 has no chat id, so no reply can be sent.").arg(message.id)
                                            : tr("Message %1 has no sender id.").arg(message.id);
        finish(message, result, start);
        return result;
    }

    const QString &sender = message.sender ? *message.sender : message.senderId;
    logMessage(message, sender);

    if (!message.shouldReply()) {
        m_metrics.add(Counter::Ignored);
        result.outcome = HandleOutcome::Ignored;
        finish(message, result, start);
        return result;
    }

    const RateDecision decision = m_limiter.acquire(sender);
    if (decision != RateDecision::Allowed) {
        m_metrics.add(Counter::RateLimited);
        result.outcome = HandleOutcome::RateLimited;
        if (decision == RateDecision::LimitedNotify) {
            result.reply = replyText("You are sending messages faster than I can answer. "
                                     "Please wait a moment before you send the next one.");
        }
        if (m_events.hasSubscribers<SenderRateLimited>())
            m_events.publish(SenderRateLimited{sender, decision == RateDecision::LimitedNotify});
        finish(message, result, start);
        return result;
    }

    result = route(message, sender);
    finish(message, result, start);
    return result;
}

// Opens or refreshes the chat's session, then runs a command or, for other
// text, sends a one-time hint in one-to-one chats. Group chats get no hint,
// because the bot would reply to every member's small talk.
HandleResult Engine::Private::route(const Message &message, const QString &sender)
{
    HandleResult result;
    const ParsedCommand parsed = m_dispatcher->parse(commandText(message));
    const bool isCommand = parsed.kind != ParsedCommand::Kind::NotACommand;

    struct HintCheck
    {
        bool eligible; // plain text in a one-to-one chat
        bool send = false;
    } hint{!isCommand && !isGroupChat(message)};
    const SessionResult session = m_sessions.update(message.chatId, [check = &hint](Session &s) {
        if (check->eligible && !s.state.contains(HintSentKey)) {
            s.state.insert(HintSentKey, true);
            check->send = true;
        }
    });
    if (!session.ok()) {
        m_metrics.add(Counter::SessionLimit);
        result.outcome = HandleOutcome::SessionLimit;
        result.error = session.error;
        return result;
    }

    if (!isCommand) {
        result.outcome = hint.send ? HandleOutcome::Replied : HandleOutcome::NoReply;
        if (hint.send)
            result.reply = replyText("Hello! I answer commands. Send !help to see what I can do.");
        return result;
    }

    const auto commandStart = SteadyClock::now();
    const CommandContext context{sender, message.chatId, m_admins.contains(sender), this};
    const CommandOutcome outcome = m_dispatcher->execute(parsed, context);
    m_metrics.histogram(Histogram::Command).record(SteadyClock::now() - commandStart);
    m_metrics.add(Counter::Commands);
    if (!outcome.ok)
        m_metrics.add(Counter::CommandErrors);
    logCommand(outcome, parsed, message, sender);

    result.command = outcome.command;
    result.outcome = outcome.reply.isEmpty() ? HandleOutcome::NoReply : HandleOutcome::Replied;
    if (!outcome.reply.isEmpty())
        result.reply = outcome.reply;
    return result;
}

void Engine::Private::logMessage(const Message &message, const QString &sender)
{
    if (!m_logMessages.load(std::memory_order_relaxed))
        return;
    MessageLogEntry entry;
    entry.messageId = message.id;
    entry.chat = message.chatId;
    entry.sender = sender;
    entry.type = m_typeNames[std::size_t(message.type)];
    entry.receivedAt = message.timestamp.isValid() ? message.timestamp : QDateTime::currentDateTimeUtc();
    entry.body = message.body.isEmpty() ? message.caption : message.body;
    m_logWriter->append(std::move(entry));
}

void Engine::Private::logCommand(const CommandOutcome &outcome, const ParsedCommand &parsed,
                                 const Message &message, const QString &sender)
{
    if (!m_logMessages.load(std::memory_order_relaxed))
        return;
    CommandLogEntry entry;
    entry.command = outcome.command;
    entry.args = parsed.argsText;
    entry.chat = message.chatId;
    entry.sender = sender;
    entry.ok = outcome.ok;
    entry.error = outcome.error;
    entry.durationUs = outcome.durationUs;
    entry.at = QDateTime::currentDateTimeUtc();
    m_logWriter->append(std::move(entry));
}

void Engine::Private::finish(const Message &message, HandleResult &result, SteadyClock::time_point start)
{
    if (result.reply)
        m_metrics.add(Counter::Replied);
    result.latency = SteadyClock::now() - start;
    m_metrics.histogram(Histogram::Handle).record(result.latency);
    if (m_events.hasSubscribers<MessageHandled>())
        m_events.publish(MessageHandled{message.chatId, message.id, result.reply.has_value(), result.latency});
}

void Engine::Private::refreshGauges() const
{
    const WorkQueueStats queue = m_queue->stats();
    m_metrics.set(Gauge::QueueDepth, queue.depth);
    m_metrics.set(Gauge::QueueMaxDepth, queue.maxDepth);
    m_metrics.set(Gauge::BusyWorkers, queue.busyWorkers);
    m_metrics.set(Gauge::Workers, queue.workers);
    m_metrics.set(Gauge::Sessions, m_sessions.count());
    m_metrics.set(Gauge::LogBacklog, m_logWriter->backlog());
}

void Engine::Private::housekeepingLoop()
{
    std::unique_lock lock(m_housekeepingMutex);
    while (!m_housekeepingWake.wait_for(lock, m_config.housekeepingInterval, [this] { return m_housekeepingStop; })) {
        lock.unlock();
        const SweepResult sweep = m_sessions.sweep();
        const int trimmed = m_limiter.trim();
        qCDebug(lcEngine) << "housekeeping expired" << sweep.expired << "sessions and trimmed" << trimmed
                          << "rate-limit buckets; longest stall" << sweep.longestStall.count() << "ns";
        lock.lock();
    }
}

void Engine::Private::stopHousekeeping()
{
    {
        std::lock_guard lock(m_housekeepingMutex);
        m_housekeepingStop = true;
    }
    m_housekeepingWake.notify_all();
    if (m_housekeeping.joinable())
        m_housekeeping.join();
}

QString Engine::Private::statusText() const
{
    const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(SteadyClock::now() - m_started);
    const WorkQueueStats queue = m_queue->stats();
    return replyText("Linda engine %1, up %2 s.\n%3 messages received, %4 replied.\n%5 sessions open, queue %6 of %7.")
        .arg(QStringLiteral(LINDA_VERSION))
        .arg(uptime.count())
        .arg(m_metrics.value(Counter::Received))
        .arg(m_metrics.value(Counter::Replied))
        .arg(m_sessions.count())
        .arg(queue.depth)
        .arg(queue.capacity);
}

EngineHealth Engine::Private::health() const
{
    EngineHealth h;
    h.uptimeSeconds = std::chrono::duration_cast<std::chrono::seconds>(SteadyClock::now() - m_started).count();
    h.messagesHandled = qint64(m_metrics.value(Counter::Received));
    h.commandsHandled = qint64(m_metrics.value(Counter::Commands));
    h.errors = qint64(m_metrics.value(Counter::Errors));
    const HistogramSnapshot latency = m_metrics.histogram(Histogram::Handle).snapshot();
    h.p50Ms = double(latency.valueAtQuantile(0.50)) / 1e6;
    h.p95Ms = double(latency.valueAtQuantile(0.95)) / 1e6;
    h.p99Ms = double(latency.valueAtQuantile(0.99)) / 1e6;
    h.queueDepth = m_queue->stats().depth;
    h.activeSessions = m_sessions.count();
    h.heapMb = heapInUseMb();
    return h;
}

// mallinfo2() walks every malloc arena and takes 100 µs and more with many
// worker threads, so health checks in a busy chat reuse a reading for up to
// a second.
double Engine::Private::heapInUseMb() const
{
    std::lock_guard lock(m_heapMutex);
    const auto now = SteadyClock::now();
    if (m_heapSampledAt == SteadyClock::time_point{} || now - m_heapSampledAt >= std::chrono::seconds(1)) {
        m_heapMb = double(mallinfo2().uordblks) / (1024.0 * 1024.0);
        m_heapSampledAt = now;
    }
    return m_heapMb;
}

QMap<QString, QString> Engine::Private::config() const
{
    QMap<QString, QString> map;
    map.insert(QStringLiteral("databasePath"), m_config.databasePath);
    map.insert(QStringLiteral("defaultRegion"), m_config.defaultRegion);
    map.insert(QStringLiteral("workers"), QString::number(m_config.queue.workers));
    map.insert(QStringLiteral("queueCapacity"), QString::number(m_config.queue.capacity));
    map.insert(QStringLiteral("rateLimit.enabled"), m_config.rateLimit.enabled ? u"true"_qs : u"false"_qs);
    map.insert(QStringLiteral("rateLimit.perSecond"), QString::number(m_config.rateLimit.ratePerSecond));
    map.insert(QStringLiteral("rateLimit.burst"), QString::number(m_config.rateLimit.burst));
    map.insert(QStringLiteral("sessions.timeoutSeconds"),
               QString::number(double(m_config.sessions.idleTimeout.count()) / 1000.0));
    map.insert(QStringLiteral("sessions.max"), QString::number(m_config.sessions.maxSessions));
    map.insert(QStringLiteral("logMessages"), m_logMessages ? u"true"_qs : u"false"_qs);
    return map;
}

// Only logMessages changes at run time; the other settings size threads and
// tables that are built once, so they need a restart.
Status Engine::Private::setConfig(const QString &key, const QString &value)
{
    const QMap<QString, QString> known = config();
    if (!known.contains(key)) {
        return Status::failure(replyText("Unknown setting \"%1\". Known settings: %2.")
                                   .arg(key, QStringList(known.keys()).join(u", "_qs)));
    }
    if (key != u"logMessages"_qs) {
        return Status::failure(replyText("%1 cannot be changed while the engine runs; "
                                         "set it in the engine configuration and restart.")
                                   .arg(key));
    }
    const QString lowered = value.trimmed().toLower();
    if (lowered != u"true"_qs && lowered != u"false"_qs)
        return Status::failure(replyText("logMessages must be true or false, not \"%1\".").arg(value));
    m_logMessages = lowered == u"true"_qs;
    return {};
}

Result<QString> Engine::Private::syncContacts(const QStringList &args)
{
    if (args.size() != 1)
        return Result<QString>::failure(
            replyText("Give the path of one vCard or Google CSV file to sync."));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QString>::failure(
            replyText("Cannot read contact file %1: %2").arg(args.first(), file.errorString()));
    }
    const QByteArray data = file.readAll();
    const ContactFileFormat format = ContactFile::detectFormat(data);
    if (format == ContactFileFormat::Unknown) {
        return Result<QString>::failure(
            replyText("%1 is neither a vCard nor a Google Contacts CSV file.").arg(args.first()));
    }
    const ContactParseResult parsed = ContactFile::parse(data, format);
    const Result<SyncReport> report = ContactSync(m_config.defaultRegion).sync(*m_store, parsed.records);
    if (!report)
        return Result<QString>::failure(report.error());
    const SyncTotals totals = report->totals();
    return replyText(
        "Synced %1 contacts from %2: %3 added, %4 updated, %5 unchanged, %6 duplicate, %7 invalid, "
        "%8 unreadable entries.")
        .arg(totals.rows)
        .arg(args.first())
        .arg(totals.added)
        .arg(totals.updated)
        .arg(totals.unchanged)
        .arg(totals.duplicate)
        .arg(totals.invalid)
        .arg(parsed.errors.size());
}

namespace {

QString validateConfig(const EngineConfig &config)
{
    if (config.databasePath.trimmed().isEmpty())
        return QCoreApplication::translate("linda::Engine",
            "databasePath is empty; set it to the SQLite file the engine should use.");
    if (config.defaultRegion.size() != 2)
        return QCoreApplication::translate("linda::Engine",
            "defaultRegion is \"%1\"; use a two-letter ISO 3166 region such as AE.")
            .arg(config.defaultRegion);
    if (QString e = WorkQueue::validate(config.queue); !e.isEmpty())
        return e;
    if (QString e = RateLimiter::validate(config.rateLimit); !e.isEmpty())
        return e;
    if (QString e = SessionManager::validate(config.sessions); !e.isEmpty())
        return e;
    if (config.logBatchSize < 1)
        return QCoreApplication::translate(
            "linda::Engine", "logBatchSize is %1; it must be at least 1.")
            .arg(config.logBatchSize);
    if (config.logBacklogLimit < config.logBatchSize) {
        return QCoreApplication::translate(
            "linda::Engine", "logBacklogLimit is %1; it must be at least logBatchSize (%2).")
            .arg(config.logBacklogLimit)
            .arg(config.logBatchSize);
    }
    if (config.logFlushInterval <= std::chrono::milliseconds::zero())
        return QCoreApplication::translate(
            "linda::Engine", "logFlushInterval is %1 ms; it must be greater than 0.")
            .arg(config.logFlushInterval.count());
    if (config.housekeepingInterval < std::chrono::milliseconds::zero()) {
        return QCoreApplication::translate("linda::Engine",
            "housekeepingInterval is %1 ms; use 0 to turn it off or a positive interval.")
            .arg(config.housekeepingInterval.count());
    }
    return {};
}

Result<QSet<QString>> normalizeAdmins(const EngineConfig &config)
{
    const PhoneNumberNormalizer normalizer(config.defaultRegion);
    QSet<QString> admins;
    for (qsizetype i = 0; i < config.adminNumbers.size(); ++i) {
        const PhoneNumberResult number = normalizer.normalize(config.adminNumbers[i]);
        if (!number.isValid()) {
            return Result<QSet<QString>>::failure(
                QCoreApplication::translate(
                    "linda::Engine", "adminNumbers[%1] \"%2\" is not a phone number: %3")
                    .arg(i)
                    .arg(config.adminNumbers[i], number.errorString()));
        }
        admins.insert(number.e164);
    }
    return admins;
}

} // namespace

Result<std::unique_ptr<Engine>> Engine::create(EngineConfig config, const Clock &clock)
{
    using R = Result<std::unique_ptr<Engine>>;
    if (const QString error = validateConfig(config); !error.isEmpty())
        return R::failure(tr("Invalid engine configuration: %1").arg(error));
    Result<QSet<QString>> admins = normalizeAdmins(config);
    if (!admins)
        return R::failure(tr("Invalid engine configuration: %1").arg(admins.error()));

    Result<std::unique_ptr<Store>> store = Store::open(config.databasePath);
    if (!store)
        return R::failure(tr("Cannot start the engine: %1").arg(store.error()));

    auto d = std::make_unique<Private>(std::move(config), clock, std::move(store).value(),
                                       std::move(admins).value());
    BuiltinCommandOptions options;
    options.defaultRegion = d->m_config.defaultRegion;
    if (const Status registered = registerBuiltinCommands(d->m_registry, *d->m_store, options); !registered)
        return R::failure(tr("Cannot register the bot's commands: %1").arg(registered.error()));
    d->m_dispatcher = std::make_unique<CommandDispatcher>(d->m_registry, d->m_store.get());
    d->m_dispatcher->setLoggingEnabled(false); // the engine logs commands in groups through its LogWriter

    return std::unique_ptr<Engine>(new Engine(std::move(d)));
}

Engine::Engine(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

Engine::~Engine()
{
    shutdown(ShutdownMode::Drain);
}

HandleResult Engine::handle(const Message &message)
{
    try {
        return d->handle(message);
    } catch (const std::exception &e) {
        d->m_metrics.add(Counter::Errors);
        const QString error = tr("Handling message %1 failed: %2").arg(message.id, QString::fromUtf8(e.what()));
        qCWarning(lcEngine) << error;
        if (d->m_events.hasSubscribers<EngineError>())
            d->m_events.publish(EngineError{message.chatId, message.id, error});
        HandleResult result;
        result.outcome = HandleOutcome::Failed;
        result.error = error;
        return result;
    }
}

SubmitResult Engine::submit(Message message, Callback callback, std::chrono::milliseconds timeout)
{
    const auto submitted = SteadyClock::now();
    const QString chat = message.chatId;
    return d->m_queue->submit(
        chat,
        [this, submitted, message = std::move(message), callback = std::move(callback)](TaskAction action) {
            const auto started = SteadyClock::now();
            HandleResult result;
            if (action == TaskAction::Run) {
                d->m_metrics.histogram(Histogram::QueueWait).record(started - submitted);
                result = handle(message);
            } else {
                result.outcome = HandleOutcome::Cancelled;
            }
            result.queueWait = started - submitted;
            result.latency = SteadyClock::now() - submitted;
            if (callback)
                callback(result);
        },
        timeout);
}

void Engine::flush()
{
    d->m_queue->waitIdle();
    d->m_logWriter->flush();
}

SweepResult Engine::housekeep()
{
    const SweepResult sweep = d->m_sessions.sweep();
    d->m_limiter.trim();
    return sweep;
}

ShutdownResult Engine::shutdown(ShutdownMode mode)
{
    ShutdownResult result;
    std::call_once(d->m_shutdownOnce, [&] {
        result = d->m_queue->shutdown(mode);
        d->stopHousekeeping();
        d->m_logWriter->stop();
    });
    return result;
}

EventBus &Engine::events()
{
    return d->m_events;
}

SessionManager &Engine::sessions()
{
    return d->m_sessions;
}

RateLimiter &Engine::rateLimiter()
{
    return d->m_limiter;
}

Store &Engine::store()
{
    return *d->m_store;
}

WorkQueueStats Engine::queueStats() const
{
    return d->m_queue->stats();
}

MetricsSnapshot Engine::metrics() const
{
    d->refreshGauges();
    return d->m_metrics.snapshot();
}

Metrics &Engine::metricsRegistry()
{
    return d->m_metrics;
}

QString Engine::prometheusText() const
{
    return toPrometheusText(metrics());
}

EngineInfo Engine::info() const
{
    EngineInfo info;
    const EngineConfig &c = d->m_config;
    info.version = QStringLiteral(LINDA_VERSION);
    info.uptime = std::chrono::duration_cast<std::chrono::seconds>(SteadyClock::now() - d->m_started);
    info.databasePath = c.databasePath;
    info.defaultRegion = c.defaultRegion;
    info.workers = c.queue.workers;
    info.sessions = d->m_sessions.count();
    info.maxSessions = c.sessions.maxSessions;
    info.sessionTimeout = c.sessions.idleTimeout;
    info.rateLimitEnabled = c.rateLimit.enabled;
    info.rateLimitPerSecond = c.rateLimit.ratePerSecond;
    info.rateLimitBurst = c.rateLimit.burst;
    info.adminCount = int(d->m_admins.size());
    info.queue = d->m_queue->stats();
    info.received = d->m_metrics.value(Counter::Received);
    info.replied = d->m_metrics.value(Counter::Replied);
    info.errors = d->m_metrics.value(Counter::Errors);
    info.logBacklog = d->m_logWriter->backlog();

    // Thresholds for "unhealthy": a queue or log backlog over 90 % of its
    // limit means handle() is about to block or reject.
    if (info.queue.depth * 10 > info.queue.capacity * 9)
        info.problems << tr("The work queue is over 90 % full (%1 of %2).").arg(info.queue.depth).arg(info.queue.capacity);
    if (info.logBacklog * 10 > qint64(c.logBacklogLimit) * 9)
        info.problems << tr("The log writer is behind by %1 rows.").arg(info.logBacklog);
    if (d->m_sessions.count() >= c.sessions.maxSessions)
        info.problems << tr("The session maximum of %1 is reached.").arg(c.sessions.maxSessions);
    if (d->m_metrics.value(Counter::LogWriteFailures) > 0)
        info.problems << tr("%1 log rows could not be written.").arg(d->m_metrics.value(Counter::LogWriteFailures));
    info.healthy = info.problems.isEmpty();
    return info;
}

const EngineConfig &Engine::config() const
{
    return d->m_config;
}

} // namespace linda
