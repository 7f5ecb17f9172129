#include <health/exportidentity.h>
#include <health/trafficsource.h>

#include <QSet>

#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <thread>

using namespace linda;
using namespace std::chrono_literals;

namespace {

// A real engine on a fresh file; the rate limiter is off by default so that
// every generated message reaches the handlers.
std::unique_ptr<Engine> makeEngine(const QTemporaryDir &dir, RateLimitConfig rateLimit = {false})
{
    EngineConfig config;
    config.databasePath = dir.filePath(u"source.sqlite"_qs);
    config.queue.workers = 2;
    config.rateLimit = rateLimit;
    Result<std::unique_ptr<Engine>> engine = Engine::create(std::move(config));
    if (!engine)
        qFatal("cannot start the engine: %s", qPrintable(engine.error()));
    return std::move(engine).value();
}

std::unique_ptr<TrafficSchedule> synthetic(double rate, double duration)
{
    SyntheticTraffic t;
    t.messagesPerSecond = rate;
    t.durationSeconds = duration;
    t.senders = 10;
    return std::make_unique<SyntheticSchedule>(t);
}

// Polls until pred returns true or five seconds pass.
template<typename Pred>
bool waitFor(Pred pred)
{
    for (int i = 0; i < 500 && !pred(); ++i)
        std::this_thread::sleep_for(10ms);
    return pred();
}

} // namespace

class TestTrafficSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submitsEveryPlannedMessage_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("duration");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("200/s for 0.5 s") << 200.0 << 0.5 << qint64(100);
        QTest::addRow("50/s for 1 s") << 50.0 << 1.0 << qint64(50);
        QTest::addRow("1000/s for 0.3 s") << 1000.0 << 0.3 << qint64(300);
    }
    void submitsEveryPlannedMessage()
    {
        QFETCH(double, rate);
        QFETCH(double, duration);
        QFETCH(qint64, expected);
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine = makeEngine(dir);
        TrafficSource source(*engine, synthetic(rate, duration));
        source.start();
        QVERIFY(source.waitUntilDone(30s));
        engine->flush();
        const TrafficStats stats = source.stats();
        QCOMPARE(stats.state, TrafficState::Finished);
        QCOMPARE(stats.planned, expected);
        QCOMPARE(stats.submitted, expected);
        QCOMPARE(stats.rejected, qint64(0));
        QCOMPARE(stats.completed, expected);
        QCOMPARE(qint64(engine->metrics().counter(Counter::Received)), expected);
    }

    void pauseHoldsBackAndResumeContinues()
    {
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine = makeEngine(dir);
        TrafficSource source(*engine, synthetic(200, 60));
        source.start();
        QVERIFY(waitFor([&] { return source.stats().submitted >= 20; }));
        source.pause();
        QCOMPARE(source.stats().state, TrafficState::Paused);
        // The item being waited for when pause() ran may still go out.
        std::this_thread::sleep_for(50ms);
        const qint64 atPause = source.stats().submitted;
        std::this_thread::sleep_for(300ms); // 60 messages would be due at 200/s
        QCOMPARE(source.stats().submitted, atPause);
        source.resume();
        QVERIFY(waitFor([&] { return source.stats().submitted >= atPause + 20; }));
        source.stop();
        QCOMPARE(source.stats().state, TrafficState::Stopped);
    }

    void pausedTimeIsNotMadeUp()
    {
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine = makeEngine(dir);
        TrafficSource source(*engine, synthetic(100, 60));
        source.start();
        QVERIFY(waitFor([&] { return source.stats().submitted >= 5; }));
        source.pause();
        std::this_thread::sleep_for(500ms);
        source.resume();
        std::this_thread::sleep_for(50ms);
        // Catching up on the paused half second would send about 50 at once.
        QVERIFY2(source.stats().maxLag < 200ms,
                 qPrintable(QString::number(source.stats().maxLag.count() / 1'000'000)));
        source.stop();
    }

    void stopEndsAnEndlessSource()
    {
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine = makeEngine(dir);
        TrafficSource source(*engine, synthetic(100, 0));
        QCOMPARE(source.stats().planned, qint64(-1));
        source.start();
        QVERIFY(waitFor([&] { return source.stats().submitted >= 5; }));
        source.stop();
        const qint64 atStop = source.stats().submitted;
        std::this_thread::sleep_for(100ms);
        QCOMPARE(source.stats().submitted, atStop);
        QCOMPARE(source.stats().state, TrafficState::Stopped);
    }

    void replaysAFileThroughTheEngine()
    {
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine = makeEngine(dir);
        const QString path = QFINDTESTDATA("data/wwebjs-burst.ndjson");
        Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        TrafficSource source(*engine, std::make_unique<ReplaySchedule>(ReplayTraffic{path, messages.value(), 0, 5s}));
        source.start();
        QVERIFY(source.waitUntilDone(10s));
        engine->flush();
        QCOMPARE(source.stats().submitted, qint64(3));
        QCOMPARE(source.stats().completed, qint64(3));
        QCOMPARE(engine->metrics().counter(Counter::Commands), quint64(2)); // !property list, !help
    }

    // The group export in the test data: 264 messages from nine authors, ten
    // of them system lines, three deleted and 46 of them commands.
    void replaysAChatExportIntoOneSession()
    {
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine = makeEngine(dir);
        const QString path = QFINDTESTDATA("data/WhatsApp Chat with Marina Lettings June.txt");
        Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        TrafficSource source(*engine, std::make_unique<ReplaySchedule>(ReplayTraffic{path, messages.value(), 0, 5s}));
        source.start();
        QVERIFY(source.waitUntilDone(30s));
        engine->flush();
        const MetricsSnapshot metrics = engine->metrics();
        QCOMPARE(source.stats().completed, qint64(264));
        QCOMPARE(metrics.counter(Counter::Invalid), quint64(0));
        QCOMPARE(metrics.counter(Counter::Ignored), quint64(13)); // 10 system lines, 3 deleted messages
        QCOMPARE(metrics.counter(Counter::Commands), quint64(46));
        QCOMPARE(metrics.gauge(Gauge::Sessions), qint64(1));
        // A group gets no hint for small talk, so the commands make the replies.
        QCOMPARE(source.stats().replied, qint64(46));
    }

    // Two authors: a one-to-one chat, where plain text gets the help hint
    // once per chat.
    void replaysAOneToOneChatExport()
    {
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine = makeEngine(dir);
        const QString path = QFINDTESTDATA("data/chat-viewings.txt");
        Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        for (const Message &m : messages.value())
            QVERIFY(m.groupAuthorId.isEmpty());
        TrafficSource source(*engine, std::make_unique<ReplaySchedule>(ReplayTraffic{path, messages.value(), 0, 5s}));
        source.start();
        QVERIFY(source.waitUntilDone(10s));
        engine->flush();
        const MetricsSnapshot metrics = engine->metrics();
        QCOMPARE(source.stats().completed, qint64(5));
        QCOMPARE(metrics.counter(Counter::Invalid), quint64(0));
        QCOMPARE(metrics.counter(Counter::Commands), quint64(2)); // property search, !find-contact
        QCOMPARE(metrics.gauge(Gauge::Sessions), qint64(1));
        QCOMPARE(source.stats().replied, qint64(3)); // the two commands and one hint
    }

    void chatExportIsRateLimitedPerAuthor()
    {
        QTemporaryDir dir;
        // Two messages back to back, then one every ten seconds: every
        // author of the export sends more than that within the replay.
        std::unique_ptr<Engine> engine = makeEngine(dir, RateLimitConfig{true, 0.1, 2});
        std::mutex mutex;
        QSet<QString> limited;
        const Subscription subscription = engine->events().subscribe<SenderRateLimited>(
            [&](const SenderRateLimited &e) {
                std::lock_guard lock(mutex);
                limited.insert(e.sender);
            });
        const QString path = QFINDTESTDATA("data/WhatsApp Chat with Marina Lettings June.txt");
        Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        TrafficSource source(*engine, std::make_unique<ReplaySchedule>(ReplayTraffic{path, messages.value(), 0, 5s}));
        source.start();
        QVERIFY(source.waitUntilDone(30s));
        engine->flush();
        std::lock_guard lock(mutex);
        QCOMPARE(limited.size(), qsizetype(9));
        QVERIFY(limited.contains(u"+971501234567"_qs)); // a number author is limited by its E.164
        QVERIFY(limited.contains(exportSenderIdForName(u"Sara Al Marzooqi"_qs)));
        QVERIFY(engine->metrics().counter(Counter::RateLimited) > 0);
    }
};

QTEST_GUILESS_MAIN(TestTrafficSource)
#include "tst_trafficsource.moc"
