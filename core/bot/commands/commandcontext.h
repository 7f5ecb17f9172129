#pragma once

#include "bot/store/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace linda {

// Live figures of the engine for the health command.
struct EngineHealth
{
    qint64 uptimeSeconds = 0;
    qint64 messagesHandled = 0;
    qint64 commandsHandled = 0;
    qint64 errors = 0;
    double p50Ms = 0;  // message handling latency percentiles, milliseconds
    double p95Ms = 0;
    double p99Ms = 0;
    int queueDepth = 0;
    int activeSessions = 0;
    double heapMb = 0; // heap in use, MiB
};

// What the engine offers to command handlers. The engine implements this and
// passes a pointer in CommandContext; handlers also work without one and then
// reply that the figure is not available. Called on the worker thread that runs
// the command, so implementations must be thread-safe.
class CommandHost
{
public:
    virtual ~CommandHost() = default;

    // A few short lines for the status command, e.g. version and uptime.
    virtual QString statusText() const = 0;
    virtual EngineHealth health() const = 0;

    // Settings an admin may read and change with the config command.
    virtual QMap<QString, QString> config() const = 0;
    // Fails with a message for an unknown key or an invalid value.
    virtual Status setConfig(const QString &key, const QString &value) = 0;

    // Runs a contact sync for the sync-contacts command; args are the
    // command's arguments (e.g. a file path). Returns the reply text, a short
    // summary of added / updated / invalid rows.
    virtual Result<QString> syncContacts(const QStringList &args) = 0;
};

// Who sent a command and where, as the engine determined it.
struct CommandContext
{
    QString sender;   // E.164 or the transport's sender id
    QString chat;     // chat id
    bool isAdmin = false;
    CommandHost *host = nullptr; // the engine; not owned; may be null
};

} // namespace linda
