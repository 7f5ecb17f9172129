// The engine's log writer. Every appended row reaches the database, from
// many threads and through groups larger than one transaction. A row the
// database rejects loses only itself. Checkpoints run off the writer thread.

#include "bot/runtime/logwriter.h"
#include "bot/runtime/metrics.h"
#include "bot/store/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace linda;

namespace {

MessageLogEntry messageRow(const QString &id)
{
    MessageLogEntry row;
    row.messageId = id;
    row.chat = u"971501234567@c.us"_qs;
    row.sender = u"+971501234567"_qs;
    row.type = u"text"_qs;
    row.receivedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    row.body = u"Is unit %1 still free?"_qs.arg(id);
    return row;
}

CommandLogEntry commandRow(int i)
{
    CommandLogEntry row;
    row.command = u"status"_qs;
    row.args = QString::number(i);
    row.chat = u"971501234567@c.us"_qs;
    row.sender = u"+971501234567"_qs;
    return row;
}

qint64 count(Store &store, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(store.threadConnectionName(), false));
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestLogWriter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Store::open(m_dir.filePath(u"log-%1.sqlite"_qs.arg(m_files++)));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_store = std::move(opened).value();
    }

    void cleanup()
    {
        m_store.reset();
    }

    void everyRowFromManyThreads_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("backlogLimit");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("rowsPerThread");
        QTest::newRow("default group, 8 threads") << 4096 << 100'000 << 8 << 500;
        // The writer takes every waiting row and commits it in several groups.
        QTest::newRow("groups of 7, backlog of 50") << 7 << 50 << 8 << 300;
        QTest::newRow("groups of 1") << 1 << 1 << 4 << 100;
    }

    void everyRowFromManyThreads()
    {
        QFETCH(int, batchSize);
        QFETCH(int, backlogLimit);
        QFETCH(int, threads);
        QFETCH(int, rowsPerThread);
        Metrics metrics;
        LogWriter writer(*m_store, metrics, {batchSize, backlogLimit, std::chrono::milliseconds(5), 1000});
        std::vector<std::thread> producers;
        for (int t = 0; t < threads; ++t) {
            producers.emplace_back([&, t] {
                for (int i = 0; i < rowsPerThread; ++i) {
                    writer.append(messageRow(u"t%1-%2"_qs.arg(t).arg(i)));
                    if (i % 10 == 0)
                        writer.append(commandRow(i));
                }
            });
        }
        for (auto &p : producers)
            p.join();
        writer.flush();

        const qint64 messages = qint64(threads) * rowsPerThread;
        const qint64 commands = qint64(threads) * ((rowsPerThread + 9) / 10);
        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM message_log"_qs), messages);
        QCOMPARE(count(*m_store, u"SELECT COUNT(DISTINCT message_id) FROM message_log"_qs), messages);
        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM command_log"_qs), commands);
        QCOMPARE(writer.committedRows(), quint64(messages + commands));
        QCOMPARE(writer.backlog(), 0);
        QCOMPARE(metrics.value(Counter::LogWriteFailures), quint64(0));
    }

    void rejectedRowLosesOnlyItself_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("rejected");
        QTest::newRow("one bad in the middle") << QStringList{u"a"_qs, u"bad-1"_qs, u"b"_qs} << 1;
        QTest::newRow("first and last bad") << QStringList{u"bad-1"_qs, u"a"_qs, u"b"_qs, u"bad-2"_qs} << 2;
        QTest::newRow("all bad") << QStringList{u"bad-1"_qs, u"bad-2"_qs} << 2;
        QStringList many;
        for (int i = 0; i < 200; ++i) // more than one 64-row statement
            many << (i % 50 == 7 ? u"bad-%1"_qs : u"ok-%1"_qs).arg(i);
        QTest::newRow("4 bad in 200") << many << 4;
    }

    void rejectedRowLosesOnlyItself()
    {
        QFETCH(QStringList, ids);
        QFETCH(int, rejected);
        QSqlQuery trigger(QSqlDatabase::database(m_store->threadConnectionName(), false));
        QVERIFY(trigger.exec(u"CREATE TRIGGER reject_bad BEFORE INSERT ON message_log "
                             "WHEN NEW.message_id LIKE 'bad%' BEGIN SELECT RAISE(ABORT, 'rejected by test'); END"_qs));

        Metrics metrics;
        LogWriter writer(*m_store, metrics, {4096, 100'000, std::chrono::milliseconds(5), 1000});
        for (const QString &id : ids)
            writer.append(messageRow(id));
        writer.flush();

        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM message_log"_qs), qint64(ids.size() - rejected));
        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM message_log WHERE message_id LIKE 'bad%'"_qs), 0);
        QCOMPARE(metrics.value(Counter::LogWriteFailures), quint64(rejected));
        QCOMPARE(writer.committedRows(), quint64(ids.size()));
    }

    void checkpointsRunWhileWriting()
    {
        Metrics metrics;
        // A checkpoint after every commit of at least one page.
        LogWriter writer(*m_store, metrics, {64, 1000, std::chrono::milliseconds(1), 1});
        for (int i = 0; i < 2000; ++i) {
            writer.append(messageRow(QString::number(i)));
            if (i % 256 == 0)
                writer.flush();
        }
        writer.flush();
        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM message_log"_qs), 2000);
        QVERIFY2(writer.checkpoints() > 0, "no write-ahead log checkpoint ran");
    }

    void appendAfterStopWritesAtOnce()
    {
        Metrics metrics;
        LogWriter writer(*m_store, metrics, {4096, 100'000, std::chrono::milliseconds(20), 1000});
        writer.append(messageRow(u"before"_qs));
        writer.stop();
        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM message_log"_qs), 1);
        writer.append(messageRow(u"after"_qs));
        writer.append(commandRow(1));
        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM message_log WHERE message_id = 'after'"_qs), 1);
        QCOMPARE(count(*m_store, u"SELECT COUNT(*) FROM command_log"_qs), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestLogWriter)
#include "tst_logwriter.moc"
