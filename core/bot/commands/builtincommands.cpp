#include "builtincommands.h"

#include "handlers.h"

#include <memory>

namespace linda {

namespace {

using Handler = CommandReply (*)(const handlers::Environment &, const CommandRequest &);

struct Definition
{
    const char *name;
    QStringList aliases;
    const char *usage;
    const char *description;
    Permission permission;
    int minArgs;
    int maxArgs; // -1: no upper bound; the handler joins the extra words
    bool bare;
    Handler handler;
};

QList<Definition> definitions()
{
    using namespace handlers;
    const auto everyone = Permission::Everyone;
    const auto admin = Permission::Admin;
    // Usage and description texts are translated when registered.
    return {
        {"help", {QStringLiteral("?"), QStringLiteral("commands")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "help [command]"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "list the commands, or explain one"), everyone, 0, 2, true, &help},
        {"status", {}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "status"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "what the bot is doing and what it holds"), everyone, 0, 0, true, &status},
        {"health", {QStringLiteral("ping")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "health"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "latency, queue, errors and database check"), everyone, 0, 0, true, &health},
        {"property list", {QStringLiteral("properties"), QStringLiteral("props")},
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "property list [n]"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "the first n properties by unit"), everyone, 0, 1, true, &propertyList},
        {"property search", {QStringLiteral("search")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "property search <cluster>"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "properties in a cluster"), everyone, 1, -1, true, &propertySearch},
        {"property get", {QStringLiteral("unit")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "property get <unit>"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "details of one unit"), everyone, 1, 1, true, &propertyGet},
        {"property available", {QStringLiteral("available"), QStringLiteral("vacant")},
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "property available"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "units free to rent"), everyone, 0, 0, true, &propertyAvailable},
        {"property rented", {QStringLiteral("rented")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "property rented"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "units with a tenant"), everyone, 0, 0, true, &propertyRented},
        {"find-contact", {QStringLiteral("find"), QStringLiteral("contact")},
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "find-contact <name or number>"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "look up contacts by name, number, email or company"), everyone, 1,
         -1, false, &findContact},
        {"add-contact", {QStringLiteral("addcontact")},
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "add-contact <name> <phone> [email] [company]"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "save a contact; quote a name with spaces"), everyone, 2, -1, false,
         &addContact},
        {"update-contact", {QStringLiteral("edit-contact")},
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "update-contact <id> <field> <value>"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "change name, phone, email or company"), everyone, 3, -1, false,
         &updateContact},
        {"delete-contact", {QStringLiteral("remove-contact")},
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "delete-contact <id>"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "delete a contact"), everyone, 1, 1, false, &deleteContact},
        {"contact-stats", {QStringLiteral("contacts")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "contact-stats"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "contact totals and top companies"), everyone, 0, 0, true,
         &contactStats},
        {"sync-contacts", {QStringLiteral("sync")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "sync-contacts [source]"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "import contacts through the engine"), admin, 0, -1, false,
         &syncContacts},
        {"config", {}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "config [key] [value]"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "show or change a setting"), admin, 0, -1, false, &config},
        {"logs", {QStringLiteral("log")}, QT_TRANSLATE_NOOP("linda::BuiltinCommands", "logs [count]"),
         QT_TRANSLATE_NOOP("linda::BuiltinCommands", "the last commands run"), admin, 0, 1, false, &logs},
    };
}

} // namespace

Status registerBuiltinCommands(CommandRegistry &registry, Store &store,
                               const BuiltinCommandOptions &options)
{
    // Shared by every handler; the registry keeps the lambdas, and with them
    // this environment, alive.
    auto env = std::make_shared<handlers::Environment>();
    env->store = &store;
    env->registry = &registry;
    env->options = options;
    env->options.maxListRows = qMax(1, options.maxListRows);

    for (const Definition &definition : definitions()) {
        CommandSpec spec;
        spec.name = QString::fromLatin1(definition.name);
        spec.aliases = definition.aliases;
        spec.usage = handlers::tr(definition.usage);
        spec.description = handlers::tr(definition.description);
        spec.permission = definition.permission;
        spec.minArgs = definition.minArgs;
        spec.maxArgs = definition.maxArgs;
        spec.bare = definition.bare;
        spec.handler = [env, handler = definition.handler](const CommandRequest &request) {
            return handler(*env, request);
        };
        if (Status added = registry.add(std::move(spec)); !added)
            return added;
    }
    return {};
}

} // namespace linda
