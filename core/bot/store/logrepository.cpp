#include "logrepository.h"

#include "store.h"
#include "storeconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace linda {

namespace {

using detail::boundText;
using detail::failed;
using detail::failedStatus;
using detail::QueryFinisher;

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::LogRepository", text);
}

// Column lists are spliced into the SQL text at compile time, so each
// statement is one literal and the per-call statement lookup allocates nothing.
#define LINDA_MESSAGE_COLUMNS "message_id, chat, sender, type, received_at, body"
#define LINDA_COMMAND_COLUMNS "id, command, args, chat, sender, ok, error, duration_us, at"

MessageLogEntry readMessage(const QSqlQuery &query)
{
    MessageLogEntry entry;
    entry.messageId = query.value(0).toString();
    entry.chat = query.value(1).toString();
    entry.sender = query.value(2).toString();
    entry.type = query.value(3).toString();
    entry.receivedAt = detail::fromEpochMs(query.value(4).toLongLong());
    entry.body = query.value(5).toString();
    return entry;
}

CommandLogEntry readCommand(const QSqlQuery &query)
{
    CommandLogEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.command = query.value(1).toString();
    entry.args = query.value(2).toString();
    entry.chat = query.value(3).toString();
    entry.sender = query.value(4).toString();
    entry.ok = query.value(5).toBool();
    entry.error = query.value(6).toString();
    entry.durationUs = query.value(7).toLongLong();
    entry.at = detail::fromEpochMs(query.value(8).toLongLong());
    return entry;
}

} // namespace

Status LogRepository::appendMessage(const MessageLogEntry &entry)
{
    const auto failedAction = [&] { return tr("cannot log message %1").arg(entry.messageId); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failedStatus(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("INSERT INTO message_log (" LINDA_MESSAGE_COLUMNS ", body_length) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {boundText(entry.messageId), boundText(entry.chat), boundText(entry.sender),
         boundText(entry.type), detail::toEpochMs(entry.receivedAt), boundText(entry.body),
         qint64(entry.body.size())});
    if (!query)
        return failedStatus(failedAction(), query.error());
    query.value()->finish();
    return {};
}

Status LogRepository::appendMessages(const QList<MessageLogEntry> &entries)
{
    return m_store->transaction([&]() -> Status {
        for (const MessageLogEntry &entry : entries) {
            if (Status status = appendMessage(entry); !status)
                return status;
        }
        return {};
    });
}

Result<std::optional<MessageLogEntry>> LogRepository::findMessage(const QString &messageId)
{
    using R = Result<std::optional<MessageLogEntry>>;
    const auto failedAction = [&] { return tr("cannot read message %1").arg(messageId); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<std::optional<MessageLogEntry>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_MESSAGE_COLUMNS " FROM message_log WHERE message_id = ? ORDER BY id LIMIT 1"),
        {boundText(messageId)});
    if (!query)
        return failed<std::optional<MessageLogEntry>>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    if (!query.value()->next())
        return R(std::nullopt);
    return R(readMessage(*query.value()));
}

Result<QList<MessageLogEntry>> LogRepository::messagesForChat(const QString &chat)
{
    const auto failedAction = [&] { return tr("cannot read the messages of chat %1").arg(chat); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<QList<MessageLogEntry>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_MESSAGE_COLUMNS " FROM message_log WHERE chat = ? ORDER BY id"),
        {boundText(chat)});
    if (!query)
        return failed<QList<MessageLogEntry>>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    QList<MessageLogEntry> entries;
    while (query.value()->next())
        entries.append(readMessage(*query.value()));
    return entries;
}

Result<qint64> LogRepository::messageCount()
{
    const auto failedAction = [&] { return tr("cannot count logged messages"); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<qint64>(failedAction(), connection.error());
    const auto query = connection.value()->exec(QStringLiteral("SELECT COUNT(*) FROM message_log"));
    if (!query)
        return failed<qint64>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    return query.value()->next() ? query.value()->value(0).toLongLong() : 0;
}

Status LogRepository::appendCommand(const CommandLogEntry &entry)
{
    const auto failedAction = [&] { return tr("cannot log command %1").arg(entry.command); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failedStatus(failedAction(), connection.error());
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    const auto query = connection.value()->exec(
        QStringLiteral("INSERT INTO command_log (command, args, chat, sender, ok, error, duration_us,"
                       " at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {boundText(entry.command), boundText(entry.args), boundText(entry.chat),
         boundText(entry.sender), entry.ok ? 1 : 0, boundText(entry.error), entry.durationUs,
         detail::toEpochMs(at)});
    if (!query)
        return failedStatus(failedAction(), query.error());
    query.value()->finish();
    return {};
}

Status LogRepository::appendCommands(const QList<CommandLogEntry> &entries)
{
    return m_store->transaction([&]() -> Status {
        for (const CommandLogEntry &entry : entries) {
            if (Status status = appendCommand(entry); !status)
                return status;
        }
        return {};
    });
}

Result<QList<CommandLogEntry>> LogRepository::lastCommands(int count)
{
    const auto failedAction = [&] { return tr("cannot read the command log"); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<QList<CommandLogEntry>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_COMMAND_COLUMNS " FROM command_log ORDER BY id DESC LIMIT ?"),
        {qMax(0, count)});
    if (!query)
        return failed<QList<CommandLogEntry>>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    QList<CommandLogEntry> entries;
    while (query.value()->next())
        entries.append(readCommand(*query.value()));
    return entries;
}

Result<qint64> LogRepository::commandCount()
{
    const auto failedAction = [&] { return tr("cannot count logged commands"); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<qint64>(failedAction(), connection.error());
    const auto query = connection.value()->exec(QStringLiteral("SELECT COUNT(*) FROM command_log"));
    if (!query)
        return failed<qint64>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    return query.value()->next() ? query.value()->value(0).toLongLong() : 0;
}

} // namespace linda
