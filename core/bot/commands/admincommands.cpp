// The admin commands (declared in handlers.h). The dispatcher has already
// rejected callers that are not admins.

#include "handlers.h"

#include "bot/store/store.h"

namespace linda::handlers {

namespace {

constexpr int kDefaultLogCount = 10;
constexpr int kMaxLogCount = 50;

QString noHostReply(const QString &feature)
{
    return replyText("%1 is not available: no engine is attached.").arg(feature);
}

QString commandLogLine(const CommandLogEntry &entry)
{
    QString line = QStringLiteral("%1 !%2").arg(entry.at.toString(QStringLiteral("MM-dd HH:mm:ss")), entry.command);
    if (!entry.args.isEmpty())
        line += u' ' + entry.args;
    line += QStringLiteral(" · ") + (entry.sender.isEmpty() ? replyText("unknown sender") : entry.sender);
    line += QStringLiteral(" · ") + (entry.ok ? replyText("ok") : replyText("failed: %1").arg(entry.error.section(u'\n', 0, 0)));
    line += QStringLiteral(" · %1 ms").arg(double(entry.durationUs) / 1000.0, 0, 'f', 1);
    return line;
}

} // namespace

CommandReply syncContacts(const Environment &, const CommandRequest &request)
{
    CommandHost *host = request.context.host;
    if (!host)
        return CommandReply::failure(noHostReply(replyText("Contact sync")));
    const Result<QString> result = host->syncContacts(request.args);
    if (!result)
        return CommandReply::failure(replyText("Contact sync failed: %1").arg(result.error()));
    return CommandReply::success(result.value());
}

CommandReply config(const Environment &, const CommandRequest &request)
{
    CommandHost *host = request.context.host;
    if (!host)
        return CommandReply::failure(noHostReply(replyText("Configuration")));

    const QMap<QString, QString> settings = host->config();
    const QStringList &args = request.args;
    if (args.isEmpty()) {
        QStringList lines{replyText("*Configuration*")};
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            lines << QStringLiteral("%1 = %2").arg(it.key(), it.value());
        return CommandReply::success(lines.join(u'\n'));
    }

    const QString &key = args.first();
    if (!settings.contains(key)) {
        return CommandReply::failure(replyText("Unknown setting \"%1\". Settings: %2")
                                         .arg(key, settings.keys().join(QStringLiteral(", "))));
    }
    if (args.size() == 1)
        return CommandReply::success(QStringLiteral("%1 = %2").arg(key, settings.value(key)));

    const QString value = args.mid(1).join(u' ');
    if (const Status set = host->setConfig(key, value); !set)
        return CommandReply::failure(replyText("Could not set %1: %2").arg(key, set.error()));
    return CommandReply::success(replyText("%1 is now %2.").arg(key, value));
}

CommandReply logs(const Environment &env, const CommandRequest &request)
{
    int count = kDefaultLogCount;
    if (!request.args.isEmpty()) {
        const auto parsed = parseCount(request.args.first(), kMaxLogCount);
        if (!parsed) {
            return CommandReply::failure(replyText("The count must be a whole number from 1 to %1.").arg(kMaxLogCount)
                                         + u'\n' + usageReply(request));
        }
        count = *parsed;
    }
    const auto entries = env.store->logs().lastCommands(count);
    if (!entries)
        return CommandReply::failure(storeErrorReply(entries.error()));
    if (entries->isEmpty())
        return CommandReply::success(replyText("No commands are logged yet."));

    QStringList lines{replyText("*Last %n command(s)*", int(entries->size()))};
    for (const CommandLogEntry &entry : entries.value())
        lines << commandLogLine(entry);
    return CommandReply::success(lines.join(u'\n'));
}

} // namespace linda::handlers
