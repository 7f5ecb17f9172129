#pragma once

#include "bot/store/result.h"

#include <QString>

namespace linda {

class CommandRegistry;
class Store;

struct BuiltinCommandOptions
{
    // ISO 3166-1 region for numbers typed without a country code.
    QString defaultRegion = QStringLiteral("AE");
    // Most rows a list reply shows, so replies stay short in a chat.
    int maxListRows = 20;
};

// Registers the bot's commands, backed by store: help, status, health,
// property list / search / get / available / rented, find-contact,
// add-contact, update-contact, delete-contact, contact-stats, and the admin
// commands sync-contacts, config and logs. store and registry must outlive
// every call to the handlers. Fails only when a name is already taken.
Status registerBuiltinCommands(CommandRegistry &registry, Store &store,
                               const BuiltinCommandOptions &options = {});

} // namespace linda
