#include "bot/runtime/engine.h"
#include "bot/store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace std::chrono_literals;
using linda::Engine;
using linda::EngineConfig;
using linda::HandleOutcome;
using linda::Message;
using linda::MessageKind;
using linda::MessageType;

Q_DECLARE_METATYPE(linda::MessageType)
Q_DECLARE_METATYPE(linda::MessageKind)
Q_DECLARE_METATYPE(linda::HandleOutcome)
Q_DECLARE_METATYPE(linda::EngineConfig)

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void handleReplies_data();
    void handleReplies();
    void hintOncePerChat();
    void rateLimitNoticeOnce();
    void sessionLimitReported();
    void messageLogWritten();
    void adminCommandNeedsAdmin();
    void submitKeepsChatOrder();
    void shutdownCancelCallsBack();
    void eventsAndMetrics();
    void invalidConfig_data();
    void invalidConfig();

private:
    std::unique_ptr<Engine> makeEngine(EngineConfig config = {}, const linda::Clock &clock = linda::Clock::steady());

    QTemporaryDir m_dir;
    int m_databases = 0;
};

namespace {

int g_nextId = 0;

Message textMessage(const QString &body, const QString &chat = u"971501234567@c.us"_qs)
{
    Message m;
    m.id = u"msg-%1"_qs.arg(++g_nextId);
    m.chatId = chat;
    m.senderId = chat.endsWith(u"@g.us"_qs) ? u"971509999999@c.us"_qs : chat;
    const QString digits = m.senderId.section(u'@', 0, 0);
    m.sender = u"+"_qs + digits;
    if (chat.endsWith(u"@g.us"_qs))
        m.groupAuthorId = m.senderId;
    m.timestamp = QDateTime::currentDateTimeUtc();
    m.body = body;
    return m;
}

} // namespace

void TestEngine::init()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Engine> TestEngine::makeEngine(EngineConfig config, const linda::Clock &clock)
{
    config.databasePath = m_dir.filePath(u"engine-%1.sqlite"_qs.arg(++m_databases));
    config.queue.workers = config.queue.workers > 0 ? config.queue.workers : 2;
    config.housekeepingInterval = 0ms; // tests call housekeep() themselves
    auto engine = Engine::create(config, clock);
    if (!engine) {
        qWarning("%s", qPrintable(engine.error()));
        return nullptr;
    }
    return std::move(engine).value();
}

void TestEngine::handleReplies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("chat");
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<bool>("fromMe");
    QTest::addColumn<HandleOutcome>("outcome");
    QTest::addColumn<QString>("replyContains"); // empty: no reply expected
    QTest::addColumn<QString>("command");

    const QString direct = u"971501234567@c.us"_qs;
    const QString group = u"120363012345678901@g.us"_qs;
    QTest::addRow("help command") << u"!help"_qs << direct << MessageType::Text << MessageKind::Regular << false
                                  << HandleOutcome::Replied << u"!help"_qs << u"help"_qs;
    QTest::addRow("status command") << u"/status"_qs << direct << MessageType::Text << MessageKind::Regular
                                    << false << HandleOutcome::Replied << u"Linda engine"_qs << u"status"_qs;
    QTest::addRow("health command") << u"!health"_qs << direct << MessageType::Text << MessageKind::Regular
                                    << false << HandleOutcome::Replied << u"Database: OK"_qs << u"health"_qs;
    QTest::addRow("unknown command") << u"!frobnicate"_qs << direct << MessageType::Text << MessageKind::Regular
                                     << false << HandleOutcome::Replied << u"frobnicate"_qs << u"frobnicate"_qs;
    QTest::addRow("plain text, direct chat") << u"hello there"_qs << direct << MessageType::Text
                                             << MessageKind::Regular << false << HandleOutcome::Replied
                                             << u"!help"_qs << QString();
    QTest::addRow("plain text, group") << u"hello all"_qs << group << MessageType::Text << MessageKind::Regular
                                       << false << HandleOutcome::NoReply << QString() << QString();
    QTest::addRow("command in a group") << u"!help"_qs << group << MessageType::Text << MessageKind::Regular
                                        << false << HandleOutcome::Replied << u"!help"_qs << u"help"_qs;
    QTest::addRow("status broadcast") << u"!help"_qs << u"status@broadcast"_qs << MessageType::Text
                                      << MessageKind::StatusBroadcast << false << HandleOutcome::Ignored
                                      << QString() << QString();
    QTest::addRow("undecrypted placeholder") << QString() << direct << MessageType::Text
                                             << MessageKind::UndecryptedPlaceholder << false
                                             << HandleOutcome::Ignored << QString() << QString();
    QTest::addRow("reaction") << QString() << direct << MessageType::Reaction << MessageKind::Regular << false
                              << HandleOutcome::Ignored << QString() << QString();
    QTest::addRow("own message") << u"!help"_qs << direct << MessageType::Text << MessageKind::Regular << true
                                 << HandleOutcome::Ignored << QString() << QString();
    QTest::addRow("revoked") << QString() << direct << MessageType::Revoked << MessageKind::Regular << false
                             << HandleOutcome::Ignored << QString() << QString();
    QTest::addRow("no chat id") << u"!help"_qs << QString() << MessageType::Text << MessageKind::Regular << false
                                << HandleOutcome::Invalid << QString() << QString();
}

void TestEngine::handleReplies()
{
    QFETCH(QString, body);
    QFETCH(QString, chat);
    QFETCH(MessageType, type);
    QFETCH(MessageKind, kind);
    QFETCH(bool, fromMe);
    QFETCH(HandleOutcome, outcome);
    QFETCH(QString, replyContains);
    QFETCH(QString, command);

    auto engine = makeEngine();
    QVERIFY(engine);
    Message message = textMessage(body, chat.isEmpty() ? u"971501234567@c.us"_qs : chat);
    message.chatId = chat;
    message.type = type;
    message.kind = kind;
    message.fromMe = fromMe;

    const auto result = engine->handle(message);
    QCOMPARE(linda::handleOutcomeName(result.outcome), linda::handleOutcomeName(outcome));
    QCOMPARE(result.reply.has_value(), !replyContains.isEmpty());
    if (result.reply)
        QVERIFY2(result.reply->contains(replyContains), qPrintable(*result.reply));
    QCOMPARE(result.command, command);
    QCOMPARE(result.error.isEmpty(), outcome != HandleOutcome::Invalid);
    QVERIFY(result.latency > 0ns);
}

void TestEngine::hintOncePerChat()
{
    auto engine = makeEngine();
    QVERIFY(engine);
    QCOMPARE(engine->handle(textMessage(u"hi"_qs)).outcome, HandleOutcome::Replied);
    QCOMPARE(engine->handle(textMessage(u"anyone?"_qs)).outcome, HandleOutcome::NoReply);
    QCOMPARE(engine->handle(textMessage(u"hi"_qs, u"971502222222@c.us"_qs)).outcome, HandleOutcome::Replied);
}

void TestEngine::rateLimitNoticeOnce()
{
    linda::ManualClock clock;
    EngineConfig config;
    config.rateLimit = {true, 1.0, 3.0};
    auto engine = makeEngine(config, clock);
    QVERIFY(engine);

    for (int i = 0; i < 3; ++i)
        QCOMPARE(engine->handle(textMessage(u"!help"_qs)).outcome, HandleOutcome::Replied);
    const auto noticed = engine->handle(textMessage(u"!help"_qs));
    QCOMPARE(noticed.outcome, HandleOutcome::RateLimited);
    QVERIFY(noticed.reply.has_value());
    const auto silent = engine->handle(textMessage(u"!help"_qs));
    QCOMPARE(silent.outcome, HandleOutcome::RateLimited);
    QVERIFY(!silent.reply.has_value());

    clock.advance(1s);
    QCOMPARE(engine->handle(textMessage(u"!help"_qs)).outcome, HandleOutcome::Replied);
    QCOMPARE(engine->metrics().counter(linda::Counter::RateLimited), quint64(2));
    QCOMPARE(engine->metrics().counter(linda::Counter::Replied), quint64(5)); // 4 help replies and the notice
}

void TestEngine::sessionLimitReported()
{
    EngineConfig config;
    config.sessions = {1min, 2};
    auto engine = makeEngine(config);
    QVERIFY(engine);

    QCOMPARE(engine->handle(textMessage(u"!help"_qs, u"971500000001@c.us"_qs)).outcome, HandleOutcome::Replied);
    QCOMPARE(engine->handle(textMessage(u"!help"_qs, u"971500000002@c.us"_qs)).outcome, HandleOutcome::Replied);
    const auto third = engine->handle(textMessage(u"!help"_qs, u"971500000003@c.us"_qs));
    QCOMPARE(third.outcome, HandleOutcome::SessionLimit);
    QVERIFY(!third.reply.has_value());
    QVERIFY2(third.error.contains(u"971500000003@c.us"_qs), qPrintable(third.error));
    QCOMPARE(engine->sessions().count(), 2);
}

void TestEngine::messageLogWritten()
{
    EngineConfig config;
    config.rateLimit.enabled = false; // one sender sends all 50
    auto engine = makeEngine(config);
    QVERIFY(engine);
    const QString chat = u"971503333333@c.us"_qs;
    QStringList ids;
    for (int i = 0; i < 50; ++i) {
        const Message m = textMessage(i % 5 == 0 ? u"!help"_qs : u"message %1"_qs.arg(i), chat);
        ids << m.id;
        engine->handle(m);
    }
    engine->handle(textMessage(u"!help"_qs, QString())); // invalid: not logged
    engine->flush();

    auto logs = engine->store().logs();
    QCOMPARE(logs.messageCount().valueOr(-1), qint64(50));
    QCOMPARE(logs.commandCount().valueOr(-1), qint64(10));
    const auto rows = logs.messagesForChat(chat);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows.value().size(), 50);
    QCOMPARE(rows.value().first().messageId, ids.first());
    QCOMPARE(rows.value().last().messageId, ids.last());
    QCOMPARE(rows.value().first().type, u"text"_qs);
    QCOMPARE(rows.value().first().sender, u"+971503333333"_qs);
}

void TestEngine::adminCommandNeedsAdmin()
{
    EngineConfig config;
    config.adminNumbers = {u"050 111 1111"_qs};
    auto engine = makeEngine(config);
    QVERIFY(engine);

    const auto stranger = engine->handle(textMessage(u"!config"_qs, u"971502222222@c.us"_qs));
    const auto admin = engine->handle(textMessage(u"!config"_qs, u"971501111111@c.us"_qs));
    QVERIFY(stranger.reply.has_value());
    QVERIFY(admin.reply.has_value());
    QVERIFY2(!stranger.reply->contains(u"rateLimit.burst"_qs), qPrintable(*stranger.reply));
    QVERIFY2(admin.reply->contains(u"rateLimit.burst"_qs), qPrintable(*admin.reply));
}

void TestEngine::submitKeepsChatOrder()
{
    EngineConfig config;
    config.queue = {4, 100'000, 0};
    config.rateLimit.enabled = false;
    auto engine = makeEngine(config);
    QVERIFY(engine);

    constexpr int Chats = 20;
    constexpr int Messages = 4000;
    std::mutex mutex;
    QHash<QString, QStringList> handledIds; // chat -> ids in callback order
    QHash<QString, QStringList> sentIds;
    std::atomic<int> callbacks{0};
    for (int i = 0; i < Messages; ++i) {
        const Message m = textMessage(u"message %1"_qs.arg(i), u"97150%1@c.us"_qs.arg(1000000 + i % Chats));
        sentIds[m.chatId] << m.id;
        const auto submitted = engine->submit(m, [&, chat = m.chatId, id = m.id](const linda::HandleResult &r) {
            QVERIFY(r.outcome == HandleOutcome::Replied || r.outcome == HandleOutcome::NoReply);
            std::lock_guard lock(mutex);
            handledIds[chat] << id;
            ++callbacks;
        });
        QCOMPARE(submitted, linda::SubmitResult::Accepted);
    }
    engine->flush();

    QCOMPARE(callbacks.load(), Messages);
    QCOMPARE(handledIds.size(), Chats);
    for (auto it = sentIds.cbegin(); it != sentIds.cend(); ++it)
        QCOMPARE(handledIds.value(it.key()), it.value());
    QCOMPARE(engine->store().logs().messageCount().valueOr(-1), qint64(Messages));
    QCOMPARE(engine->queueStats().processed, quint64(Messages));
    QCOMPARE(engine->metrics().histogram(linda::Histogram::QueueWait).count, quint64(Messages));
}

void TestEngine::shutdownCancelCallsBack()
{
    EngineConfig config;
    config.queue = {1, 10'000, 0};
    auto engine = makeEngine(config);
    QVERIFY(engine);

    std::atomic<int> handled{0};
    std::atomic<int> cancelled{0};
    for (int i = 0; i < 2000; ++i) {
        QCOMPARE(engine->submit(textMessage(u"!help"_qs),
                                [&](const linda::HandleResult &r) {
                                    ++(r.outcome == HandleOutcome::Cancelled ? cancelled : handled);
                                }),
                 linda::SubmitResult::Accepted);
    }
    const auto result = engine->shutdown(linda::ShutdownMode::Cancel);
    QCOMPARE(handled.load() + cancelled.load(), 2000);
    QCOMPARE(result.cancelled, quint64(cancelled.load()));
    QCOMPARE(engine->submit(textMessage(u"!help"_qs), {}), linda::SubmitResult::Stopped);
}

void TestEngine::eventsAndMetrics()
{
    auto engine = makeEngine();
    QVERIFY(engine);
    int handled = 0;
    int created = 0;
    {
        const auto onHandled = engine->events().subscribe<linda::MessageHandled>(
            [&](const linda::MessageHandled &) { ++handled; });
        const auto onCreated = engine->events().subscribe<linda::SessionCreated>(
            [&](const linda::SessionCreated &) { ++created; });
        QCOMPARE(engine->events().subscriptionCount(), std::size_t(2));
        engine->handle(textMessage(u"!help"_qs));
        engine->handle(textMessage(u"!help"_qs, u"971504444444@c.us"_qs));
        Message image = textMessage(QString());
        image.type = MessageType::Image;
        image.caption = u"a photo"_qs;
        engine->handle(image);
    }
    QCOMPARE(engine->events().subscriptionCount(), std::size_t(0));
    QCOMPARE(handled, 3);
    QCOMPARE(created, 2);

    const auto snapshot = engine->metrics();
    QCOMPARE(snapshot.counter(linda::Counter::Received), quint64(3));
    QCOMPARE(snapshot.counter(linda::Counter::Commands), quint64(2));
    QCOMPARE(snapshot.gauge(linda::Gauge::Sessions), qint64(2));
    QCOMPARE(snapshot.histogram(linda::Histogram::Handle).count, quint64(3));
    quint64 images = 0;
    for (const auto &[type, count] : snapshot.byMessageType) {
        if (type == u"image"_qs)
            images = count;
    }
    QCOMPARE(images, quint64(1));

    const QString text = engine->prometheusText();
    QVERIFY2(text.contains(u"\nlinda_messages_received_total 3\n"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"linda_handle_seconds_count 3"_qs), qPrintable(text));
}

void TestEngine::invalidConfig_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<EngineConfig>("config");

    EngineConfig base;
    base.databasePath = m_dir.filePath(u"invalid.sqlite"_qs);

    EngineConfig c = base;
    c.databasePath.clear();
    QTest::addRow("no database path") << u"databasePath"_qs << c;
    c = base;
    c.databasePath = m_dir.filePath(u"missing-folder/db.sqlite"_qs);
    QTest::addRow("database folder missing") << u"missing-folder"_qs << c;
    c = base;
    c.defaultRegion = u"UAE"_qs;
    QTest::addRow("bad region") << u"defaultRegion"_qs << c;
    c = base;
    c.queue.workers = 0;
    QTest::addRow("no workers") << u"workers"_qs << c;
    c = base;
    c.rateLimit.burst = 0;
    QTest::addRow("zero burst") << u"burst"_qs << c;
    c = base;
    c.sessions.maxSessions = 0;
    QTest::addRow("zero sessions") << u"maxSessions"_qs << c;
    c = base;
    c.adminNumbers = {u"+971501111111"_qs, u"call me"_qs};
    QTest::addRow("bad admin number") << u"adminNumbers[1]"_qs << c;
    c = base;
    c.logBacklogLimit = 10;
    QTest::addRow("backlog below batch") << u"logBacklogLimit"_qs << c;
}

void TestEngine::invalidConfig()
{
    QFETCH(QString, field);
    QFETCH(EngineConfig, config);

    const auto engine = Engine::create(config);
    QVERIFY(!engine.ok());
    QVERIFY2(engine.error().contains(field), qPrintable(engine.error()));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
