#pragma once

#include "bot/commands/builtincommands.h"
#include "bot/commands/commandregistry.h"
#include "bot/commands/replytext.h"
#include "bot/store/records.h"

#include <QString>

#include <optional>

// Internal to the commands component: the built-in handlers and the reply
// formatting they share. Each handler gets its environment by reference.
namespace linda::handlers {

struct Environment
{
    Store *store = nullptr;
    const CommandRegistry *registry = nullptr;
    BuiltinCommandOptions options;
};

// General commands.
CommandReply help(const Environment &env, const CommandRequest &request);
CommandReply status(const Environment &env, const CommandRequest &request);
CommandReply health(const Environment &env, const CommandRequest &request);

// Property commands.
CommandReply propertyList(const Environment &env, const CommandRequest &request);
CommandReply propertySearch(const Environment &env, const CommandRequest &request);
CommandReply propertyGet(const Environment &env, const CommandRequest &request);
CommandReply propertyAvailable(const Environment &env, const CommandRequest &request);
CommandReply propertyRented(const Environment &env, const CommandRequest &request);

// Contact commands.
CommandReply findContact(const Environment &env, const CommandRequest &request);
CommandReply addContact(const Environment &env, const CommandRequest &request);
CommandReply updateContact(const Environment &env, const CommandRequest &request);
CommandReply deleteContact(const Environment &env, const CommandRequest &request);
CommandReply contactStats(const Environment &env, const CommandRequest &request);

// Admin commands.
CommandReply syncContacts(const Environment &env, const CommandRequest &request);
CommandReply config(const Environment &env, const CommandRequest &request);
CommandReply logs(const Environment &env, const CommandRequest &request);

// Reply helpers. Replies are English text built with replyText().
QString usageReply(const CommandRequest &request); // "Usage: !property list [n]"
QString storeErrorReply(const QString &error);     // "Sorry, the database failed: ..."
// A whole number 1..max written in text, or nothing.
std::optional<int> parseCount(const QString &text, int max);
// Digits grouped by thousands: 1234567 -> "1,234,567".
QString groupedNumber(qint64 value);
QString propertyLine(const Property &property); // "MH-101 · Marina Heights · 2 BR · AED 95,000 · available"
QString contactLine(const Contact &contact);    // "#12 Ahmed Khan · +971501234567 · email · company"

} // namespace linda::handlers
