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
    // Usage and description texts are English, like every bot reply.
    return {
        {"help", {QStringLiteral("?"), QStringLiteral("commands")}, "help [command]",
            "list the commands, or explain one", everyone, 0, 2, true, &help},
        {"status", {}, "status", "what the bot is doing and what it holds", everyone, 0, 0, true,
            &status},
        {"health", {QStringLiteral("ping")}, "health", "latency, queue, errors and database check",
            everyone, 0, 0, true, &health},
        {"property list", {QStringLiteral("properties"), QStringLiteral("props")},
            "property list [n]", "the first n properties by unit", everyone, 0, 1, true,
            &propertyList},
        {"property search", {QStringLiteral("search")}, "property search <cluster>",
            "properties in a cluster", everyone, 1, -1, true, &propertySearch},
        {"property get", {QStringLiteral("unit")}, "property get <unit>", "details of one unit",
            everyone, 1, 1, true, &propertyGet},
        {"property available", {QStringLiteral("available"), QStringLiteral("vacant")},
            "property available", "units free to rent", everyone, 0, 0, true, &propertyAvailable},
        {"property rented", {QStringLiteral("rented")}, "property rented", "units with a tenant",
            everyone, 0, 0, true, &propertyRented},
        {"find-contact", {QStringLiteral("find"), QStringLiteral("contact")},
            "find-contact <name or number>", "look up contacts by name, number, email or company",
            everyone, 1, -1, false, &findContact},
        {"add-contact", {QStringLiteral("addcontact")},
            "add-contact <name> <phone> [email] [company]",
            "save a contact; quote a name with spaces", everyone, 2, -1, false, &addContact},
        {"update-contact", {QStringLiteral("edit-contact")}, "update-contact <id> <field> <value>",
            "change name, phone, email or company", everyone, 3, -1, false, &updateContact},
        {"delete-contact", {QStringLiteral("remove-contact")}, "delete-contact <id>",
            "delete a contact", everyone, 1, 1, false, &deleteContact},
        {"contact-stats", {QStringLiteral("contacts")}, "contact-stats",
            "contact totals and top companies", everyone, 0, 0, true, &contactStats},
        {"sync-contacts", {QStringLiteral("sync")}, "sync-contacts [source]",
            "import contacts through the engine", admin, 0, -1, false, &syncContacts},
        {"config", {}, "config [key] [value]", "show or change a setting", admin, 0, -1, false,
            &config},
        {"logs", {QStringLiteral("log")}, "logs [count]", "the last commands run", admin, 0, 1,
            false, &logs},
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
        spec.usage = QString::fromUtf8(definition.usage);
        spec.description = QString::fromUtf8(definition.description);
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
