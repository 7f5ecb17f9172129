#pragma once

#include "bot/commands/commandcontext.h"
#include "bot/store/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace linda {

enum class Permission { Everyone, Admin };

struct CommandSpec;

// Input of a handler for one call.
struct CommandRequest
{
    const CommandSpec &spec;
    const QStringList &args;       // unquoted arguments after the command name
    const CommandContext &context;
};

// A handler's answer: plain text for the chat, and whether the command did
// what was requested (false for "not found", invalid values, store errors).
struct CommandReply
{
    QString text;
    bool ok = true;
    QString error; // for the command log when !ok; the reply text is used when empty

    static CommandReply success(QString text) { return {std::move(text), true, {}}; }
    static CommandReply failure(QString text, QString error = {})
    {
        return {std::move(text), false, std::move(error)};
    }
};

using CommandHandler = std::function<CommandReply(const CommandRequest &)>;

// One command as the registry lists it.
struct CommandSpec
{
    QString name;           // canonical, lowercase, one or two words: "property list"
    QStringList aliases;    // lowercase, one or two words each
    QString usage;          // "property search <cluster>"
    QString description;    // one short line for help
    Permission permission = Permission::Everyone;
    int minArgs = 0;
    int maxArgs = 0;        // -1 for no upper bound
    // The command may be typed without "!" or "/" when its arguments fit
    // minArgs..maxArgs; otherwise such text is ordinary chat.
    bool bare = false;
    CommandHandler handler;

    bool acceptsArgCount(qsizetype count) const
    {
        return count >= minArgs && (maxArgs < 0 || count <= maxArgs);
    }
};

// Commands by name and alias. Fill it once at start-up; after that it is only
// read, so lookups are safe from any number of threads.
class CommandRegistry
{
public:
    CommandRegistry();
    ~CommandRegistry();
    CommandRegistry(const CommandRegistry &) = delete;
    CommandRegistry &operator=(const CommandRegistry &) = delete;

    // Adds spec. Fails, naming the word, for an empty or three-word name or
    // alias, a name or alias already taken, or a missing handler.
    Status add(CommandSpec spec);

    // The command with that name or alias, case-insensitive and with runs of
    // spaces treated as one; null when none.
    const CommandSpec *find(QStringView nameOrAlias) const;

    // Every command, ordered by name.
    QList<const CommandSpec *> commands() const;

    // The canonical name for a mistyped one: the first name starting with
    // typed, else the command whose name, alias or first name word is within
    // about one edit per three letters (a swap of two neighbouring letters is
    // one edit). Empty when nothing is that close.
    QString closestName(QStringView typed) const;

private:
    std::vector<std::unique_ptr<CommandSpec>> m_specs;
    std::vector<std::pair<QString, const CommandSpec *>> m_words; // name or alias -> spec
};

} // namespace linda
