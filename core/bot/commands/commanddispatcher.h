#pragma once

#include "bot/commands/commandcontext.h"
#include "bot/commands/commandparser.h"
#include "bot/store/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace linda {

class CommandRegistry;
class Store;

// Outcome of one command.
struct CommandOutcome
{
    QString command;   // canonical name, or the typed name when unknown
    QString reply;     // plain text for the chat
    bool ok = true;    // false for unknown commands, usage errors, refusals, handler failures
    QString error;     // short reason when !ok
    qint64 durationUs = 0; // validate + execute, microseconds
};

// Parses, checks and runs commands, and logs each one to the store's
// command_log. The stages can also be called one by one (parse, validate,
// execute) so each can be timed alone. Thread-safe once the registry is
// filled: dispatch() may run on many threads at once.
class CommandDispatcher
{
public:
    // store may be null: commands then run but are not logged.
    CommandDispatcher(const CommandRegistry &registry, Store *store);

    // Parses and runs text; an empty optional when text is not a command.
    std::optional<CommandOutcome> dispatch(QStringView text, const CommandContext &context) const;

    ParsedCommand parse(QStringView text) const { return m_parser.parse(text); }

    // Checks a parsed command before it runs. The error is the reply to send:
    // a hint for an unknown name, the usage line for a wrong argument count,
    // a refusal for a non-admin calling an admin command.
    Status validate(const ParsedCommand &command, const CommandContext &context) const;

    // Validates and runs command, then logs it when logging is on.
    // Precondition: command.kind is not NotACommand.
    CommandOutcome execute(const ParsedCommand &command, const CommandContext &context) const;

    // Command logging is on by default when a store is given.
    void setLoggingEnabled(bool enabled) { m_logging = enabled; }
    bool loggingEnabled() const { return m_logging && m_store; }

private:
    CommandOutcome run(const ParsedCommand &command, const CommandContext &context) const;
    void log(const ParsedCommand &command, const CommandContext &context,
             const CommandOutcome &outcome) const;

    const CommandRegistry *m_registry;
    Store *m_store;
    CommandParser m_parser;
    bool m_logging = true;
};

} // namespace linda
