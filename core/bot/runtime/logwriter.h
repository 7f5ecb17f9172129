#pragma once

#include "bot/store/records.h"

#include <QList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <span>
#include <thread>

struct sqlite3;

namespace linda {

class Metrics;
class MessageRowInserter;
class Store;

struct LogWriterConfig
{
    int batchSize = 4096;     // rows per transaction at most
    int backlogLimit = 100'000; // rows waiting before append() blocks
    std::chrono::milliseconds flushInterval{20}; // maximum time a row waits before a commit starts
    int checkpointPages = 1000; // write-ahead log pages that start a checkpoint on another thread
};

// Writes message_log and command_log rows on a thread of its own, committing
// them in groups: one transaction per group costs about as much as one row
// alone, which is what lets handle() log every message at full speed.
//
// Nothing is dropped silently: append() blocks while backlogLimit rows wait,
// and a group whose transaction fails is retried row by row, each row in its
// own savepoint, so one row the database rejects loses only
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
    quint64 checkpoints() const; // write-ahead log checkpoints done so far

private:
    void run();
    void waitForSpace(std::unique_lock<std::mutex> &lock);
    void commit(std::span<const MessageLogEntry> messages, const QList<CommandLogEntry> &commands);
    void commitRowByRow(std::span<const MessageLogEntry> messages, const QList<CommandLogEntry> &commands);
    static int walCommitted(void *self, sqlite3 *db, const char *schema, int pages);
    void checkpointLoop();

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

    std::mutex m_checkpointMutex;
    std::condition_variable m_checkpointWake;
    bool m_checkpointRequested = false;
    bool m_checkpointStop = false;
    std::atomic<quint64> m_checkpoints{0};
};

} // namespace linda
