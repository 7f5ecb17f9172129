#include "bot/runtime/clock.h"
#include "bot/runtime/eventbus.h"
#include "bot/runtime/sessionmanager.h"

#include <QTest>

using namespace std::chrono_literals;
using linda::SessionManager;
using Status = linda::SessionResult::Status;

class TestSessionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiry_data();
    void expiry();
    void touchRefreshesActivity();
    void touchReplacesExpiredSession();
    void maxCount_data();
    void maxCount();
    void sweepCounts_data();
    void sweepCounts();
    void eventsPublished();
    void stateRoundTrip();
    void stateLostOnExpiry();
    void destroyAndClear();
    void invalidConfig_data();
    void invalidConfig();
};

void TestSessionManager::expiry_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("idleMs");
    QTest::addColumn<int>("expired");

    QTest::addRow("just before timeout") << 1000 << 999 << 0;
    QTest::addRow("at timeout") << 1000 << 1000 << 1;
    QTest::addRow("long idle") << 1000 << 60'000 << 1;
    QTest::addRow("no time passed") << 30'000 << 0 << 0;
}

void TestSessionManager::expiry()
{
    QFETCH(int, timeoutMs);
    QFETCH(int, idleMs);
    QFETCH(int, expired);

    linda::ManualClock clock;
    SessionManager sessions({std::chrono::milliseconds(timeoutMs), 100}, clock);
    QVERIFY(sessions.touch(u"chat-1"_qs).ok());
    clock.advance(std::chrono::milliseconds(idleMs));

    const auto result = sessions.sweep();
    QCOMPARE(result.expired, expired);
    QCOMPARE(result.remaining, 1 - expired);
    QCOMPARE(sessions.count(), 1 - expired);
    QCOMPARE(sessions.find(u"chat-1"_qs).has_value(), expired == 0);
}

void TestSessionManager::touchRefreshesActivity()
{
    linda::ManualClock clock;
    SessionManager sessions({1000ms, 100}, clock);
    QCOMPARE(sessions.touch(u"chat"_qs).status, Status::Created);
    clock.advance(600ms);
    QCOMPARE(sessions.touch(u"chat"_qs).status, Status::Existing);
    clock.advance(600ms); // 1200 ms since creation, 600 ms since the last message

    QCOMPARE(sessions.sweep().expired, 0);
    const auto session = sessions.find(u"chat"_qs);
    QVERIFY(session.has_value());
    QCOMPARE(session->messageCount, quint64(2));
    QVERIFY(session->lastActivity - session->created == linda::Clock::Duration(600ms));
}

void TestSessionManager::touchReplacesExpiredSession()
{
    linda::ManualClock clock;
    linda::EventBus bus;
    QStringList seen;
    const auto subscription = bus.subscribe([&](const linda::Event &event) {
        if (std::holds_alternative<linda::SessionCreated>(event))
            seen << u"created"_qs;
        else if (std::holds_alternative<linda::SessionExpired>(event))
            seen << u"expired"_qs;
    });
    SessionManager sessions({1000ms, 100}, clock, &bus);
    QVERIFY(sessions.touch(u"chat"_qs).ok());
    clock.advance(1500ms);

    QCOMPARE(sessions.touch(u"chat"_qs).status, Status::Created);
    QCOMPARE(seen, (QStringList{u"created"_qs, u"expired"_qs, u"created"_qs}));
    QCOMPARE(sessions.count(), 1);
    QCOMPARE(sessions.expiredTotal(), quint64(1));
}

void TestSessionManager::maxCount_data()
{
    QTest::addColumn<int>("maxSessions");
    QTest::addColumn<int>("chats");

    QTest::addRow("one slot, two chats") << 1 << 2;
    QTest::addRow("ten slots, fifteen chats") << 10 << 15;
    QTest::addRow("exactly full") << 5 << 5;
}

void TestSessionManager::maxCount()
{
    QFETCH(int, maxSessions);
    QFETCH(int, chats);

    linda::ManualClock clock;
    SessionManager sessions({1min, maxSessions}, clock);
    int created = 0;
    int rejected = 0;
    for (int i = 0; i < chats; ++i) {
        const QString chat = u"chat-%1"_qs.arg(i);
        const auto result = sessions.touch(chat);
        if (result.ok()) {
            ++created;
            QVERIFY(result.error.isEmpty());
            continue;
        }
        ++rejected;
        QCOMPARE(result.status, Status::LimitReached);
        QVERIFY2(result.error.contains(chat), qPrintable(result.error));
        QVERIFY2(result.error.contains(QString::number(maxSessions)), qPrintable(result.error));
    }
    QCOMPARE(created, std::min(chats, maxSessions));
    QCOMPARE(rejected, std::max(0, chats - maxSessions));
    QCOMPARE(sessions.count(), created);

    // An existing chat is still served when the cap is reached.
    QCOMPARE(sessions.touch(u"chat-0"_qs).status, Status::Existing);
}

void TestSessionManager::sweepCounts_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("refreshed");

    QTest::addRow("all idle") << 200 << 0;
    QTest::addRow("half refreshed") << 200 << 100;
    QTest::addRow("all refreshed") << 50 << 50;
    QTest::addRow("none open") << 0 << 0;
}

void TestSessionManager::sweepCounts()
{
    QFETCH(int, sessions);
    QFETCH(int, refreshed);

    linda::ManualClock clock;
    SessionManager manager({30s, 10'000}, clock);
    for (int i = 0; i < sessions; ++i)
        QVERIFY(manager.touch(u"chat-%1"_qs.arg(i)).ok());
    clock.advance(20s);
    for (int i = 0; i < refreshed; ++i)
        QVERIFY(manager.touch(u"chat-%1"_qs.arg(i)).ok());
    clock.advance(15s);

    const auto result = manager.sweep();
    QCOMPARE(result.expired, sessions - refreshed);
    QCOMPARE(result.remaining, refreshed);
    QVERIFY(result.longestStall <= result.duration);
    QCOMPARE(manager.sweep().expired, 0);
}

void TestSessionManager::eventsPublished()
{
    linda::ManualClock clock;
    linda::EventBus bus;
    int created = 0;
    int expired = 0;
    int destroyed = 0;
    const auto onCreated = bus.subscribe<linda::SessionCreated>([&](const linda::SessionCreated &) { ++created; });
    const auto onExpired = bus.subscribe<linda::SessionExpired>([&](const linda::SessionExpired &e) {
        ++expired;
        QCOMPARE(e.idle, std::chrono::nanoseconds(2s));
    });
    const auto onDestroyed = bus.subscribe<linda::SessionDestroyed>([&](const linda::SessionDestroyed &) { ++destroyed; });

    SessionManager sessions({1s, 100}, clock, &bus);
    for (int i = 0; i < 4; ++i)
        QVERIFY(sessions.touch(u"chat-%1"_qs.arg(i)).ok());
    QVERIFY(sessions.destroy(u"chat-0"_qs));
    QVERIFY(!sessions.destroy(u"chat-0"_qs));
    clock.advance(2s);
    QCOMPARE(sessions.sweep().expired, 3);

    QCOMPARE(created, 4);
    QCOMPARE(destroyed, 1);
    QCOMPARE(expired, 3);
}

void TestSessionManager::stateRoundTrip()
{
    linda::ManualClock clock;
    SessionManager sessions({1min, 10}, clock);
    QVERIFY(sessions.setValue(u"chat"_qs, u"step"_qs, 2).ok());
    QVERIFY(sessions.setValue(u"chat"_qs, u"cluster"_qs, u"Marina Heights"_qs).ok());

    QCOMPARE(sessions.value(u"chat"_qs, u"step"_qs).toInt(), 2);
    QCOMPARE(sessions.value(u"chat"_qs, u"cluster"_qs).toString(), u"Marina Heights"_qs);
    QVERIFY(!sessions.value(u"chat"_qs, u"missing"_qs).isValid());
    QVERIFY(!sessions.value(u"other"_qs, u"step"_qs).isValid());
    QCOMPARE(sessions.find(u"chat"_qs)->state.size(), 2);
}

void TestSessionManager::stateLostOnExpiry()
{
    linda::ManualClock clock;
    SessionManager sessions({1min, 10}, clock);
    QVERIFY(sessions.setValue(u"chat"_qs, u"step"_qs, 2).ok());
    clock.advance(2min);

    QVERIFY(sessions.touch(u"chat"_qs).ok());
    QVERIFY(!sessions.value(u"chat"_qs, u"step"_qs).isValid());
}

void TestSessionManager::destroyAndClear()
{
    linda::ManualClock clock;
    linda::EventBus bus;
    int cleared = 0;
    const auto subscription = bus.subscribe<linda::SessionDestroyed>([&](const linda::SessionDestroyed &e) {
        if (e.reason == linda::SessionEndReason::Cleared)
            ++cleared;
    });
    SessionManager sessions({1min, 100}, clock, &bus);
    for (int i = 0; i < 30; ++i)
        QVERIFY(sessions.touch(u"chat-%1"_qs.arg(i)).ok());

    QCOMPARE(sessions.clear(), 30);
    QCOMPARE(cleared, 30);
    QCOMPARE(sessions.count(), 0);
    QCOMPARE(sessions.touch(u"chat-1"_qs).status, Status::Created);
}

void TestSessionManager::invalidConfig_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("maxSessions");
    QTest::addColumn<QString>("field");

    QTest::addRow("zero timeout") << 0 << 10 << u"idleTimeout"_qs;
    QTest::addRow("negative timeout") << -5 << 10 << u"idleTimeout"_qs;
    QTest::addRow("zero maximum") << 1000 << 0 << u"maxSessions"_qs;
    QTest::addRow("valid") << 1000 << 10 << QString();
}

void TestSessionManager::invalidConfig()
{
    QFETCH(int, timeoutMs);
    QFETCH(int, maxSessions);
    QFETCH(QString, field);

    const QString error = SessionManager::validate({std::chrono::milliseconds(timeoutMs), maxSessions});
    QCOMPARE(error.isEmpty(), field.isEmpty());
    QVERIFY2(error.contains(field), qPrintable(error));

    linda::ManualClock clock;
    SessionManager sessions({1min, 10}, clock);
    QCOMPARE(sessions.touch(QString()).status, Status::InvalidChatId);
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
