#pragma once

#include "clock.h"

#include <QString>
#include <QVariantMap>

#include <array>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace linda {

class EventBus;

struct SessionConfig
{
    std::chrono::milliseconds idleTimeout{std::chrono::minutes(30)}; // > 0
    int maxSessions = 10'000;                                       // > 0
};

// One chat's conversation state. Values, copied out of the manager.
struct Session
{
    QString chatId;
    QVariantMap state;
    Clock::TimePoint created{};
    Clock::TimePoint lastActivity{};
    quint64 messageCount = 0; // touch() calls, i.e. messages seen in this session
};

struct SessionResult
{
    enum class Status {
        Existing, // the chat had a live session; its activity time was refreshed
        Created,  // a new session was opened
        LimitReached,
        InvalidChatId,
    };
    Status status = Status::Existing;
    QString error; // empty unless status is LimitReached or InvalidChatId

    bool ok() const { return status == Status::Existing || status == Status::Created; }
};

struct SweepResult
{
    int expired = 0;
    int remaining = 0;
    std::chrono::nanoseconds duration{};     // whole sweep, wall time
    std::chrono::nanoseconds longestStall{}; // maximum time one shard was locked, which is
                                             // the maximum time a message could wait on the sweep
};

// Per-chat sessions with idle expiry and a cap on their number.
//
// Thread-safe. Sessions are spread over shards, each with its own mutex, so
// messages of different chats rarely contend, and sweep() locks one shard at
// a time. Expiry is lazy in touch() (a session idle past the timeout is
// replaced by a new one, publishing SessionExpired then SessionCreated) and
// eager in sweep(). Events are published after the shard lock is released.
class SessionManager
{
public:
    SessionManager(SessionConfig config, const Clock &clock, EventBus *events = nullptr);
    ~SessionManager();
    SessionManager(const SessionManager &) = delete;
    SessionManager &operator=(const SessionManager &) = delete;

    // Returns a clear error when config is out of range, else an empty string.
    static QString validate(const SessionConfig &config);

    // Opens or refreshes the chat's session and counts one message in it.
    SessionResult touch(const QString &chatId);

    // Runs `update` on the chat's live session under the shard lock (keep it
    // short, and do not call back into this manager from it). Opens the
    // session when needed, like touch().
    SessionResult update(const QString &chatId, const std::function<void(Session &)> &update);

    std::optional<Session> find(const QString &chatId) const;
    QVariant value(const QString &chatId, const QString &key) const;
    SessionResult setValue(const QString &chatId, const QString &key, const QVariant &value);

    // Removes one session; false when the chat had none.
    bool destroy(const QString &chatId);
    // Removes every session; returns how many there were.
    int clear();

    // Expires every session idle for the timeout or longer.
    SweepResult sweep();

    int count() const { return m_count.load(std::memory_order_relaxed); }
    quint64 createdTotal() const { return m_created.load(std::memory_order_relaxed); }
    quint64 expiredTotal() const { return m_expired.load(std::memory_order_relaxed); }
    const SessionConfig &config() const { return m_config; }

private:
    struct Shard;
    static constexpr std::size_t ShardCount = 64;

    Shard &shardFor(const QString &chatId) const;
    SessionResult open(Shard &shard, const QString &chatId, Session *&session, Clock::TimePoint now,
                       std::optional<std::chrono::nanoseconds> &expiredIdle);
    void publishOpened(const QString &chatId, const SessionResult &result,
                       std::optional<std::chrono::nanoseconds> expiredIdle);

    SessionConfig m_config;
    const Clock &m_clock;
    EventBus *m_events;
    std::array<std::unique_ptr<Shard>, ShardCount> m_shards;
    std::atomic<int> m_count{0};
    std::atomic<quint64> m_created{0};
    std::atomic<quint64> m_expired{0};
};

} // namespace linda
