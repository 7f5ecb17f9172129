#include "logwriter.h"

#include "bot/runtime/metrics.h"
#include "bot/store/store.h"
#include "common/logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>

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
    static constexpr int RowsPerStatement = 64;

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
        for (auto [statement, rows] : {std::pair{&m_single, 1}, std::pair{&m_batch, RowsPerStatement}}) {
            const QByteArray sql = sqlFor(rows);
            if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, statement,
                                   nullptr)
                != SQLITE_OK)
                return QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        return {};
    }

    // Inserts rows inside the caller's transaction; stops at the first failure.
    Status insert(const QList<MessageLogEntry> &rows)
    {
        qsizetype next = 0;
        for (; next + RowsPerStatement <= rows.size(); next += RowsPerStatement) {
            for (int i = 0; i < RowsPerStatement; ++i)
                bind(m_batch, i * Columns, rows[next + i]);
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
    m_messages.reserve(m_config.batchSize);
    m_thread = std::thread([this] { run(); });
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
        QList<MessageLogEntry> messages{std::move(entry)};
        QList<CommandLogEntry> commands;
        commit(messages, commands);
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
        QList<MessageLogEntry> messages;
        QList<CommandLogEntry> commands{std::move(entry)};
        commit(messages, commands);
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

// Waits for a full group, the flush interval or stop, then takes at most
// batchSize rows and commits them outside the lock, so producers keep
// appending meanwhile.
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

    QList<MessageLogEntry> messages;
    QList<CommandLogEntry> commands;
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
        // Move whole lists when they fit in one group, so no rows are copied.
        if (m_messages.size() <= m_config.batchSize) {
            messages.swap(m_messages);
        } else {
            messages = m_messages.first(m_config.batchSize);
            m_messages.remove(0, m_config.batchSize);
        }
        commands.swap(m_commands);
        const quint64 rows = quint64(messages.size() + commands.size());
        lock.unlock();

        commit(messages, commands);
        messages.clear();
        commands.clear();

        lock.lock();
        m_committed += rows;
        m_progress.notify_all();
    }
    m_inserter = nullptr;
    lock.unlock();
    inserter.reset(); // its statements must be gone before the connection is removed
    m_store.releaseThreadConnection();
}

void LogWriter::commit(QList<MessageLogEntry> &messages, QList<CommandLogEntry> &commands)
{
    const auto start = std::chrono::steady_clock::now();
    LogRepository logs = m_store.logs();
    const Status status = m_store.transaction([&]() -> Status {
        if (!messages.isEmpty()) {
            // The inserter belongs to the writer thread; stop() makes others use the repository.
            const bool own = m_inserter && std::this_thread::get_id() == m_thread.get_id();
            if (Status s = own ? m_inserter->insert(messages) : logs.appendMessages(messages); !s)
                return s;
        }
        if (!commands.isEmpty())
            return logs.appendCommands(commands);
        return {};
    });
    if (!status) {
        qCWarning(lcEngine) << "log group of" << messages.size() + commands.size()
                            << "rows failed, retrying row by row:" << status.error();
        commitRowByRow(messages, commands);
    }
    m_metrics.histogram(Histogram::LogCommit).record(std::chrono::steady_clock::now() - start);
}

void LogWriter::commitRowByRow(const QList<MessageLogEntry> &messages, const QList<CommandLogEntry> &commands)
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
    if (outer) {
        m_metrics.add(Counter::LogWriteFailures, failed);
    } else {
        m_metrics.add(Counter::LogWriteFailures, quint64(messages.size() + commands.size()));
        qCWarning(lcEngine) << messages.size() + commands.size()
                            << "log rows were not written: the transaction failed:" << outer.error();
    }
}

} // namespace linda
