#include <health/exportidentity.h>
#include <health/trafficschedule.h>

#include <QSet>
#include <QTest>

using namespace linda;
using namespace std::chrono_literals;

namespace {

QList<TrafficItem> drain(TrafficSchedule &schedule, qsizetype limit = 1'000'000)
{
    QList<TrafficItem> items;
    while (items.size() < limit) {
        std::optional<TrafficItem> item = schedule.next();
        if (!item)
            break;
        items.append(std::move(*item));
    }
    return items;
}

SyntheticTraffic traffic(double rate, double duration, quint32 seed = 7)
{
    SyntheticTraffic t;
    t.messagesPerSecond = rate;
    t.durationSeconds = duration;
    t.senders = 25;
    t.seed = seed;
    return t;
}

bool isCommand(const Message &m)
{
    return m.body.startsWith(u'!') || m.body.startsWith(u'/') || m.body.startsWith(u"property search "_qs);
}

bool isMedia(const Message &m)
{
    return m.type != MessageType::Text || m.kind != MessageKind::Regular;
}

} // namespace

class TestTrafficSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntheticCount_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("duration");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("light 5/s for 10 s") << 5.0 << 10.0 << qint64(50);
        QTest::addRow("heavy 100/s for 10 s") << 100.0 << 10.0 << qint64(1000);
        QTest::addRow("spike 500/s for 5 s") << 500.0 << 5.0 << qint64(2500);
        QTest::addRow("fractional 3/s for 1.5 s") << 3.0 << 1.5 << qint64(5);
    }
    void syntheticCount()
    {
        QFETCH(double, rate);
        QFETCH(double, duration);
        QFETCH(qint64, expected);
        SyntheticSchedule schedule(traffic(rate, duration));
        QCOMPARE(schedule.plannedCount(), expected);
        const QList<TrafficItem> items = drain(schedule);
        QCOMPARE(items.size(), expected);
        QVERIFY(items.last().offset < std::chrono::nanoseconds(qint64(duration * 1e9)));
    }

    void syntheticWindowHoldsRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("windowStart");
        QTest::addColumn<double>("windowLength");
        QTest::addRow("100/s, 1 s window") << 100.0 << 2.0 << 1.0;
        QTest::addRow("25/s, 0.4 s window") << 25.0 << 0.3 << 0.4;
        QTest::addRow("500/s, 0.1 s window") << 500.0 << 1.05 << 0.1;
    }
    void syntheticWindowHoldsRate()
    {
        QFETCH(double, rate);
        QFETCH(double, windowStart);
        QFETCH(double, windowLength);
        SyntheticSchedule schedule(traffic(rate, 10));
        const auto from = std::chrono::nanoseconds(qint64(windowStart * 1e9));
        const auto to = std::chrono::nanoseconds(qint64((windowStart + windowLength) * 1e9));
        qint64 inWindow = 0;
        for (const TrafficItem &item : drain(schedule))
            inWindow += (item.offset >= from && item.offset < to) ? 1 : 0;
        const double expected = rate * windowLength;
        QVERIFY2(std::abs(double(inWindow) - expected) <= 1.0,
                 qPrintable(u"%1 items in the window, expected %2"_qs.arg(inWindow).arg(expected)));
    }

    void syntheticOffsetsNeverDecrease()
    {
        SyntheticSchedule schedule(traffic(250, 2));
        std::chrono::nanoseconds previous{-1};
        for (const TrafficItem &item : drain(schedule)) {
            QVERIFY(item.offset > previous);
            previous = item.offset;
        }
    }

    void syntheticMixMatchesShares()
    {
        SyntheticSchedule schedule(traffic(1000, 10));
        qint64 commands = 0;
        qint64 media = 0;
        qint64 total = 0;
        for (const TrafficItem &item : drain(schedule)) {
            ++total;
            commands += isCommand(item.message) ? 1 : 0;
            media += isMedia(item.message) ? 1 : 0;
        }
        QCOMPARE(total, qint64(10'000));
        // 10 000 draws: three standard deviations are about 1.2 percentage points.
        QVERIFY2(std::abs(double(commands) / double(total) - 0.20) < 0.02, qPrintable(QString::number(commands)));
        QVERIFY2(std::abs(double(media) / double(total) - 0.10) < 0.02, qPrintable(QString::number(media)));
    }

    void syntheticCommandsCoverEveryKind()
    {
        const QStringList kinds = {u"property search "_qs, u"!find-contact "_qs, u"!property list 5"_qs,
                                   u"!property available"_qs, u"!help"_qs, u"/status"_qs};
        SyntheticSchedule schedule(traffic(1000, 10));
        QSet<QString> seen;
        for (const TrafficItem &item : drain(schedule)) {
            for (const QString &kind : kinds) {
                if (item.message.body.startsWith(kind))
                    seen.insert(kind);
            }
        }
        for (const QString &kind : kinds)
            QVERIFY2(seen.contains(kind), qPrintable(kind));
    }

    void syntheticMessagesAreValid()
    {
        SyntheticSchedule schedule(traffic(100, 2));
        for (const TrafficItem &item : drain(schedule)) {
            QVERIFY(!item.message.id.isEmpty());
            QVERIFY(!item.message.chatId.isEmpty());
            QVERIFY(item.message.sender.has_value());
            QVERIFY(item.message.sender->startsWith(u"+971"_qs));
        }
    }

    void syntheticSameSeedSameMessages()
    {
        SyntheticSchedule a(traffic(50, 2, 11));
        SyntheticSchedule b(traffic(50, 2, 11));
        SyntheticSchedule c(traffic(50, 2, 12));
        QStringList bodiesA;
        QStringList bodiesB;
        QStringList bodiesC;
        for (const TrafficItem &i : drain(a))
            bodiesA << i.message.senderId + i.message.body;
        for (const TrafficItem &i : drain(b))
            bodiesB << i.message.senderId + i.message.body;
        for (const TrafficItem &i : drain(c))
            bodiesC << i.message.senderId + i.message.body;
        QCOMPARE(bodiesA, bodiesB);
        QVERIFY(bodiesA != bodiesC);
    }

    void unlimitedDurationHasNoEnd()
    {
        SyntheticSchedule schedule(traffic(10, 0));
        QCOMPARE(schedule.plannedCount(), qint64(-1));
        QCOMPARE(drain(schedule, 5000).size(), qsizetype(5000));
    }

    void scenarioFromFixtures_data()
    {
        QTest::addColumn<QString>("caseId");
        QTest::addColumn<QString>("name");
        for (const char *name : {"light", "medium", "heavy", "spike"})
            QTest::addRow("%s", name) << u"load.scenario."_qs + QLatin1StringView(name) << QString::fromLatin1(name);
    }
    void scenarioFromFixtures()
    {
        QFETCH(QString, caseId);
        QFETCH(QString, name);
        const FixturesLoadResult loaded = fixtures::loadBundled();
        QVERIFY(loaded.ok());
        const ArrivalRateScenario *scenario = loaded.fixtures.arrivalRateScenario(caseId);
        QVERIFY(scenario);
        const SyntheticTraffic t = SyntheticTraffic::fromScenario(*scenario);
        QCOMPARE(t.name, name);
        QCOMPARE(t.messagesPerSecond, scenario->messagesPerSecond);
        QCOMPARE(t.senders, scenario->connections);
        SyntheticSchedule schedule(t);
        QCOMPARE(schedule.plannedCount(), qint64(scenario->expectedHandled));
    }

    void validateRejects_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("senders");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("zero rate") << 0.0 << 5 << u"rate"_qs;
        QTest::addRow("negative rate") << -3.0 << 5 << u"rate"_qs;
        QTest::addRow("no senders") << 5.0 << 0 << u"sender"_qs;
    }
    void validateRejects()
    {
        QFETCH(double, rate);
        QFETCH(int, senders);
        QFETCH(QString, fragment);
        SyntheticTraffic t = traffic(rate, 1);
        t.senders = senders;
        const QString problem = SyntheticSchedule::validate(t);
        QVERIFY2(problem.contains(fragment), qPrintable(problem));
        QVERIFY(SyntheticSchedule::validate(traffic(5, 1)).isEmpty());
    }

    void replayKeepsFileOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("bodies");
        QTest::addRow("chat export") << u"data/chat-viewings.txt"_qs
                                     << QStringList{u"Hi, is the 2 bedroom in Marina Heights still available?"_qs,
                                                    u"property search Marina"_qs,
                                                    u"Yes, viewing on Saturday works"_qs, u"!find-contact Khan"_qs,
                                                    u"Sorry for the late reply, the keys are with the building manager"_qs};
        QTest::addRow("whatsapp-web.js NDJSON")
            << u"data/wwebjs-burst.ndjson"_qs
            << QStringList{u"!property list 5"_qs, u"And anything in Downtown?"_qs, u"!help"_qs};
        QTest::addRow("webhook") << u"data/webhook-pair.json"_qs
                                 << QStringList{u"property search Marina"_qs, u"Thanks!"_qs};
    }
    void replayKeepsFileOrder()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, bodies);
        const QString path = QFINDTESTDATA(file);
        QVERIFY(!path.isEmpty());
        Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        ReplaySchedule schedule({path, messages.value(), 1.0, 5s});
        QCOMPARE(schedule.plannedCount(), qint64(bodies.size()));
        QStringList replayed;
        std::chrono::nanoseconds previous{0};
        for (const TrafficItem &item : drain(schedule)) {
            QVERIFY(item.offset >= previous);
            previous = item.offset;
            replayed << item.message.body;
        }
        QCOMPARE(replayed, bodies);
    }

    void replayPace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("speed");
        QTest::addColumn<QList<qint64>>("offsetsMs");
        // Gaps of 0, 0, 2 min, 3 min and 3 h; the last is capped at 5 s.
        QTest::addRow("chat export at 60x") << u"data/chat-viewings.txt"_qs << 60.0
                                            << QList<qint64>{0, 0, 2000, 5000, 10000};
        QTest::addRow("chat export as fast as possible") << u"data/chat-viewings.txt"_qs << 0.0
                                                         << QList<qint64>{0, 0, 0, 0, 0};
        QTest::addRow("wwebjs at recorded pace") << u"data/wwebjs-burst.ndjson"_qs << 1.0
                                                 << QList<qint64>{0, 500, 2500};
        QTest::addRow("wwebjs at 2x") << u"data/wwebjs-burst.ndjson"_qs << 2.0 << QList<qint64>{0, 250, 1250};
        QTest::addRow("webhook at recorded pace") << u"data/webhook-pair.json"_qs << 1.0 << QList<qint64>{0, 4000};
    }
    void replayPace()
    {
        QFETCH(QString, file);
        QFETCH(double, speed);
        QFETCH(QList<qint64>, offsetsMs);
        const QString path = QFINDTESTDATA(file);
        Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        ReplaySchedule schedule({path, messages.value(), speed, 5s});
        QList<qint64> offsets;
        for (const TrafficItem &item : drain(schedule))
            offsets << std::chrono::duration_cast<std::chrono::milliseconds>(item.offset).count();
        QCOMPARE(offsets, offsetsMs);
    }

    void replayNamesItsSenders()
    {
        const QString path = QFINDTESTDATA("data/WhatsApp Chat with Marina Lettings June.txt");
        Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        const QHash<QString, QString> names = ReplaySchedule({path, messages.value(), 1.0, 5s}).senderNames();
        // Six named authors; the three shown as numbers need no name.
        QCOMPARE(names.size(), qsizetype(6));
        QCOMPARE(names.value(exportSenderIdForName(u"Sara Al Marzooqi"_qs)), u"Sara Al Marzooqi"_qs);
        QCOMPARE(names.value(exportSenderIdForName(u"Fatima (Downtown)"_qs)), u"Fatima (Downtown)"_qs);
        QVERIFY(!names.contains(u"+971501234567"_qs));
        QVERIFY(SyntheticSchedule(traffic(10, 1)).senderNames().isEmpty());
    }

    void replayFileErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("empty file") << QFINDTESTDATA("data/empty.txt") << u"is empty"_qs;
        QTest::addRow("missing file") << QFINDTESTDATA("data") + u"/no-such-file.json"_qs << u"Cannot read"_qs;
    }
    void replayFileErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const Result<QList<Message>> messages = loadReplayMessages(path);
        QVERIFY(!messages.ok());
        QVERIFY2(messages.error().contains(fragment), qPrintable(messages.error()));
        QVERIFY2(messages.error().contains(path), qPrintable(messages.error()));
    }
};

QTEST_GUILESS_MAIN(TestTrafficSchedule)
#include "tst_trafficschedule.moc"
