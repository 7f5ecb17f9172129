#pragma once

#include "casecontext.h"

#include "bot/commands/commands.h"
#include "bot/store/demoseeder.h"
#include "bot/store/store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// Set-up shared by the case bodies: stores, command stacks and generated
// inputs. Everything is created in the case's own work folder.
namespace linda::bench {

// Opens a new store file in the case's work folder and fills it with the
// demo data; throws (failing the case) when either step fails.
std::unique_ptr<Store> openSeededStore(const CaseContext &context, const DemoSeedOptions &options = {},
                                       const QString &fileName = QStringLiteral("bench.sqlite"));
std::unique_ptr<Store> openEmptyStore(const CaseContext &context,
                                      const QString &fileName = QStringLiteral("bench.sqlite"));

// The command registry with the built-in commands over a seeded store, and
// a dispatcher that does not log (the engine logs in groups on its own
// writer thread, so a per-command log write would distort the timing).
struct CommandStack
{
    std::unique_ptr<Store> store;
    CommandRegistry registry;
    std::unique_ptr<CommandDispatcher> dispatcher;
    CommandContext context;
};
std::unique_ptr<CommandStack> makeCommandStack(const CaseContext &context);

// Commands of the simple and complex command cases, in the order the cases
// cycle through them.
QStringList simpleCommands();
QStringList complexCommands();

// A valid UAE mobile number for index (0 <= index < 60,000,000), written the
// way index % 4 selects: local with spaces, international, 00-prefixed, or
// compact.
QString uaeMobile(int index, bool international = false);

// A vCard 3.0 file of `count` contacts, numbers from uaeMobile(first..);
// `variant` goes into each card's ORG so that successive variants update
// every contact.
QByteArray generateVCard(int count, int first, int variant);

} // namespace linda::bench
