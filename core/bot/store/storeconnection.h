#pragma once

#include "bot/store/result.h"
#include "bot/store/store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <initializer_list>
#include <memory>

class QSqlError;
class QSqlQuery;

// Internal to the store component: the per-thread connection and the state a
// Store shares with the connections opened for it.
namespace linda::detail {

// State of one Store that outlives it while other threads still hold a
// connection to its file.
struct StoreShared
{
    quint64 id = 0;           // unique per Store in the process, part of connection names
    QString path;
    Store::Options options;
    std::atomic<int> liveConnections{0};
};

// One thread's named QSqlDatabase connection to one store, with its prepared
// statements. Lives in the thread's connection holder and is used only on that
// thread.
class StoreConnection
{
public:
    explicit StoreConnection(std::shared_ptr<StoreShared> shared);
    // Finishes the cached statements, closes the database and removes the
    // named connection.
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    // Opens the file and sets the per-connection pragmas.
    Status open();

    quint64 storeId() const { return m_shared->id; }
    const QString &name() const { return m_name; }
    const QString &path() const { return m_shared->path; }
    QSqlDatabase database() const { return m_database; }

    // Prepares sql once per connection and runs it with values bound by
    // position. The returned query is positioned before the first row; the
    // caller reads it and then calls finish() (QueryFinisher does that).
    Result<QSqlQuery *> exec(const QString &sql, std::initializer_list<QVariant> values = {});

    // Runs a statement without caching it; for pragmas and schema changes.
    Status execOnce(const QString &sql);

    // Outermost transaction is depth 1; 0 outside transactions.
    int transactionDepth = 0;

    static int totalLive();

private:
    QSqlQuery *prepared(const QString &sql, QString *error);

    std::shared_ptr<StoreShared> m_shared;
    QString m_name;
    QSqlDatabase m_database;
    // Owned queries: pointers stay valid when the hash grows.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

// Calls QSqlQuery::finish() when it goes out of scope, so a cached SELECT
// statement releases its read snapshot.
class QueryFinisher
{
public:
    explicit QueryFinisher(QSqlQuery *query)
        : m_query(query)
    {
    }
    ~QueryFinisher();
    QueryFinisher(const QueryFinisher &) = delete;
    QueryFinisher &operator=(const QueryFinisher &) = delete;

private:
    QSqlQuery *m_query;
};

// "reason" text of a Qt Sql error: the driver's and the database's words.
QString sqlErrorText(const QSqlError &error);

// A LIKE pattern matching text anywhere; LIKE's own wildcards in text are
// escaped with '\', so statements using it declare ESCAPE '\'.
QString likeContainsPattern(const QString &text);

// Text columns are NOT NULL, but a null QString binds as NULL; this binds it
// as an empty string instead.
QVariant boundText(const QString &value);

// "action: reason", the shape of every repository error, e.g.
// "cannot read contact 12: database is locked".
template<typename T>
Result<T> failed(const QString &action, const QString &reason)
{
    return Result<T>::failure(action + QStringLiteral(": ") + reason);
}

inline Status failedStatus(const QString &action, const QString &reason)
{
    return Status::failure(action + QStringLiteral(": ") + reason);
}

// Milliseconds since the epoch for a timestamp column; null dates become 0.
qint64 toEpochMs(const QDateTime &time);
QDateTime fromEpochMs(qint64 ms);

} // namespace linda::detail
