#include "logwriter.h"

#include "bot/runtime/metrics.h"
#include "bot/store/store.h"
#include "common/logging.h"
#include "common/threadname.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace linda {

// Inserts message_log rows through SQLite statements prepared once per
// writer thread, 64 rows per INSERT, on the Qt Sql connection's own sqlite3
// handle (QSqlDriver::handle()), so they take part in Store::transaction().
// LogRepository::appendMessages is not used here because it builds its SQL
// text and error message per row, and QSqlResult::bindValue() formats and
// hashes a placeholder name per value. Together that took about 10 µs of CPU
// a row (bench_engine, Release, 2 shared cores), which capped the single
// writer thread near 30,000 rows/s.
// NOTE: this mirrors the message_log columns of the store's schema. When
// preparing fails (e.g. the schema changed) the writer falls back to
// LogRepository and logs why.
class MessageRowInserter
{
public:
    static constexpr std::size_t RowsPerStatement = 64;

    explicit MessageRowInserter(const QSqlDatabase &database)
    {
        const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
    }
    ~MessageRowInserter()
    {
        sqlite3_finalize(m_batch);
        sqlite3_finalize(m_single);
    }
    MessageRowInserter(const MessageRowInserter &) = delete;
    MessageRowInserter &operator=(const MessageRowInserter &) = delete;

    // Empty on success, else the reason.
    QString prepare()
    {
        if (!m_db)
            return QStringLiteral("the connection is not a QSQLITE connection");
        // A larger page cache for this connection only: each group touches
        // index pages all over message_log (rows of many chats), and
        // rereading them from the file costs more than the inserts.
        sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr); // KiB, so 32 MiB
        for (auto [statement, rows] : {std::pair{&m_single, 1}, std::pair{&m_batch, int(RowsPerStatement)}}) {
            const QByteArray sql = sqlFor(rows);
            if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, statement,
                                   nullptr)
                != SQLITE_OK)
                return QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        return {};
    }

    // Replaces SQLite's automatic checkpoint on this connection.
    void setWalHook(int (*hook)(void *, sqlite3 *, const char *, int), void *context)
    {
        sqlite3_wal_hook(m_db, hook, context);
    }

    // Inserts rows inside the caller's transaction; stops at the first failure.
    Status insert(std::span<const MessageLogEntry> rows)
    {
        std::size_t next = 0;
        for (; next + RowsPerStatement <= rows.size(); next += RowsPerStatement) {
            for (std::size_t i = 0; i < RowsPerStatement; ++i)
                bind(m_batch, int(i) * Columns, rows[next + i]);
            if (Status s = step(m_batch); !s)
                return s;
        }
        for (; next < rows.size(); ++next) {
            bind(m_single, 0, rows[next]);
            if (Status s = step(m_single); !s)
                return s;
        }
        return {};
    }

private:
    static constexpr int Columns = 7;

    static QByteArray sqlFor(int rows)
    {
        QByteArray text =
            "INSERT INTO message_log (message_id, chat, sender, type, received_at, body, body_length) VALUES ";
        for (int i = 0; i < rows; ++i)
            text += i == 0 ? "(?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?)";
        return text;
    }

    // SQLITE_STATIC: the rows outlive the step. A null QString still has a
    // non-null utf16() pointer, so it binds as '' and never as NULL, which
    // the NOT NULL columns need.
    static void bindText(sqlite3_stmt *statement, int column, const QString &value)
    {
        sqlite3_bind_text16(statement, column, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
    }

    static void bind(sqlite3_stmt *statement, int first, const MessageLogEntry &row)
    {
        bindText(statement, first + 1, row.messageId); // SQLite columns count from 1
        bindText(statement, first + 2, row.chat);
        bindText(statement, first + 3, row.sender);
        bindText(statement, first + 4, row.type);
        sqlite3_bind_int64(statement, first + 5,
                           row.receivedAt.isValid() ? row.receivedAt.toMSecsSinceEpoch() : qint64(0));
        bindText(statement, first + 6, row.body);
        sqlite3_bind_int64(statement, first + 7, row.body.size()); // UTF-16 code units, as the store counts
    }

    Status step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return {};
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_batch = nullptr;
    sqlite3_stmt *m_single = nullptr;
};

LogWriter::LogWriter(Store &store, Metrics &metrics, LogWriterConfig config)
    : m_store(store)
    , m_metrics(metrics)
    , m_config(config)
{
    m_config.batchSize = std::max(1, m_config.batchSize);
    m_config.backlogLimit = std::max(m_config.batchSize, m_config.backlogLimit);
    m_config.checkpointPages = std::max(1, m_config.checkpointPages);
    m_messages.reserve(m_config.batchSize);
    m_thread = std::thread([this] {
        setCurrentThreadName("linda-log");
        run();
    });
}

LogWriter::~LogWriter()
{
    stop();
}

void LogWriter::waitForSpace(std::unique_lock<std::mutex> &lock)
{
    m_progress.wait(lock, [this] {
        return m_stopping || qint64(m_appended - m_committed) < m_config.backlogLimit;
    });
}

void LogWriter::append(MessageLogEntry entry)
{
    std::unique_lock lock(m_mutex);
    if (m_stopped) {
        lock.unlock();
        const MessageLogEntry rows[] = {std::move(entry)};
        commit(rows, {});
        return;
    }
    waitForSpace(lock);
    m_messages.append(std::move(entry));
    ++m_appended;
    if (m_messages.size() + m_commands.size() >= m_config.batchSize)
        m_wake.notify_one();
}

void LogWriter::append(CommandLogEntry entry)
{
    std::unique_lock lock(m_mutex);
    if (m_stopped) {
        lock.unlock();
        commit({}, QList<CommandLogEntry>{std::move(entry)});
        return;
    }
    waitForSpace(lock);
    m_commands.append(std::move(entry));
    ++m_appended;
    if (m_messages.size() + m_commands.size() >= m_config.batchSize)
        m_wake.notify_one();
}

void LogWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_appended;
    m_flushTarget = std::max(m_flushTarget, target);
    m_wake.notify_one();
    m_progress.wait(lock, [&] { return m_committed >= target || m_stopped; });
}

void LogWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_one();
    m_progress.notify_all();
    m_thread.join();
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_progress.notify_all();
}

qint64 LogWriter::backlog() const
{
    std::lock_guard lock(m_mutex);
    return qint64(m_appended - m_committed);
}

quint64 LogWriter::committedRows() const
{
    std::lock_guard lock(m_mutex);
    return m_committed;
}

quint64 LogWriter::checkpoints() const
{
    return m_checkpoints.load(std::memory_order_relaxed);
}

// Waits for a full group, the flush interval or stop, then takes every
// waiting row and commits them outside the lock in groups of at most
// batchSize, so producers keep appending meanwhile. Taking the whole list
// at once matters under a backlog: cutting one group off the front of a
// list of 100,000 rows would move the rest in memory for every group.
void LogWriter::run()
{
    std::optional<MessageRowInserter> inserter;
    if (const QString name = m_store.threadConnectionName(); !name.isEmpty()) {
        inserter.emplace(QSqlDatabase::database(name, false));
        if (const QString error = inserter->prepare(); !error.isEmpty()) {
            qCWarning(lcEngine) << "message log falls back to LogRepository: cannot prepare the insert:" << error;
            inserter.reset();
        }
    }
    m_inserter = inserter ? &*inserter : nullptr;
    std::thread checkpointer;
    if (m_inserter) {
        m_inserter->setWalHook(&LogWriter::walCommitted, this);
        checkpointer = std::thread([this] {
            setCurrentThreadName("linda-checkpoint");
            checkpointLoop();
        });
    }

    QList<MessageLogEntry> messages;
    QList<CommandLogEntry> commands;
    const QList<CommandLogEntry> noCommands;
    const auto batch = std::size_t(m_config.batchSize);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, m_config.flushInterval, [this] {
            return m_stopping || m_flushTarget > m_committed
                || m_messages.size() + m_commands.size() >= m_config.batchSize;
        });
        if (m_messages.isEmpty() && m_commands.isEmpty()) {
            if (m_stopping)
                break;
            continue;
        }
        messages.swap(m_messages);
        commands.swap(m_commands);
        lock.unlock();

        const std::span<const MessageLogEntry> all(messages.constData(), std::size_t(messages.size()));
        std::size_t done = 0;
        do {
            const std::size_t count = std::min(all.size() - done, batch);
            const bool last = done + count == all.size();
            commit(all.subspan(done, count), last ? commands : noCommands);
            done += count;
            lock.lock();
            m_committed += quint64(count) + (last ? quint64(commands.size()) : 0);
            m_progress.notify_all();
            lock.unlock();
        } while (done < all.size());
        messages.clear(); // keeps the capacity for the next swap
        commands.clear();
        lock.lock();
    }
    m_inserter = nullptr;
    lock.unlock();

    if (checkpointer.joinable()) {
        {
            std::lock_guard checkpointLock(m_checkpointMutex);
            m_checkpointStop = true;
        }
        m_checkpointWake.notify_one();
        checkpointer.join();
    }
    inserter.reset(); // its statements must be gone before the connection is removed
    m_store.releaseThreadConnection();
}

// Called by SQLite on the writer thread after each commit, with the number
// of pages in the write-ahead log. The writer's connection does not
// checkpoint by itself (this hook replaces SQLite's automatic one): copying
// the log back into the database file and syncing it would stall the only
// thread that writes the log. A separate thread checkpoints instead. When
// that thread cannot keep up, because a passive checkpoint never finishes
// while commits keep arriving, the writer checkpoints here, so the log
// cannot grow without bound.
int LogWriter::walCommitted(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *writer = static_cast<LogWriter *>(self);
    if (pages >= 16 * writer->m_config.checkpointPages) {
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            writer->m_checkpoints.fetch_add(1, std::memory_order_relaxed);
    } else if (pages >= writer->m_config.checkpointPages) {
        {
            std::lock_guard lock(writer->m_checkpointMutex);
            writer->m_checkpointRequested = true;
        }
        writer->m_checkpointWake.notify_one();
    }
    return SQLITE_OK;
}

void LogWriter::checkpointLoop()
{
    const QString name = m_store.threadConnectionName();
    std::unique_lock lock(m_checkpointMutex);
    for (;;) {
        m_checkpointWake.wait(lock, [this] { return m_checkpointRequested || m_checkpointStop; });
        if (m_checkpointStop)
            break;
        m_checkpointRequested = false;
        lock.unlock();
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            m_checkpoints.fetch_add(1, std::memory_order_relaxed);
        else
            qCWarning(lcEngine) << "checkpoint of the message log failed:" << query.lastError().text();
        lock.lock();
    }
    lock.unlock();
    m_store.releaseThreadConnection();
}

void LogWriter::commit(std::span<const MessageLogEntry> messages, const QList<CommandLogEntry> &commands)
{
    const auto start = std::chrono::steady_clock::now();
    LogRepository logs = m_store.logs();
    const Status status = m_store.transaction([&]() -> Status {
        if (!messages.empty()) {
            // The inserter belongs to the writer thread; stop() makes others use the repository.
            const bool own = m_inserter && std::this_thread::get_id() == m_thread.get_id();
            if (Status s = own ? m_inserter->insert(messages)
                               : logs.appendMessages(QList<MessageLogEntry>(messages.begin(), messages.end()));
                !s)
                return s;
        }
        if (!commands.isEmpty())
            return logs.appendCommands(commands);
        return {};
    });
    if (!status) {
        qCWarning(lcEngine) << "log group of" << messages.size() + std::size_t(commands.size())
                            << "rows failed, retrying row by row:" << status.error();
        commitRowByRow(messages, commands);
    }
    m_metrics.histogram(Histogram::LogCommit).record(std::chrono::steady_clock::now() - start);
}

void LogWriter::commitRowByRow(std::span<const MessageLogEntry> messages, const QList<CommandLogEntry> &commands)
{
    LogRepository logs = m_store.logs();
    quint64 failed = 0;
    const Status outer = m_store.transaction([&]() -> Status {
        for (const MessageLogEntry &entry : messages) {
            const Status s = m_store.transaction([&] { return logs.appendMessage(entry); });
            if (!s) {
                ++failed;
                qCWarning(lcEngine) << "message" << entry.messageId << "of chat" << entry.chat
                                    << "was not logged:" << s.error();
            }
        }
        for (const CommandLogEntry &entry : commands) {
            const Status s = m_store.transaction([&] { return logs.appendCommand(entry); });
            if (!s) {
                ++failed;
                qCWarning(lcEngine) << "command" << entry.command << "of chat" << entry.chat
                                    << "was not logged:" << s.error();
            }
        }
        return {};
    });
    const quint64 rows = quint64(messages.size()) + quint64(commands.size());
    if (outer) {
        m_metrics.add(Counter::LogWriteFailures, failed);
    } else {
        m_metrics.add(Counter::LogWriteFailures, rows);
        qCWarning(lcEngine) << rows << "log rows were not written: the transaction failed:" << outer.error();
    }
}

} // namespace linda
