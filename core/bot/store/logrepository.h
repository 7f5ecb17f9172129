#pragma once

#include "bot/store/records.h"
#include "bot/store/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace linda {

class Store;

// The message_log and command_log tables. Calls run on the calling thread's
// connection and take part in a surrounding Store::transaction().
class LogRepository
{
public:
    explicit LogRepository(Store &store)
        : m_store(&store)
    {
    }

    // Appends one message. A message id may repeat (transports redeliver);
    // each call adds a row.
    Status appendMessage(const MessageLogEntry &entry);

    // Appends all messages in one transaction (or in the caller's); on any
    // failure none is kept. The benchmark's "write 100 rows" case.
    Status appendMessages(const QList<MessageLogEntry> &entries);

    // The first row logged with messageId.
    Result<std::optional<MessageLogEntry>> findMessage(const QString &messageId);
    // Messages of a chat in the order they were appended.
    Result<QList<MessageLogEntry>> messagesForChat(const QString &chat);
    Result<qint64> messageCount();

    // Appends one command; an invalid entry.at becomes the current UTC time.
    Status appendCommand(const CommandLogEntry &entry);
    Status appendCommands(const QList<CommandLogEntry> &entries);

    // The last count commands, newest first.
    Result<QList<CommandLogEntry>> lastCommands(int count);
    Result<qint64> commandCount();

private:
    Store *m_store;
};

} // namespace linda
