#pragma once

#include "bot/store/records.h"

#include <QList>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace linda {

class Metrics;
class MessageRowInserter;
class Store;

struct LogWriterConfig
{
    int batchSize = 4096;     // rows per transaction at most
    int backlogLimit = 100'000; // rows waiting before append() blocks
    std::chrono::milliseconds flushInterval{20}; // maximum time a row waits before a commit starts
};

// Writes message_log and command_log rows on a thread of its own, committing
// them in groups: one transaction per group costs about as much as one row
// alone, which is what lets handle() log every message at full speed.
//
// Nothing is dropped silently: append() blocks while backlogLimit rows wait,
// and a group whose transaction fails is retried row by row, each row in its
// own savepoint, so one bad row (e.g. a message id logged twice) loses only
// itself; each lost row is counted in Counter::LogWriteFailures and logged
// at warning level with its id.
class LogWriter
{
public:
    LogWriter(Store &store, Metrics &metrics, LogWriterConfig config);
    ~LogWriter(); // stop()
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    void append(MessageLogEntry entry);
    void append(CommandLogEntry entry);

    // Blocks until every row appended before the call is committed (or
    // counted as failed).
    void flush();

    // Commits what is queued and ends the thread. Later append() calls write
    // their row synchronously on the calling thread.
    void stop();

    qint64 backlog() const;
    quint64 committedRows() const;

private:
    void run();
    void waitForSpace(std::unique_lock<std::mutex> &lock);
    void commit(QList<MessageLogEntry> &messages, QList<CommandLogEntry> &commands);
    void commitRowByRow(const QList<MessageLogEntry> &messages, const QList<CommandLogEntry> &commands);

    Store &m_store;
    Metrics &m_metrics;
    LogWriterConfig m_config;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;      // the writer: rows or stop
    std::condition_variable m_progress;  // producers and flush(): rows committed
    QList<MessageLogEntry> m_messages;
    QList<CommandLogEntry> m_commands;
    quint64 m_appended = 0;  // rows ever appended
    quint64 m_committed = 0; // rows ever committed or counted as failed
    quint64 m_flushTarget = 0; // flush() waits for m_committed to reach this; the writer skips its wait
    bool m_stopping = false;
    bool m_stopped = false;
    std::thread m_thread;
    MessageRowInserter *m_inserter = nullptr; // owned by run(), used only on the writer thread
};

} // namespace linda
