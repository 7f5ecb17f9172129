#include "commanddispatcher.h"

#include "commandregistry.h"
#include "replytext.h"

#include "bot/store/store.h"
#include "common/logging.h"

#include <QElapsedTimer>

#include <exception>

namespace linda {

namespace {

QString prefixText(CommandPrefix prefix)
{
    return prefix == CommandPrefix::Slash ? QStringLiteral("/") : QStringLiteral("!");
}

QString unknownCommandReply(const CommandRegistry &registry, const ParsedCommand &command)
{
    const QString prefix = prefixText(command.prefix);
    if (command.typedName.isEmpty())
        return replyText("Send %1help for the list of commands.").arg(prefix);

    // "!property lst": the first two words are the best guess at the name.
    QString closest;
    if (!command.args.isEmpty())
        closest = registry.closestName(QString(command.typedName + u' ' + command.args.first()));
    if (closest.isEmpty())
        closest = registry.closestName(command.typedName);

    const QString unknown = replyText("Unknown command \"%1\".").arg(command.typedName);
    if (closest.isEmpty())
        return unknown + u' ' + replyText("Send %1help for the list of commands.").arg(prefix);
    return unknown + u' ' + replyText("Did you mean %1%2?").arg(prefix, closest) + u'\n'
           + replyText("Send %1help for the list of commands.").arg(prefix);
}

} // namespace

CommandDispatcher::CommandDispatcher(const CommandRegistry &registry, Store *store)
    : m_registry(&registry)
    , m_store(store)
    , m_parser(registry)
{
}

std::optional<CommandOutcome> CommandDispatcher::dispatch(QStringView text,
                                                          const CommandContext &context) const
{
    const ParsedCommand command = m_parser.parse(text);
    if (command.kind == ParsedCommand::Kind::NotACommand)
        return std::nullopt;
    return execute(command, context);
}

Status CommandDispatcher::validate(const ParsedCommand &command, const CommandContext &context) const
{
    switch (command.kind) {
    case ParsedCommand::Kind::NotACommand:
        return Status::failure(replyText("This is not a command."));
    case ParsedCommand::Kind::Unknown:
        return Status::failure(unknownCommandReply(*m_registry, command));
    case ParsedCommand::Kind::Malformed:
        return Status::failure(
            replyText("Could not read the command: %1. Put an argument with spaces in \"double\" or "
               "'single' quotes.")
                .arg(command.error));
    case ParsedCommand::Kind::Known:
        break;
    }

    const CommandSpec &spec = *command.spec;
    if (spec.permission == Permission::Admin && !context.isAdmin)
        return Status::failure(replyText("Sorry, %1%2 is for admins only.").arg(prefixText(command.prefix), spec.name));
    if (!spec.acceptsArgCount(command.args.size()))
        return Status::failure(replyText("Usage: %1%2").arg(prefixText(command.prefix), spec.usage));
    return {};
}

CommandOutcome CommandDispatcher::execute(const ParsedCommand &command,
                                          const CommandContext &context) const
{
    QElapsedTimer timer;
    timer.start();
    CommandOutcome outcome = run(command, context);
    outcome.durationUs = timer.nsecsElapsed() / 1000;
    if (loggingEnabled())
        log(command, context, outcome);
    return outcome;
}

CommandOutcome CommandDispatcher::run(const ParsedCommand &command, const CommandContext &context) const
{
    CommandOutcome outcome;
    outcome.command = command.spec ? command.spec->name : command.typedName;

    if (const Status valid = validate(command, context); !valid) {
        outcome.ok = false;
        outcome.reply = valid.error();
        outcome.error = valid.error();
        return outcome;
    }

    CommandReply reply;
    try {
        reply = command.spec->handler(CommandRequest{*command.spec, command.args, context});
    } catch (const std::exception &error) {
        qCWarning(lcCommands) << "command" << outcome.command << "threw:" << error.what();
        reply = CommandReply::failure(replyText("Sorry, %1 failed with an internal error.").arg(outcome.command),
                                      QString::fromLocal8Bit(error.what()));
    }
    outcome.reply = reply.text;
    outcome.ok = reply.ok;
    if (!reply.ok)
        outcome.error = reply.error.isEmpty() ? reply.text : reply.error;
    return outcome;
}

void CommandDispatcher::log(const ParsedCommand &command, const CommandContext &context,
                            const CommandOutcome &outcome) const
{
    CommandLogEntry entry;
    entry.command = outcome.command;
    entry.args = command.argsText;
    entry.chat = context.chat;
    entry.sender = context.sender;
    entry.ok = outcome.ok;
    entry.error = outcome.error;
    entry.durationUs = outcome.durationUs;
    if (const Status logged = m_store->logs().appendCommand(entry); !logged)
        qCWarning(lcCommands) << "command log write failed:" << logged.error();
}

} // namespace linda
