#include "sessionmanager.h"

#include "eventbus.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace linda {

struct SessionManager::Shard
{
    mutable std::mutex mutex;
    QHash<QString, Session> sessions;
};

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::SessionManager", text);
}

} // namespace

SessionManager::SessionManager(SessionConfig config, const Clock &clock, EventBus *events)
    : m_config(config)
    , m_clock(clock)
    , m_events(events)
{
    for (auto &shard : m_shards)
        shard = std::make_unique<Shard>();
}

SessionManager::~SessionManager() = default;

QString SessionManager::validate(const SessionConfig &config)
{
    if (config.idleTimeout <= std::chrono::milliseconds::zero())
        return tr("sessions.idleTimeout is %1 ms; it must be greater than 0.").arg(config.idleTimeout.count());
    if (config.maxSessions <= 0)
        return tr("sessions.maxSessions is %1; it must be at least 1.").arg(config.maxSessions);
    return {};
}

SessionManager::Shard &SessionManager::shardFor(const QString &chatId) const
{
    return *m_shards[qHash(chatId) % ShardCount];
}

// Finds or creates the chat's session in a locked shard. A session idle for
// the timeout counts as expired and is replaced; expiredIdle then says how
// long it was idle, for the SessionExpired event.
SessionResult SessionManager::open(Shard &shard, const QString &chatId, Session *&session, Clock::TimePoint now,
                                   std::optional<std::chrono::nanoseconds> &expiredIdle)
{
    session = nullptr;
    auto it = shard.sessions.find(chatId);
    if (it != shard.sessions.end()) {
        const auto idle = now - it->lastActivity;
        if (idle < m_config.idleTimeout) {
            session = &*it;
            return {SessionResult::Status::Existing, {}};
        }
        expiredIdle = std::chrono::duration_cast<std::chrono::nanoseconds>(idle);
        shard.sessions.erase(it);
        m_count.fetch_sub(1, std::memory_order_relaxed);
        m_expired.fetch_add(1, std::memory_order_relaxed);
    }

    // Reserve a slot first so concurrent creations in other shards cannot
    // overshoot the cap.
    if (m_count.fetch_add(1, std::memory_order_relaxed) >= m_config.maxSessions) {
        m_count.fetch_sub(1, std::memory_order_relaxed);
        return {SessionResult::Status::LimitReached,
                tr("Cannot open a session for chat %1: the maximum of %2 open sessions is reached. "
                   "Raise the session maximum or shorten the idle timeout.")
                    .arg(chatId)
                    .arg(m_config.maxSessions)};
    }
    Session fresh;
    fresh.chatId = chatId;
    fresh.created = now;
    fresh.lastActivity = now;
    session = &*shard.sessions.insert(chatId, std::move(fresh));
    m_created.fetch_add(1, std::memory_order_relaxed);
    return {SessionResult::Status::Created, {}};
}

void SessionManager::publishOpened(const QString &chatId, const SessionResult &result,
                                   std::optional<std::chrono::nanoseconds> expiredIdle)
{
    if (!m_events)
        return;
    if (expiredIdle)
        m_events->publish(SessionExpired{chatId, *expiredIdle});
    if (result.status == SessionResult::Status::Created)
        m_events->publish(SessionCreated{chatId});
}

SessionResult SessionManager::touch(const QString &chatId)
{
    return update(chatId, nullptr);
}

SessionResult SessionManager::update(const QString &chatId, const std::function<void(Session &)> &update)
{
    if (chatId.isEmpty())
        return {SessionResult::Status::InvalidChatId, tr("Cannot open a session: the chat id is empty.")};

    const auto now = m_clock.now();
    std::optional<std::chrono::nanoseconds> expiredIdle;
    SessionResult result;
    Shard &shard = shardFor(chatId);
    {
        std::lock_guard lock(shard.mutex);
        Session *session = nullptr;
        result = open(shard, chatId, session, now, expiredIdle);
        if (session) {
            session->lastActivity = now;
            ++session->messageCount;
            if (update)
                update(*session);
        }
    }
    publishOpened(chatId, result, expiredIdle);
    return result;
}

std::optional<Session> SessionManager::find(const QString &chatId) const
{
    const Shard &shard = shardFor(chatId);
    std::lock_guard lock(shard.mutex);
    const auto it = shard.sessions.constFind(chatId);
    if (it == shard.sessions.cend())
        return std::nullopt;
    return *it;
}

QVariant SessionManager::value(const QString &chatId, const QString &key) const
{
    const Shard &shard = shardFor(chatId);
    std::lock_guard lock(shard.mutex);
    const auto it = shard.sessions.constFind(chatId);
    return it == shard.sessions.cend() ? QVariant() : it->state.value(key);
}

SessionResult SessionManager::setValue(const QString &chatId, const QString &key, const QVariant &value)
{
    return update(chatId, [&](Session &session) { session.state.insert(key, value); });
}

bool SessionManager::destroy(const QString &chatId)
{
    Shard &shard = shardFor(chatId);
    {
        std::lock_guard lock(shard.mutex);
        if (shard.sessions.remove(chatId) == 0)
            return false;
        m_count.fetch_sub(1, std::memory_order_relaxed);
    }
    if (m_events)
        m_events->publish(SessionDestroyed{chatId, SessionEndReason::Destroyed});
    return true;
}

int SessionManager::clear()
{
    int removed = 0;
    for (auto &shard : m_shards) {
        QList<QString> chats;
        {
            std::lock_guard lock(shard->mutex);
            chats = shard->sessions.keys();
            shard->sessions.clear();
            m_count.fetch_sub(int(chats.size()), std::memory_order_relaxed);
        }
        removed += int(chats.size());
        if (m_events) {
            for (const QString &chat : std::as_const(chats))
                m_events->publish(SessionDestroyed{chat, SessionEndReason::Cleared});
        }
    }
    return removed;
}

SweepResult SessionManager::sweep()
{
    using std::chrono::steady_clock;
    SweepResult result;
    const auto sweepStart = steady_clock::now();
    const auto now = m_clock.now();
    std::vector<SessionExpired> expired;

    for (auto &shard : m_shards) {
        const auto lockStart = steady_clock::now();
        {
            std::lock_guard lock(shard->mutex);
            const std::size_t before = expired.size();
            for (auto it = shard->sessions.begin(); it != shard->sessions.end();) {
                const auto idle = now - it->lastActivity;
                if (idle >= m_config.idleTimeout) {
                    expired.push_back({it.key(), std::chrono::duration_cast<std::chrono::nanoseconds>(idle)});
                    it = shard->sessions.erase(it);
                } else {
                    ++it;
                }
            }
            m_count.fetch_sub(int(expired.size() - before), std::memory_order_relaxed);
        }
        result.longestStall = std::max(result.longestStall, steady_clock::now() - lockStart);
    }

    result.expired = int(expired.size());
    m_expired.fetch_add(quint64(result.expired), std::memory_order_relaxed);
    result.remaining = count();
    if (m_events) {
        for (const auto &event : expired)
            m_events->publish(event);
    }
    result.duration = steady_clock::now() - sweepStart;
    return result;
}

} // namespace linda
