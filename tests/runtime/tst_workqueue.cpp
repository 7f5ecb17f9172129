#include "bot/runtime/workqueue.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using linda::ShutdownMode;
using linda::SubmitResult;
using linda::TaskAction;
using linda::WorkQueue;

class TestWorkQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderPerChat_data();
    void orderPerChat();
    void fullQueueRejects();
    void blockingSubmitWaitsForSpace();
    void shutdownDrain_data();
    void shutdownDrain();
    void shutdownCancel();
    void submitAfterShutdown();
    void statsSample();
    void throwingTaskCounted();
    void invalidConfig_data();
    void invalidConfig();
};

namespace {

// Occupies one worker until released, so tests can fill the queue behind it.
struct Blocker
{
    QSemaphore started;
    QSemaphore release;

    WorkQueue::Task task()
    {
        return [this](TaskAction action) {
            if (action == TaskAction::Run) {
                started.release();
                release.acquire();
            }
        };
    }
};

} // namespace

void TestWorkQueue::orderPerChat_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("chats");
    QTest::addColumn<int>("messages");

    QTest::addRow("4 workers, default lanes") << 4 << 0 << 50 << 20'000;
    QTest::addRow("4 workers, one lane") << 4 << 1 << 10 << 5000;
    QTest::addRow("4 workers, many lanes") << 4 << 1024 << 500 << 20'000;
    QTest::addRow("8 workers, one chat") << 8 << 0 << 1 << 5000;
}

void TestWorkQueue::orderPerChat()
{
    QFETCH(int, workers);
    QFETCH(int, lanes);
    QFETCH(int, chats);
    QFETCH(int, messages);

    std::vector<int> lastSeen(std::size_t(chats), -1); // per chat; written only by the chat's running task
    std::atomic<int> violations{0};
    std::atomic<int> ran{0};
    {
        WorkQueue queue({workers, messages, lanes});
        for (int i = 0; i < messages; ++i) {
            const int chat = i % chats;
            const int sequence = i / chats;
            const auto result = queue.submit(u"chat-%1"_qs.arg(chat), [&, chat, sequence](TaskAction action) {
                if (action != TaskAction::Run)
                    return;
                int &last = lastSeen[std::size_t(chat)];
                if (sequence != last + 1)
                    ++violations;
                last = sequence;
                ++ran;
            });
            QCOMPARE(result, SubmitResult::Accepted);
        }
        queue.waitIdle();
        QCOMPARE(queue.stats().processed, quint64(messages));
    }
    QCOMPARE(violations.load(), 0);
    QCOMPARE(ran.load(), messages);
}

void TestWorkQueue::fullQueueRejects()
{
    WorkQueue queue({1, 4, 0});
    Blocker blocker;
    QCOMPARE(queue.submit(u"a"_qs, blocker.task()), SubmitResult::Accepted);
    blocker.started.acquire(); // the worker is busy, so nothing leaves the queue

    std::atomic<int> ran{0};
    const auto count = [&](TaskAction action) {
        if (action == TaskAction::Run)
            ++ran;
    };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(queue.submit(u"b"_qs, count), SubmitResult::Accepted);
    QCOMPARE(queue.submit(u"b"_qs, count), SubmitResult::Full);
    QCOMPARE(queue.submit(u"c"_qs, count, 20ms), SubmitResult::Full);
    QCOMPARE(queue.stats().rejected, quint64(2));
    QCOMPARE(queue.stats().depth, 4);

    blocker.release.release();
    queue.waitIdle();
    QCOMPARE(ran.load(), 4);
    QCOMPARE(queue.stats().processed, quint64(5));
}

void TestWorkQueue::blockingSubmitWaitsForSpace()
{
    WorkQueue queue({1, 1, 0});
    Blocker blocker;
    QCOMPARE(queue.submit(u"a"_qs, blocker.task()), SubmitResult::Accepted);
    blocker.started.acquire();
    QCOMPARE(queue.submit(u"a"_qs, [](TaskAction) {}), SubmitResult::Accepted); // fills the queue

    std::atomic<int> result{-1};
    std::thread submitter([&] { result = int(queue.submit(u"a"_qs, [](TaskAction) {}, 60s)); });
    QTest::qWait(20);
    QCOMPARE(result.load(), -1); // still waiting for space
    blocker.release.release();
    submitter.join();
    QCOMPARE(result.load(), int(SubmitResult::Accepted));
    queue.waitIdle();
    QCOMPARE(queue.stats().processed, quint64(3));
    QCOMPARE(queue.stats().rejected, quint64(0));
}

void TestWorkQueue::shutdownDrain_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("tasks");

    QTest::addRow("1 worker") << 1 << 1000;
    QTest::addRow("4 workers") << 4 << 5000;
}

void TestWorkQueue::shutdownDrain()
{
    QFETCH(int, workers);
    QFETCH(int, tasks);

    WorkQueue queue({workers, tasks, 0});
    std::atomic<int> ran{0};
    for (int i = 0; i < tasks; ++i) {
        QCOMPARE(queue.submit(u"chat-%1"_qs.arg(i % 7), [&](TaskAction action) {
            if (action == TaskAction::Run)
                ++ran;
        }),
                 SubmitResult::Accepted);
    }
    const quint64 doneBefore = queue.stats().processed;
    const auto result = queue.shutdown(ShutdownMode::Drain);

    QCOMPARE(result.cancelled, quint64(0));
    QCOMPARE(doneBefore + result.completed, quint64(tasks));
    QCOMPARE(ran.load(), tasks);
    QCOMPARE(queue.stats().depth, 0);
}

void TestWorkQueue::shutdownCancel()
{
    WorkQueue queue({1, 1000, 0});
    Blocker blocker;
    QCOMPARE(queue.submit(u"a"_qs, blocker.task()), SubmitResult::Accepted);
    blocker.started.acquire();

    std::atomic<int> ran{0};
    std::atomic<int> cancelled{0};
    const auto task = [&](TaskAction action) { ++(action == TaskAction::Run ? ran : cancelled); };
    int accepted = 0;
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(queue.submit(u"chat-%1"_qs.arg(i % 5), task), SubmitResult::Accepted);
        ++accepted;
    }

    linda::ShutdownResult result;
    std::thread stopper([&] { result = queue.shutdown(ShutdownMode::Cancel); });
    // Submit until the queue reports it is stopping; accepted ones must be cancelled too.
    for (;;) {
        const auto submitted = queue.submit(u"late"_qs, task);
        if (submitted == SubmitResult::Stopped)
            break;
        if (submitted == SubmitResult::Accepted)
            ++accepted;
        else
            std::this_thread::yield(); // Full: the blocked worker frees nothing until shutdown begins
    }
    blocker.release.release();
    stopper.join();

    QCOMPARE(ran.load(), 0);
    QCOMPARE(cancelled.load(), accepted);
    QCOMPARE(result.cancelled, quint64(accepted));
    QCOMPARE(result.completed, quint64(1)); // the blocker finished during shutdown
    QCOMPARE(queue.stats().cancelled, quint64(accepted));
}

void TestWorkQueue::submitAfterShutdown()
{
    WorkQueue queue({2, 10, 0});
    queue.shutdown(ShutdownMode::Drain);
    bool called = false;
    QCOMPARE(queue.submit(u"a"_qs, [&](TaskAction) { called = true; }), SubmitResult::Stopped);
    QVERIFY(!called);
    QCOMPARE(queue.stats().rejected, quint64(1));
    const auto second = queue.shutdown(ShutdownMode::Drain);
    QCOMPARE(second.completed, quint64(0));
}

void TestWorkQueue::statsSample()
{
    WorkQueue queue({2, 100, 0});
    Blocker first;
    Blocker second;
    QCOMPARE(queue.submit(u"a"_qs, first.task()), SubmitResult::Accepted);
    QCOMPARE(queue.submit(u"b"_qs, second.task()), SubmitResult::Accepted);
    first.started.acquire();
    second.started.acquire();
    for (int i = 0; i < 10; ++i)
        QCOMPARE(queue.submit(u"a"_qs, [](TaskAction) {}), SubmitResult::Accepted);

    auto stats = queue.stats();
    QCOMPARE(stats.workers, 2);
    QCOMPARE(stats.busyWorkers, 2);
    QCOMPARE(stats.utilization(), 1.0);
    QCOMPARE(stats.depth, 10);
    QCOMPARE(stats.maxDepth, 10);
    QCOMPARE(stats.submitted, quint64(12));

    first.release.release();
    second.release.release();
    queue.waitIdle();
    stats = queue.stats();
    QCOMPARE(stats.depth, 0);
    QCOMPARE(stats.maxDepth, 10);
    QCOMPARE(stats.busyWorkers, 0);
    QCOMPARE(stats.processed, quint64(12));
}

void TestWorkQueue::throwingTaskCounted()
{
    WorkQueue queue({1, 10, 0});
    QCOMPARE(queue.submit(u"a"_qs, [](TaskAction) { throw std::runtime_error("handler failed"); }),
             SubmitResult::Accepted);
    bool after = false;
    QCOMPARE(queue.submit(u"a"_qs, [&](TaskAction) { after = true; }), SubmitResult::Accepted);
    queue.waitIdle();
    QVERIFY(after);
    QCOMPARE(queue.stats().failed, quint64(1));
    QCOMPARE(queue.stats().processed, quint64(2));
}

void TestWorkQueue::invalidConfig_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<QString>("field");

    QTest::addRow("no workers") << 0 << 10 << 0 << u"workers"_qs;
    QTest::addRow("too many workers") << 1000 << 10 << 0 << u"workers"_qs;
    QTest::addRow("zero capacity") << 2 << 0 << 0 << u"capacity"_qs;
    QTest::addRow("negative lanes") << 2 << 10 << -1 << u"lanes"_qs;
    QTest::addRow("valid") << 2 << 10 << 0 << QString();
}

void TestWorkQueue::invalidConfig()
{
    QFETCH(int, workers);
    QFETCH(int, capacity);
    QFETCH(int, lanes);
    QFETCH(QString, field);

    const QString error = WorkQueue::validate({workers, capacity, lanes});
    QCOMPARE(error.isEmpty(), field.isEmpty());
    QVERIFY2(error.contains(field), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkQueue)
#include "tst_workqueue.moc"
