#include "logwriter.h"

#include "bot/runtime/metrics.h"
#include "bot/store/store.h"
#include "common/logging.h"

#include <algorithm>

namespace linda {

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
    lock.unlock();
    m_store.releaseThreadConnection();
}

void LogWriter::commit(QList<MessageLogEntry> &messages, QList<CommandLogEntry> &commands)
{
    const auto start = std::chrono::steady_clock::now();
    LogRepository logs = m_store.logs();
    const Status status = m_store.transaction([&]() -> Status {
        if (!messages.isEmpty()) {
            if (Status s = logs.appendMessages(messages); !s)
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
