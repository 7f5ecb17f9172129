#pragma once

#include <QString>

#include <chrono>
#include <variant>

namespace linda {

// The events the engine publishes on its EventBus. Each is a small value
// type; subscribers receive a const reference that is valid for the call.

struct SessionCreated
{
    QString chatId;
};

struct SessionExpired
{
    QString chatId;
    std::chrono::nanoseconds idle{}; // time since the session's last activity
};

enum class SessionEndReason {
    Destroyed, // SessionManager::destroy() on one chat
    Cleared,   // SessionManager::clear() on all chats
};

struct SessionDestroyed
{
    QString chatId;
    SessionEndReason reason = SessionEndReason::Destroyed;
};

struct SenderRateLimited
{
    QString sender;
    bool noticeSent = false; // true for the first limited message, which gets the notice
};

struct MessageHandled
{
    QString chatId;
    QString messageId;
    bool replied = false;
    std::chrono::nanoseconds latency{};
};

struct EngineError
{
    QString chatId;
    QString messageId;
    QString error;
};

using Event = std::variant<SessionCreated, SessionExpired, SessionDestroyed, SenderRateLimited, MessageHandled,
                           EngineError>;

} // namespace linda
