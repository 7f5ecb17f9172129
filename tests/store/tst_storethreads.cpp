#include "bot/store/store.h"

#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <latch>
#include <mutex>
#include <thread>

using namespace linda;

namespace {

enum class ThreadKind { Std, Qt };

// Runs work on count new threads of the given kind and waits until every one
// has ended (std::thread::join / QThread::wait).
void runThreads(ThreadKind kind, int count, const std::function<void(int)> &work)
{
    if (kind == ThreadKind::Std) {
        std::vector<std::thread> threads;
        for (int i = 0; i < count; ++i)
            threads.emplace_back(work, i);
        for (auto &thread : threads)
            thread.join();
        return;
    }
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i)
        threads.emplace_back(QThread::create(work, i));
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        thread->wait();
}

MessageLogEntry makeMessage(int thread, int index)
{
    MessageLogEntry entry;
    entry.messageId = QStringLiteral("t%1-m%2").arg(thread).arg(index);
    entry.chat = QStringLiteral("chat-%1").arg(thread);
    entry.sender = QStringLiteral("+97150%1").arg(1000000 + thread);
    entry.type = QStringLiteral("text");
    entry.receivedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + index, Qt::UTC);
    entry.body = QStringLiteral("body of %1 from thread %2 ' \" ;").arg(index).arg(thread);
    return entry;
}

} // namespace

class TestStoreThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void concurrentWritersLoseNoRow_data();
    void concurrentWritersLoseNoRow();
    void eachThreadHasOwnConnection_data();
    void eachThreadHasOwnConnection();
    void connectionsRemovedWhenThreadsEnd_data();
    void connectionsRemovedWhenThreadsEnd();
    void hundredOpenReleaseCycles();
    void releaseThreadConnectionRemovesNow();
    void storeDestroyedBeforeThreadEnds();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestStoreThreads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Store::open(m_dir->filePath(QStringLiteral("threads.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
}

void TestStoreThreads::cleanup()
{
    m_store.reset();
    m_dir.reset();
    QCOMPARE(Store::totalConnectionCount(), 0);
}

void TestStoreThreads::concurrentWritersLoseNoRow_data()
{
    QTest::addColumn<ThreadKind>("kind");
    QTest::addRow("std::thread") << ThreadKind::Std;
    QTest::addRow("QThread") << ThreadKind::Qt;
}

void TestStoreThreads::concurrentWritersLoseNoRow()
{
    QFETCH(ThreadKind, kind);
    constexpr int threadCount = 8;
    constexpr int batches = 10;
    constexpr int batchSize = 20;
    constexpr int singles = 20;

    std::mutex errorsMutex;
    QStringList errors;
    std::latch start(threadCount);
    runThreads(kind, threadCount, [&](int thread) {
        start.arrive_and_wait(); // all threads write at the same moment
        const auto fail = [&](const QString &error) {
            std::lock_guard lock(errorsMutex);
            errors << error;
        };
        int index = 0;
        for (int b = 0; b < batches; ++b) {
            QList<MessageLogEntry> batch;
            for (int i = 0; i < batchSize; ++i)
                batch << makeMessage(thread, index++);
            if (const Status status = m_store->logs().appendMessages(batch); !status)
                fail(status.error());
        }
        for (int i = 0; i < singles; ++i) {
            if (const Status status = m_store->logs().appendMessage(makeMessage(thread, index++)); !status)
                fail(status.error());
        }
    });
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    constexpr int perThread = batches * batchSize + singles;
    QCOMPARE(m_store->logs().messageCount().value(), qint64(threadCount * perThread));
    for (int thread = 0; thread < threadCount; ++thread) {
        const auto rows = m_store->logs().messagesForChat(QStringLiteral("chat-%1").arg(thread));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), perThread);
        // Each thread's rows arrive whole and in the order it wrote them.
        for (int i = 0; i < perThread; ++i) {
            const MessageLogEntry expected = makeMessage(thread, i);
            QCOMPARE(rows->at(i).messageId, expected.messageId);
            QCOMPARE(rows->at(i).body, expected.body);
            QCOMPARE(rows->at(i).receivedAt, expected.receivedAt);
        }
    }
}

void TestStoreThreads::eachThreadHasOwnConnection_data()
{
    concurrentWritersLoseNoRow_data();
}

void TestStoreThreads::eachThreadHasOwnConnection()
{
    QFETCH(ThreadKind, kind);
    constexpr int threadCount = 6;
    const int before = m_store->connectionCount();

    std::mutex namesMutex;
    QSet<QString> names;
    std::atomic<int> peak{0};
    std::latch opened(threadCount);
    runThreads(kind, threadCount, [&](int) {
        const QString name = m_store->threadConnectionName();
        {
            std::lock_guard lock(namesMutex);
            names.insert(name);
        }
        opened.arrive_and_wait(); // every thread has its connection open here
        int seen = m_store->connectionCount();
        int expected = peak.load();
        while (seen > expected && !peak.compare_exchange_weak(expected, seen)) {
        }
    });

    QCOMPARE(names.size(), threadCount);
    QVERIFY(!names.contains(QString()));
    QCOMPARE(peak.load(), before + threadCount);
}

void TestStoreThreads::connectionsRemovedWhenThreadsEnd_data()
{
    concurrentWritersLoseNoRow_data();
}

void TestStoreThreads::connectionsRemovedWhenThreadsEnd()
{
    QFETCH(ThreadKind, kind);
    const int before = Store::totalConnectionCount();
    const QStringList namesBefore = QSqlDatabase::connectionNames();

    runThreads(kind, 8, [&](int i) {
        (void)m_store->contacts().count();
        (void)m_store->logs().appendMessage(makeMessage(i, 0));
    });

    QCOMPARE(Store::totalConnectionCount(), before);
    QCOMPARE(m_store->connectionCount(), before);
    QCOMPARE(QSqlDatabase::connectionNames(), namesBefore);
}

void TestStoreThreads::hundredOpenReleaseCycles()
{
    const int before = Store::totalConnectionCount();
    const qsizetype namesBefore = QSqlDatabase::connectionNames().size();
    for (int i = 0; i < 100; ++i) {
        std::thread([&] { (void)m_store->properties().counts(); }).join();
        QCOMPARE(Store::totalConnectionCount(), before);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), namesBefore);
}

void TestStoreThreads::releaseThreadConnectionRemovesNow()
{
    const QString name = m_store->threadConnectionName();
    QVERIFY(QSqlDatabase::contains(name));
    const int before = m_store->connectionCount();

    m_store->releaseThreadConnection();
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(m_store->connectionCount(), before - 1);

    // The next call opens a fresh connection with a new name.
    QVERIFY(m_store->contacts().count().ok());
    QCOMPARE(m_store->connectionCount(), before);
    QVERIFY(m_store->threadConnectionName() != name);
}

void TestStoreThreads::storeDestroyedBeforeThreadEnds()
{
    std::latch connected(2);
    std::latch storeGone(1);
    std::thread worker([&] {
        (void)m_store->contacts().count();
        connected.arrive_and_wait();
        storeGone.wait();
    });
    connected.arrive_and_wait();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"destroyed while 1 other threads"_qs));
    m_store.reset();
    QCOMPARE(Store::totalConnectionCount(), 1); // the worker's, until it ends
    storeGone.count_down();
    worker.join();
    QCOMPARE(Store::totalConnectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestStoreThreads)
#include "tst_storethreads.moc"
