#pragma once

// The command API in one include. Typical set-up, once per engine:
//
//     linda::CommandRegistry registry;
//     linda::registerBuiltinCommands(registry, store);
//     linda::CommandDispatcher dispatcher(registry, &store);
//
// then on any worker thread:
//
//     linda::CommandContext context{sender, chat, isAdmin, &host};
//     if (const auto outcome = dispatcher.dispatch(text, context))
//         send(outcome->reply);

#include "bot/commands/builtincommands.h"
#include "bot/commands/commandcontext.h"
#include "bot/commands/commanddispatcher.h"
#include "bot/commands/commandparser.h"
#include "bot/commands/commandregistry.h"
