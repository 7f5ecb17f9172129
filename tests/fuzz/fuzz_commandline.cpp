// Feeds arbitrary UTF-8 chat text to the command parser, with every built-in
// command registered. Registering needs a Store, which opens SQLite through
// Qt's driver plugin, and loading a plugin needs a QCoreApplication, so one
// is created once in LLVMFuzzerInitialize.
#include "fuzzcheck.h"

#include "bot/commands/commands.h"
#include "bot/store/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace linda;

namespace {

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    CommandRegistry registry;
};

Setup *g_setup = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    g_setup = new Setup; // lives for the whole process
    auto opened = Store::open(g_setup->dir.filePath(QStringLiteral("fuzz.db")));
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(opened.error()));
        std::abort();
    }
    g_setup->store = std::move(opened).value();
    const Status registered = registerBuiltinCommands(g_setup->registry, *g_setup->store);
    if (!registered.ok()) {
        std::fprintf(stderr, "cannot register commands: %s\n", qPrintable(registered.error()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CommandParser parser(g_setup->registry);
    const ParsedCommand parsed = parser.parse(text);
    switch (parsed.kind) {
    case ParsedCommand::Kind::Known:
        LINDA_FUZZ_CHECK(parsed.spec != nullptr);
        break;
    case ParsedCommand::Kind::Malformed:
        LINDA_FUZZ_CHECK(!parsed.error.isEmpty());
        break;
    case ParsedCommand::Kind::NotACommand:
    case ParsedCommand::Kind::Unknown:
        LINDA_FUZZ_CHECK(parsed.spec == nullptr);
        break;
    }
    const auto tokens = CommandParser::tokenize(text);
    LINDA_FUZZ_CHECK(tokens.ok() || !tokens.error().isEmpty());
    return 0;
}
