// help, status and health (declared in handlers.h).

#include "handlers.h"

#include "bot/store/store.h"

namespace linda::handlers {

namespace {

QString commandDetails(const CommandSpec &spec)
{
    QStringList lines;
    lines << QStringLiteral("*!%1*").arg(spec.usage) << spec.description;
    if (!spec.aliases.isEmpty()) {
        QStringList aliases;
        for (const QString &alias : spec.aliases)
            aliases << u'!' + alias;
        lines << replyText("Also: %1").arg(aliases.join(QStringLiteral(", ")));
    }
    if (spec.permission == Permission::Admin)
        lines << replyText("Admins only.");
    return lines.join(u'\n');
}

QString formatUptime(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return replyText("%1d %2h %3m").arg(days).arg(hours).arg(minutes);
    if (hours > 0)
        return replyText("%1h %2m").arg(hours).arg(minutes);
    return replyText("%1m %2s").arg(minutes).arg(seconds % 60);
}

} // namespace

CommandReply help(const Environment &env, const CommandRequest &request)
{
    if (!request.args.isEmpty()) {
        // "help property list" names a two-word command without quotes.
        QString name = request.args.join(u' ');
        if (name.startsWith(u'!') || name.startsWith(u'/'))
            name.remove(0, 1);
        const CommandSpec *spec = env.registry->find(name);
        if (!spec) {
            const QString closest = env.registry->closestName(name);
            QString reply = replyText("There is no command \"%1\".").arg(name);
            if (!closest.isEmpty())
                reply += u' ' + replyText("Did you mean !%1?").arg(closest);
            return CommandReply::failure(reply);
        }
        return CommandReply::success(commandDetails(*spec));
    }

    QStringList lines{replyText("*Commands*")};
    for (const CommandSpec *spec : env.registry->commands()) {
        if (spec->permission == Permission::Admin && !request.context.isAdmin)
            continue;
        QString line = QStringLiteral("!%1 – %2").arg(spec->usage, spec->description);
        if (spec->permission == Permission::Admin)
            line += u' ' + replyText("(admin)");
        lines << line;
    }
    lines << replyText("Send !help <command> for details.");
    return CommandReply::success(lines.join(u'\n'));
}

CommandReply status(const Environment &env, const CommandRequest &request)
{
    QStringList lines{replyText("*Status*")};
    if (const CommandHost *host = request.context.host)
        lines << host->statusText().trimmed();
    else
        lines << replyText("Engine details are not available.");

    const auto properties = env.store->properties().counts();
    const auto contacts = env.store->contacts().count();
    if (!properties)
        return CommandReply::failure(storeErrorReply(properties.error()));
    if (!contacts)
        return CommandReply::failure(storeErrorReply(contacts.error()));
    lines << replyText("Properties: %1 (%2 available, %3 rented)")
                 .arg(properties->total)
                 .arg(properties->available)
                 .arg(properties->rented)
          << replyText("Contacts: %1").arg(contacts.value());
    return CommandReply::success(lines.join(u'\n'));
}

CommandReply health(const Environment &env, const CommandRequest &request)
{
    QStringList lines{replyText("*Health*")};
    if (const CommandHost *host = request.context.host) {
        const EngineHealth figures = host->health();
        lines << replyText("Uptime: %1").arg(formatUptime(figures.uptimeSeconds))
              << replyText("Messages: %1, commands: %2, errors: %3")
                     .arg(figures.messagesHandled)
                     .arg(figures.commandsHandled)
                     .arg(figures.errors)
              << replyText("Latency p50 / p95 / p99: %1 / %2 / %3 ms")
                     .arg(figures.p50Ms, 0, 'f', 1)
                     .arg(figures.p95Ms, 0, 'f', 1)
                     .arg(figures.p99Ms, 0, 'f', 1)
              << replyText("Queue: %1, sessions: %2").arg(figures.queueDepth).arg(figures.activeSessions)
              << replyText("Heap: %1 MB").arg(figures.heapMb, 0, 'f', 1);
    } else {
        lines << replyText("Engine figures are not available.");
    }

    // A real query, so a broken database file shows up here.
    const auto contacts = env.store->contacts().count();
    if (!contacts) {
        lines << replyText("Database: failing (%1)").arg(contacts.error());
        return CommandReply::failure(lines.join(u'\n'), contacts.error());
    }
    lines << replyText("Database: OK, %n connection(s)", env.store->connectionCount());
    return CommandReply::success(lines.join(u'\n'));
}

} // namespace linda::handlers
