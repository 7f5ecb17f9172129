#pragma once

#include "bot/store/contactrepository.h"
#include "bot/store/logrepository.h"
#include "bot/store/propertyrepository.h"
#include "bot/store/records.h"
#include "bot/store/result.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace linda {

namespace detail {
class StoreConnection;
struct StoreShared;
} // namespace detail

// The bot's SQLite database, reached through Qt Sql's QSQLITE driver.
//
// Threads: one Store may be used from any number of threads at once. Each
// thread gets its own named QSqlDatabase connection the first time it touches
// the store; the connection is closed and removed when the thread ends (for a
// QThread when it emits finished(), for any other thread when its
// thread-local storage is destroyed) or when the thread calls
// releaseThreadConnection(). Destroy a Store only after the other threads that
// used it have ended or released their connection; the destructor removes the
// calling thread's connection itself.
//
// Statements: every statement is prepared once per connection and reused, and
// every caller-supplied value is bound, never spliced into SQL text.
//
// File: WAL journal, synchronous=NORMAL, foreign keys on, a busy timeout for
// concurrent writers. The schema is versioned with PRAGMA user_version and
// migrated forward on open.
class Store
{
public:
    struct Options
    {
        // How long a connection waits for another connection's write lock
        // before a statement fails with "database is locked".
        std::chrono::milliseconds busyTimeout{5000};
    };

    // The schema version this build writes; open() migrates older files to it
    // and rejects newer ones.
    static constexpr int schemaVersion = 1;

    // Opens the database file at path, creating it (but not its folder) when
    // missing, and migrates its schema. The error names the path and the
    // reason, e.g. a file from a newer build or a folder that does not exist.
    static Result<std::unique_ptr<Store>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Store>> open(const QString &path) { return open(path, Options()); }

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const;

    // Live connections of this store, over all threads.
    int connectionCount() const;
    // Live connections of every store in the process; the memory suite checks
    // that this returns to its start value after worker threads end.
    static int totalConnectionCount();

    // Closes and removes the calling thread's connection now. The next call on
    // this thread opens a new one. Must not be called inside transaction().
    void releaseThreadConnection();

    // Name of the calling thread's QSqlDatabase connection, opening it when
    // needed; empty when it cannot be opened.
    QString threadConnectionName();

    // Runs work in one transaction on the calling thread's connection:
    // commits when work returns an ok Status, rolls back and returns work's
    // error otherwise (also when work throws, after which the exception is
    // passed on). Calls nest: an inner call runs in a savepoint, so its
    // failure undoes only its own changes. Every repository call made inside
    // work on this thread takes part in the transaction. The outermost
    // transaction takes the write lock at once (BEGIN IMMEDIATE), so
    // concurrent writers queue on the busy timeout instead of failing.
    Status transaction(const std::function<Status()> &work);

    // True while the calling thread is inside transaction().
    bool inTransaction() const;

    // Repositories are cheap handles; they may be created per call.
    ContactRepository contacts() { return ContactRepository(*this); }
    PropertyRepository properties() { return PropertyRepository(*this); }
    LogRepository logs() { return LogRepository(*this); }

    // The calling thread's connection, opened on first use. For the store's
    // own repositories; other components use the repositories.
    Result<detail::StoreConnection *> threadConnection();

private:
    explicit Store(std::shared_ptr<detail::StoreShared> shared);

    std::shared_ptr<detail::StoreShared> m_shared;
};

} // namespace linda
