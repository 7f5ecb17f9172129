#include "bot/runtime/eventbus.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using linda::EventBus;
using linda::Subscription;

class TestEventBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedDelivery_data();
    void typedDelivery();
    void raiiUnsubscribes();
    void moveKeepsSubscription();
    void unsubscribeInsideHandler();
    void subscriptionOutlivesBus();
    void resetWaitsForRunningHandler();
    void concurrentPublishSmoke();
};

void TestEventBus::typedDelivery_data()
{
    QTest::addColumn<int>("sessionCreated");
    QTest::addColumn<int>("sessionExpired");
    QTest::addColumn<int>("rateLimited");

    QTest::addRow("only sessions created") << 3 << 0 << 0;
    QTest::addRow("mixed") << 2 << 5 << 1;
    QTest::addRow("none of the typed kind") << 0 << 4 << 0;
}

void TestEventBus::typedDelivery()
{
    QFETCH(int, sessionCreated);
    QFETCH(int, sessionExpired);
    QFETCH(int, rateLimited);

    EventBus bus;
    int typed = 0;
    int all = 0;
    QStringList chats;
    const auto onCreated = bus.subscribe<linda::SessionCreated>([&](const linda::SessionCreated &e) {
        ++typed;
        chats << e.chatId;
    });
    const auto onAll = bus.subscribe([&](const linda::Event &) { ++all; });
    QVERIFY(bus.hasSubscribers<linda::SessionCreated>());
    QVERIFY(bus.hasSubscribers<linda::MessageHandled>()); // through the catch-all

    for (int i = 0; i < sessionCreated; ++i)
        bus.publish(linda::SessionCreated{u"chat-%1"_qs.arg(i)});
    for (int i = 0; i < sessionExpired; ++i)
        bus.publish(linda::SessionExpired{u"chat"_qs, {}});
    for (int i = 0; i < rateLimited; ++i)
        bus.publish(linda::SenderRateLimited{u"+971501234567"_qs, true});

    QCOMPARE(typed, sessionCreated);
    QCOMPARE(all, sessionCreated + sessionExpired + rateLimited);
    if (sessionCreated > 0)
        QCOMPARE(chats.first(), u"chat-0"_qs);
}

void TestEventBus::raiiUnsubscribes()
{
    EventBus bus;
    int calls = 0;
    {
        std::vector<Subscription> subscriptions;
        for (int i = 0; i < 100; ++i)
            subscriptions.push_back(bus.subscribe([&](const linda::Event &) { ++calls; }));
        QCOMPARE(bus.subscriptionCount(), std::size_t(100));
        bus.publish(linda::SessionCreated{u"chat"_qs});
    }
    QCOMPARE(bus.subscriptionCount(), std::size_t(0));
    QVERIFY(!bus.hasSubscribers<linda::SessionCreated>());
    bus.publish(linda::SessionCreated{u"chat"_qs});
    QCOMPARE(calls, 100);
}

void TestEventBus::moveKeepsSubscription()
{
    EventBus bus;
    int calls = 0;
    Subscription outer;
    QVERIFY(!outer.isActive());
    {
        Subscription inner = bus.subscribe([&](const linda::Event &) { ++calls; });
        outer = std::move(inner);
    }
    QVERIFY(outer.isActive());
    QCOMPARE(bus.subscriptionCount(), std::size_t(1));
    bus.publish(linda::SessionCreated{u"chat"_qs});
    QCOMPARE(calls, 1);

    outer.reset();
    QVERIFY(!outer.isActive());
    QCOMPARE(bus.subscriptionCount(), std::size_t(0));
}

void TestEventBus::unsubscribeInsideHandler()
{
    EventBus bus;
    int calls = 0;
    Subscription self;
    self = bus.subscribe([&](const linda::Event &) {
        ++calls;
        self.reset(); // must not wait for its own call
    });
    bus.publish(linda::SessionCreated{u"a"_qs});
    bus.publish(linda::SessionCreated{u"b"_qs});
    QCOMPARE(calls, 1);
    QCOMPARE(bus.subscriptionCount(), std::size_t(0));
}

void TestEventBus::subscriptionOutlivesBus()
{
    Subscription subscription;
    {
        EventBus bus;
        subscription = bus.subscribe([](const linda::Event &) {});
        QVERIFY(subscription.isActive());
    }
    QVERIFY(!subscription.isActive());
    subscription.reset(); // must be harmless after the bus is gone
}

void TestEventBus::resetWaitsForRunningHandler()
{
    EventBus bus;
    QSemaphore entered;
    QSemaphore release;
    std::atomic<bool> finished{false};
    Subscription subscription = bus.subscribe([&](const linda::Event &) {
        entered.release();
        release.acquire();
        finished = true;
    });

    std::thread publisher([&] { bus.publish(linda::SessionCreated{u"chat"_qs}); });
    entered.acquire();
    std::atomic<bool> resetReturned{false};
    bool finishedWhenResetReturned = false;
    std::thread unsubscriber([&] {
        subscription.reset();
        finishedWhenResetReturned = finished;
        resetReturned = true;
    });
    QTest::qWait(50); // give reset() the chance to return early if it were wrong
    QVERIFY(!resetReturned);
    release.release();
    unsubscriber.join();
    publisher.join();
    QVERIFY(finishedWhenResetReturned);
}

void TestEventBus::concurrentPublishSmoke()
{
    EventBus bus;
    std::atomic<int> received{0};
    const auto steady = bus.subscribe<linda::MessageHandled>([&](const linda::MessageHandled &) { ++received; });

    constexpr int Publishers = 4;
    constexpr int PerPublisher = 5000;
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back([&] {
            while (!stop) {
                auto transient = bus.subscribe([](const linda::Event &) {});
                bus.publish(linda::EngineError{});
            }
        });
    }
    std::vector<std::thread> publishers;
    for (int p = 0; p < Publishers; ++p) {
        publishers.emplace_back([&] {
            for (int i = 0; i < PerPublisher; ++i)
                bus.publish(linda::MessageHandled{});
        });
    }
    for (auto &t : publishers)
        t.join();
    stop = true;
    for (auto &t : threads)
        t.join();

    QCOMPARE(received.load(), Publishers * PerPublisher);
    QCOMPARE(bus.subscriptionCount(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestEventBus)
#include "tst_eventbus.moc"
