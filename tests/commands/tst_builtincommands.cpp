#include "bot/commands/commands.h"
#include "bot/store/demoseeder.h"
#include "bot/store/store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace linda;

namespace {

// The engine's side of the commands, with fixed figures so replies are
// predictable. The real engine implements the same interface.
class FixedHost : public CommandHost
{
public:
    QString statusText() const override { return u"Linda engine 0.1.0, up 1h 5m"_qs; }

    EngineHealth health() const override
    {
        EngineHealth health;
        health.uptimeSeconds = 3900;
        health.messagesHandled = 1234;
        health.commandsHandled = 321;
        health.errors = 2;
        health.p50Ms = 0.42;
        health.p95Ms = 1.5;
        health.p99Ms = 3.25;
        health.queueDepth = 4;
        health.activeSessions = 17;
        health.heapMb = 38.04;
        return health;
    }

    QMap<QString, QString> config() const override { return m_config; }

    Status setConfig(const QString &key, const QString &value) override
    {
        if (key == u"rateLimitPerSecond" && value.toDouble() <= 0)
            return Status::failure(u"rateLimitPerSecond must be a positive number"_qs);
        m_config.insert(key, value);
        return {};
    }

    Result<QString> syncContacts(const QStringList &args) override
    {
        if (args.value(0) == u"missing.vcf")
            return Result<QString>::failure(u"cannot open missing.vcf: no such file"_qs);
        return u"Synced %1: 3 added, 1 updated, 0 invalid."_qs.arg(args.value(0, u"default source"_qs));
    }

private:
    QMap<QString, QString> m_config{{u"defaultRegion"_qs, u"AE"_qs}, {u"rateLimitPerSecond"_qs, u"5"_qs}};
};

struct GoldenCase
{
    bool admin = false;
    bool ok = true;
    QString command;
    QString reply;
};

// Cases of the form
//   >>> user|admin ok|fail <command text>
//   reply lines...
// run in file order against one seeded store.
QList<GoldenCase> readGoldenCases(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_qs.arg(path, file.errorString());
        return {};
    }
    static const QRegularExpression header(u"^>>> (user|admin) (ok|fail) (.+)$"_qs);
    QList<GoldenCase> cases;
    int lineNumber = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        ++lineNumber;
        if (line.startsWith(u">>>")) {
            const auto match = header.match(line);
            if (!match.hasMatch()) {
                *error = u"%1:%2: a case line is \">>> user|admin ok|fail COMMAND\""_qs.arg(path).arg(lineNumber);
                return {};
            }
            cases.append({match.captured(1) == u"admin", match.captured(2) == u"ok", match.captured(3), {}});
        } else if (!cases.isEmpty()) {
            cases.last().reply += line + u'\n';
        } else if (!line.trimmed().isEmpty() && !line.startsWith(u'#')) {
            *error = u"%1:%2: text before the first case"_qs.arg(path).arg(lineNumber);
            return {};
        }
    }
    for (GoldenCase &c : cases) {
        while (c.reply.endsWith(u'\n'))
            c.reply.chop(1);
    }
    return cases;
}

} // namespace

Q_DECLARE_METATYPE(GoldenCase)

class TestBuiltinCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void seededReplies_data();
    void seededReplies();
    void replyWithoutHost_data();
    void replyWithoutHost();
    void addContactNormalizesPhone_data();
    void addContactNormalizesPhone();
    void hostileContactRoundTrip_data();
    void hostileContactRoundTrip();
    void logsShowRecentCommands();

private:
    CommandOutcome run(const QString &text, bool admin, CommandHost *host);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    CommandRegistry m_registry;
    std::unique_ptr<CommandDispatcher> m_dispatcher;
    FixedHost m_host;
};

void TestBuiltinCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.filePath(QStringLiteral("builtin.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    DemoSeedOptions seed;
    seed.seed = 11;
    seed.properties = 48;
    seed.contacts = 40;
    QVERIFY(DemoSeeder(seed).seed(*m_store).ok());
    BuiltinCommandOptions options;
    options.maxListRows = 5;
    QVERIFY(registerBuiltinCommands(m_registry, *m_store, options).ok());
    m_dispatcher = std::make_unique<CommandDispatcher>(m_registry, m_store.get());
}

void TestBuiltinCommands::cleanupTestCase()
{
    m_dispatcher.reset();
    m_store.reset();
}

CommandOutcome TestBuiltinCommands::run(const QString &text, bool admin, CommandHost *host)
{
    CommandContext context;
    context.sender = u"+971501234567"_qs;
    context.chat = u"971501234567@c.us"_qs;
    context.isAdmin = admin;
    context.host = host;
    const auto outcome = m_dispatcher->dispatch(text, context);
    return outcome.value_or(CommandOutcome{QString(), u"(not a command)"_qs, false, {}, 0});
}

void TestBuiltinCommands::seededReplies_data()
{
    QTest::addColumn<GoldenCase>("golden");
    QString error;
    const QList<GoldenCase> cases = readGoldenCases(QFINDTESTDATA("data/seeded-replies.txt"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(cases.size() > 20);
    int index = 0;
    for (const GoldenCase &c : cases)
        QTest::addRow("%02d %s", ++index, qPrintable(c.command)) << c;
}

void TestBuiltinCommands::seededReplies()
{
    QFETCH(GoldenCase, golden);
    const CommandOutcome outcome = run(golden.command, golden.admin, &m_host);
    // To refresh the expected file after a deliberate change of wording, set
    // LINDA_WRITE_REPLIES to a path, run, and review the diff.
    if (const QString path = qEnvironmentVariable("LINDA_WRITE_REPLIES"); !path.isEmpty()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::Append | QIODevice::Text));
        out.write(u">>> %1 %2 %3\n%4\n\n"_qs
                      .arg(golden.admin ? u"admin"_qs : u"user"_qs, outcome.ok ? u"ok"_qs : u"fail"_qs,
                           golden.command, outcome.reply)
                      .toUtf8());
    }
    QCOMPARE(outcome.reply, golden.reply);
    QCOMPARE(outcome.ok, golden.ok);
}

void TestBuiltinCommands::replyWithoutHost_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::addRow("status") << u"!status"_qs << true << u"Engine details are not available."_qs;
    QTest::addRow("health") << u"!health"_qs << true << u"Engine figures are not available."_qs;
    QTest::addRow("health checks database") << u"!health"_qs << true << u"Database: OK"_qs;
    QTest::addRow("config") << u"!config"_qs << false << u"Configuration is not available: no engine is attached."_qs;
    QTest::addRow("sync") << u"!sync-contacts"_qs << false << u"Contact sync is not available"_qs;
}

void TestBuiltinCommands::replyWithoutHost()
{
    QFETCH(QString, command);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const CommandOutcome outcome = run(command, true, nullptr);
    QCOMPARE(outcome.ok, ok);
    QVERIFY2(outcome.reply.contains(expected), qPrintable(outcome.reply));
}

void TestBuiltinCommands::addContactNormalizesPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("e164");
    QTest::addRow("local") << u"050 700 0001"_qs << u"+971507000001"_qs;
    QTest::addRow("international") << u"+971 50 700 0002"_qs << u"+971507000002"_qs;
    QTest::addRow("idd") << u"00971507000003"_qs << u"+971507000003"_qs;
    QTest::addRow("arabic digits") << u"\u0660\u0665\u0660\u0667\u0660\u0660\u0660\u0660\u0660\u0664"_qs
                                   << u"+971507000004"_qs;
    QTest::addRow("foreign") << u"+44 20 7946 0958"_qs << u"+442079460958"_qs;
}

void TestBuiltinCommands::addContactNormalizesPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, e164);
    const CommandOutcome outcome = run(u"!add-contact 'Test Person' \"%1\""_qs.arg(phone), false, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.reply));
    const auto stored = m_store->contacts().findByE164(e164);
    QVERIFY(stored.ok());
    QVERIFY(stored.value().has_value());
    QCOMPARE(stored.value()->name, u"Test Person"_qs);
    QVERIFY(m_store->contacts().remove(stored.value()->id).ok());
}

void TestBuiltinCommands::hostileContactRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("drop table") << u"'; DROP TABLE contacts; --"_qs;
    QTest::addRow("quotes") << u"O'Brien \"the builder\""_qs;
    QTest::addRow("emoji") << u"Sara 🌴🏠"_qs;
    QTest::addRow("arabic") << u"\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0646\u0639\u064A\u0645\u064A"_qs;
    QTest::addRow("nul") << QString(u"Nul\0Name"_qs);
}

void TestBuiltinCommands::hostileContactRoundTrip()
{
    QFETCH(QString, name);
    // Through the parser: the name is quoted with \" escapes inside double quotes.
    QString quoted = name;
    quoted.replace(u"\\"_qs, u"\\\\"_qs).replace(u"\""_qs, u"\\\""_qs);
    const CommandOutcome added = run(u"!add-contact \"%1\" 0508000001 - Hostile Co"_qs.arg(quoted), false, nullptr);
    QVERIFY2(added.ok, qPrintable(added.reply));
    QVERIFY(added.reply.contains(name));

    const auto stored = m_store->contacts().findByE164(u"+971508000001"_qs);
    QVERIFY(stored.value().has_value());
    QCOMPARE(stored.value()->name, name);
    QCOMPARE(stored.value()->company, u"Hostile Co"_qs);
    QVERIFY(stored.value()->email.isEmpty());

    const CommandOutcome found = run(u"!find-contact 0508000001"_qs, false, nullptr);
    QVERIFY(found.reply.contains(name));
    QVERIFY(run(u"!delete-contact %1"_qs.arg(stored.value()->id), false, nullptr).ok);
    QVERIFY(QSqlDatabase::database(m_store->threadConnectionName()).tables().contains(u"contacts"_qs));
}

void TestBuiltinCommands::logsShowRecentCommands()
{
    (void)run(u"!property get MH-101"_qs, false, nullptr);
    (void)run(u"!property get NOPE-1"_qs, false, nullptr);
    const CommandOutcome outcome = run(u"!logs 2"_qs, true, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.reply));
    const QStringList lines = outcome.reply.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"*Last 2 command(s)*"_qs);
    static const QRegularExpression line(
        u"^\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d !property get (\\S+) · \\+971501234567 · (.+) · \\d+\\.\\d ms$"_qs);
    const auto newest = line.match(lines.at(1));
    QVERIFY2(newest.hasMatch(), qPrintable(lines.at(1)));
    QCOMPARE(newest.captured(1), u"NOPE-1"_qs);
    QVERIFY2(newest.captured(2).startsWith(u"failed: No unit"), qPrintable(newest.captured(2)));
    const auto older = line.match(lines.at(2));
    QVERIFY2(older.hasMatch(), qPrintable(lines.at(2)));
    QCOMPARE(older.captured(2), u"ok"_qs);

    const CommandOutcome tooMany = run(u"!logs 500"_qs, true, nullptr);
    QVERIFY(!tooMany.ok);
    QVERIFY2(tooMany.reply.contains(u"Usage: !logs [count]"), qPrintable(tooMany.reply));
}

QTEST_GUILESS_MAIN(TestBuiltinCommands)
#include "tst_builtincommands.moc"
