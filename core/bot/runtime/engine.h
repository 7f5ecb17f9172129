#pragma once

#include "bot/messages/message.h"
#include "bot/runtime/clock.h"
#include "bot/runtime/eventbus.h"
#include "bot/runtime/metrics.h"
#include "bot/runtime/ratelimiter.h"
#include "bot/runtime/sessionmanager.h"
#include "bot/runtime/workqueue.h"
#include "bot/store/result.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace linda {

class Store;

// Everything an Engine is built from, passed by value.
struct EngineConfig
{
    QString databasePath;                 // SQLite file; created when missing, its folder must exist
    QString defaultRegion = QStringLiteral("AE"); // ISO 3166 region for numbers without a country code
    WorkQueueConfig queue;                // workers and capacity of the async path
    RateLimitConfig rateLimit;            // per sender
    SessionConfig sessions;               // idle timeout and cap
    QStringList adminNumbers;             // E.164 senders allowed to run admin commands
    bool logMessages = true;              // write message_log / command_log rows
    int logBatchSize = 4096;              // max rows per log transaction, >= 1
    int logBacklogLimit = 100'000;        // rows waiting for the log writer before handle() blocks, >= logBatchSize
    std::chrono::milliseconds logFlushInterval{20}; // maximum time a row waits before its group commits
    std::chrono::milliseconds housekeepingInterval{std::chrono::seconds(30)}; // session sweep and
                                                    // rate-limit trim; 0 disables (call housekeep())
};

enum class HandleOutcome {
    Replied,      // reply contains the text to send
    NoReply,      // handled, nothing to say (e.g. plain text that is not a command)
    Ignored,      // must never be answered: status broadcast, undecrypted, reaction, own message, ...
    Invalid,      // failed validation; error gives the reason
    RateLimited,  // reply contains the notice for the first limited message, else it is empty
    SessionLimit, // the session maximum was reached; error gives it, and there is no reply
    Failed,       // internal error (store, handler exception); error names what failed
    Cancelled,    // async only: shutdown cancelled the message before it ran
    Rejected,     // async only: the queue was full or stopped; the message was not taken
};

QString handleOutcomeName(HandleOutcome outcome);

struct HandleResult
{
    HandleOutcome outcome = HandleOutcome::NoReply;
    std::optional<QString> reply;
    QString command;                    // canonical command name when one ran
    QString error;                      // empty unless Invalid, SessionLimit, Failed or Rejected
    std::chrono::nanoseconds latency{}; // handle(): the call; submit(): submit to the end of handling
    std::chrono::nanoseconds queueWait{}; // submit() only: submit to the start of handling
};

// Facts about a running engine, for the status / health / config commands
// and the dashboard.
struct EngineInfo
{
    QString version;
    std::chrono::seconds uptime{};
    QString databasePath;
    QString defaultRegion;
    int workers = 0;
    int sessions = 0;
    int maxSessions = 0;
    std::chrono::milliseconds sessionTimeout{};
    bool rateLimitEnabled = false;
    double rateLimitPerSecond = 0;
    double rateLimitBurst = 0;
    int adminCount = 0;
    WorkQueueStats queue;
    quint64 received = 0;
    quint64 replied = 0;
    quint64 errors = 0;
    qint64 logBacklog = 0;
    bool healthy = true;
    QStringList problems; // why healthy is false
};

// The bot engine: one handle() call per inbound message, returning the reply.
//
// handle() runs on the caller's thread: validate, skip what must never be
// answered, rate limit per sender, open or refresh the chat's session, route
// commands through the command registry, and queue message_log /
// command_log rows for a log writer thread that commits them in groups.
// submit() runs the same through a bounded work queue that keeps each
// chat's order.
//
// Thread-safe: handle() may be called from many threads at once; each thread
// that reaches SQLite uses its own connection (the Store's rule).
class Engine
{
public:
    using Callback = std::function<void(const HandleResult &)>;

    // Validates config, opens the store and starts the workers and the log
    // writer. The error names the field or file that is wrong.
    static Result<std::unique_ptr<Engine>> create(EngineConfig config, const Clock &clock = Clock::steady());

    ~Engine(); // shutdown(ShutdownMode::Drain)
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    HandleResult handle(const Message &message);

    // Queues the message; the callback runs on a worker thread with the
    // result, also for a message cancelled by shutdown. A rejected message
    // (queue full past timeout, or stopped) gets no callback: the return
    // value says so.
    SubmitResult submit(Message message, Callback callback,
                        std::chrono::milliseconds timeout = std::chrono::milliseconds::zero());

    // Blocks until the work queue is idle and every queued log row is committed.
    void flush();

    // Expires idle sessions and trims rate-limit buckets; also run every
    // housekeepingInterval by the engine itself.
    SweepResult housekeep();

    // Stops the queue (draining or cancelling), then commits the log backlog.
    ShutdownResult shutdown(ShutdownMode mode);

    EventBus &events();
    SessionManager &sessions();
    RateLimiter &rateLimiter();
    Store &store();
    WorkQueueStats queueStats() const;
    MetricsSnapshot metrics() const; // with gauges refreshed
    Metrics &metricsRegistry();
    QString prometheusText() const;
    EngineInfo info() const;
    const EngineConfig &config() const;

private:
    struct Private;
    explicit Engine(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace linda
