#include "bot/commands/commands.h"
#include "bot/store/demoseeder.h"
#include "bot/store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>
#include <thread>

using namespace linda;

class TestCommandDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void notACommandHasNoOutcome();
    void routesToHandler_data();
    void routesToHandler();
    void adminCommandsNeedAdmin_data();
    void adminCommandsNeedAdmin();
    void wrongArgumentsShowUsage_data();
    void wrongArgumentsShowUsage();
    void unknownCommandHints_data();
    void unknownCommandHints();
    void malformedQuoteExplains();
    void commandsAreLogged();
    void loggingCanBeTurnedOff();
    void handlerExceptionBecomesFailure();
    void registryRejectsBadSpecs_data();
    void registryRejectsBadSpecs();
    void concurrentDispatchLogsEveryCommand();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CommandRegistry> m_registry;
    std::unique_ptr<CommandDispatcher> m_dispatcher;
};

void TestCommandDispatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Store::open(m_dir->filePath(QStringLiteral("dispatch.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    DemoSeedOptions seed;
    seed.properties = 40;
    seed.contacts = 30;
    QVERIFY(DemoSeeder(seed).seed(*m_store).ok());
    m_registry = std::make_unique<CommandRegistry>();
    QVERIFY(registerBuiltinCommands(*m_registry, *m_store).ok());
    m_dispatcher = std::make_unique<CommandDispatcher>(*m_registry, m_store.get());
}

void TestCommandDispatcher::cleanup()
{
    m_dispatcher.reset();
    m_registry.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCommandDispatcher::notACommandHasNoOutcome()
{
    QVERIFY(!m_dispatcher->dispatch(u"Is unit MH-101 free?"_qs, {}).has_value());
    QCOMPARE(m_store->logs().commandCount().value(), 0);
}

void TestCommandDispatcher::routesToHandler_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("replyStart");
    QTest::addRow("help") << u"!help"_qs << u"help"_qs << u"*Commands*"_qs;
    QTest::addRow("help for one") << u"/help property list"_qs << u"help"_qs << u"*!property list [n]*"_qs;
    QTest::addRow("status") << u"status"_qs << u"status"_qs << u"*Status*"_qs;
    QTest::addRow("health alias") << u"!ping"_qs << u"health"_qs << u"*Health*"_qs;
    QTest::addRow("property list") << u"property list 2"_qs << u"property list"_qs << u"*Properties* (40)"_qs;
    QTest::addRow("property search") << u"!search marina heights"_qs << u"property search"_qs
                                     << u"*Marina Heights*"_qs;
    QTest::addRow("property get") << u"!unit MH-101"_qs << u"property get"_qs << u"*MH-101*"_qs;
    QTest::addRow("available") << u"vacant"_qs << u"property available"_qs << u"*Available*"_qs;
    QTest::addRow("rented") << u"!property rented"_qs << u"property rented"_qs << u"*Rented*"_qs;
    QTest::addRow("contact stats") << u"!contacts"_qs << u"contact-stats"_qs << u"*Contacts*"_qs;
}

void TestCommandDispatcher::routesToHandler()
{
    QFETCH(QString, text);
    QFETCH(QString, command);
    QFETCH(QString, replyStart);
    const auto outcome = m_dispatcher->dispatch(text, {});
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->command, command);
    QVERIFY2(outcome->ok, qPrintable(outcome->reply));
    QVERIFY2(outcome->reply.startsWith(replyStart), qPrintable(outcome->reply));
    QVERIFY(outcome->durationUs >= 0);
}

void TestCommandDispatcher::adminCommandsNeedAdmin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<bool>("refused");
    QTest::addRow("logs as user") << u"!logs"_qs << false << true;
    QTest::addRow("logs as admin") << u"!logs"_qs << true << false;
    QTest::addRow("config as user") << u"!config"_qs << false << true;
    QTest::addRow("config as admin") << u"!config"_qs << true << false;
    QTest::addRow("sync as user") << u"/sync-contacts"_qs << false << true;
    QTest::addRow("sync alias as user") << u"!sync"_qs << false << true;
    QTest::addRow("sync as admin") << u"!sync-contacts"_qs << true << false;
    QTest::addRow("help as user") << u"!help"_qs << false << false;
}

void TestCommandDispatcher::adminCommandsNeedAdmin()
{
    QFETCH(QString, text);
    QFETCH(bool, admin);
    QFETCH(bool, refused);
    CommandContext context;
    context.sender = u"+971501234567"_qs;
    context.isAdmin = admin;
    const auto outcome = m_dispatcher->dispatch(text, context);
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->reply.contains(u"is for admins only"), refused);
    if (refused)
        QVERIFY(!outcome->ok);
}

void TestCommandDispatcher::wrongArgumentsShowUsage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("usage");
    QTest::addRow("missing unit") << u"!property get"_qs << u"Usage: !property get <unit>"_qs;
    QTest::addRow("extra arg") << u"!property get MH-101 MH-102"_qs << u"Usage: !property get <unit>"_qs;
    QTest::addRow("list two counts") << u"!property list 1 2"_qs << u"Usage: !property list [n]"_qs;
    QTest::addRow("list bad count") << u"!property list many"_qs << u"Usage: !property list [n]"_qs;
    QTest::addRow("list zero") << u"!property list 0"_qs << u"Usage: !property list [n]"_qs;
    QTest::addRow("search nothing") << u"!property search"_qs << u"Usage: !property search <cluster>"_qs;
    QTest::addRow("find nothing") << u"!find-contact"_qs << u"Usage: !find-contact <name or number>"_qs;
    QTest::addRow("add one arg") << u"!add-contact Sara"_qs
                                 << u"Usage: !add-contact <name> <phone> [email] [company]"_qs;
    QTest::addRow("update two args") << u"!update-contact 1 name"_qs
                                     << u"Usage: !update-contact <id> <field> <value>"_qs;
    QTest::addRow("delete nothing") << u"/delete-contact"_qs << u"Usage: /delete-contact <id>"_qs;
    QTest::addRow("status with arg") << u"!status now"_qs << u"Usage: !status"_qs;
}

void TestCommandDispatcher::wrongArgumentsShowUsage()
{
    QFETCH(QString, text);
    QFETCH(QString, usage);
    const auto outcome = m_dispatcher->dispatch(text, {});
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok);
    QVERIFY2(outcome->reply.contains(usage), qPrintable(outcome->reply));
}

void TestCommandDispatcher::unknownCommandHints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hint");
    QTest::addRow("typo in second word") << u"!property lst"_qs << u"Did you mean !property list?"_qs;
    QTest::addRow("typo in first word") << u"!propery list"_qs << u"Did you mean !property list?"_qs;
    QTest::addRow("swapped letters") << u"!hlep"_qs << u"Did you mean !help?"_qs;
    QTest::addRow("start of name") << u"/find-con"_qs << u"Did you mean /find-contact?"_qs;
    QTest::addRow("alias typo") << u"!prosp"_qs << u"Did you mean !property list?"_qs;
    QTest::addRow("nothing close") << u"!xyzzy"_qs << u"Unknown command \"xyzzy\". Send !help"_qs;
    QTest::addRow("prefix alone") << u"!"_qs << u"Send !help for the list of commands."_qs;
}

void TestCommandDispatcher::unknownCommandHints()
{
    QFETCH(QString, text);
    QFETCH(QString, hint);
    const auto outcome = m_dispatcher->dispatch(text, {});
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok);
    QVERIFY2(outcome->reply.contains(hint), qPrintable(outcome->reply));
    QVERIFY(outcome->reply.size() < 200); // a short hint, not the whole help
}

void TestCommandDispatcher::malformedQuoteExplains()
{
    const auto outcome = m_dispatcher->dispatch(u"!find-contact \"Sara"_qs, {});
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok);
    QVERIFY2(outcome->reply.contains(u"unterminated quote at column 14"), qPrintable(outcome->reply));
}

void TestCommandDispatcher::commandsAreLogged()
{
    CommandContext context;
    context.sender = u"+971501234567"_qs;
    context.chat = u"chat-7"_qs;
    QVERIFY(m_dispatcher->dispatch(u"!property list 2"_qs, context)->ok);
    QVERIFY(!m_dispatcher->dispatch(u"!nosuch 'a b'"_qs, context)->ok);

    const auto entries = m_store->logs().lastCommands(2);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    const CommandLogEntry &unknown = entries->at(0);
    QCOMPARE(unknown.command, u"nosuch"_qs);
    QCOMPARE(unknown.args, u"'a b'"_qs);
    QCOMPARE(unknown.ok, false);
    QVERIFY(unknown.error.contains(u"Unknown command"));
    const CommandLogEntry &listed = entries->at(1);
    QCOMPARE(listed.command, u"property list"_qs);
    QCOMPARE(listed.args, u"2"_qs);
    QCOMPARE(listed.chat, u"chat-7"_qs);
    QCOMPARE(listed.sender, u"+971501234567"_qs);
    QCOMPARE(listed.ok, true);
    QVERIFY(listed.error.isEmpty());
}

void TestCommandDispatcher::loggingCanBeTurnedOff()
{
    m_dispatcher->setLoggingEnabled(false);
    QVERIFY(m_dispatcher->dispatch(u"!status"_qs, {})->ok);
    QCOMPARE(m_store->logs().commandCount().value(), 0);

    CommandDispatcher withoutStore(*m_registry, nullptr);
    QVERIFY(!withoutStore.loggingEnabled());
    QVERIFY(withoutStore.dispatch(u"!help"_qs, {})->ok);
}

void TestCommandDispatcher::handlerExceptionBecomesFailure()
{
    CommandRegistry registry;
    CommandSpec spec;
    spec.name = u"boom"_qs;
    spec.usage = u"boom"_qs;
    spec.handler = [](const CommandRequest &) -> CommandReply { throw std::runtime_error("disk on fire"); };
    QVERIFY(registry.add(std::move(spec)).ok());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"disk on fire"_qs));
    const auto outcome = CommandDispatcher(registry, m_store.get()).dispatch(u"!boom"_qs, {});
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok);
    QVERIFY2(outcome->reply.contains(u"internal error"), qPrintable(outcome->reply));
    QCOMPARE(outcome->error, u"disk on fire"_qs);
    QCOMPARE(m_store->logs().lastCommands(1)->first().error, u"disk on fire"_qs);
}

void TestCommandDispatcher::registryRejectsBadSpecs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<bool>("withHandler");
    QTest::addColumn<QString>("error");
    QTest::addRow("taken name") << u"HELP"_qs << QStringList{} << true << u"\"help\" is already"_qs;
    QTest::addRow("taken alias") << u"new"_qs << QStringList{u"props"_qs} << true
                                 << u"\"props\" is already the name or alias of command \"property list\""_qs;
    QTest::addRow("three words") << u"a b c"_qs << QStringList{} << true << u"more than two words"_qs;
    QTest::addRow("empty alias") << u"new"_qs << QStringList{u" "_qs} << true << u"empty name or alias"_qs;
    QTest::addRow("no handler") << u"new"_qs << QStringList{} << false << u"has no handler"_qs;
    QTest::addRow("alias twice") << u"new"_qs << QStringList{u"x"_qs, u"X"_qs} << true
                                 << u"same alias twice"_qs;
}

void TestCommandDispatcher::registryRejectsBadSpecs()
{
    QFETCH(QString, name);
    QFETCH(QStringList, aliases);
    QFETCH(bool, withHandler);
    QFETCH(QString, error);
    CommandSpec spec;
    spec.name = name;
    spec.aliases = aliases;
    if (withHandler)
        spec.handler = [](const CommandRequest &) { return CommandReply::success(u"x"_qs); };
    const qsizetype before = m_registry->commands().size();
    const Status added = m_registry->add(std::move(spec));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(error), qPrintable(added.error()));
    QCOMPARE(m_registry->commands().size(), before);
}

void TestCommandDispatcher::concurrentDispatchLogsEveryCommand()
{
    constexpr int threadCount = 8;
    constexpr int perThread = 25;
    const QStringList texts{u"!property list 3"_qs, u"!search Palm Crescent"_qs, u"!find-contact a"_qs,
                            u"!contact-stats"_qs, u"!nosuch"_qs};
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            CommandContext context;
            context.chat = QStringLiteral("chat-%1").arg(t);
            for (int i = 0; i < perThread; ++i) {
                const QString &text = texts.at(i % texts.size());
                const auto outcome = m_dispatcher->dispatch(text, context);
                const bool expectOk = text != u"!nosuch";
                if (!outcome || outcome->ok != expectOk)
                    ++wrong;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(m_store->logs().commandCount().value(), qint64(threadCount * perThread));
}

QTEST_GUILESS_MAIN(TestCommandDispatcher)
#include "tst_commanddispatcher.moc"
