#include "storeconnection.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace linda::detail {

namespace {

std::atomic<int> g_totalLive{0};
std::atomic<quint64> g_nextConnectionSerial{1};

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::detail::StoreConnection", text);
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    if (!text.isEmpty())
        return text;
    return QCoreApplication::translate("linda::detail::StoreConnection",
                                       "no reason given by the SQLite driver");
}

QString likeContainsPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 2);
    pattern.append(u'%');
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            pattern.append(u'\\');
        pattern.append(c);
    }
    pattern.append(u'%');
    return pattern;
}

QVariant boundText(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

qint64 toEpochMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromEpochMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QueryFinisher::~QueryFinisher()
{
    m_query->finish();
}

StoreConnection::StoreConnection(std::shared_ptr<StoreShared> shared)
    : m_shared(std::move(shared))
    , m_name(QStringLiteral("linda.store.%1.%2")
                 .arg(m_shared->id)
                 .arg(g_nextConnectionSerial.fetch_add(1, std::memory_order_relaxed)))
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    ++m_shared->liveConnections;
    ++g_totalLive;
    qCDebug(lcStore) << "opened connection" << m_name << "to" << m_shared->path;
}

StoreConnection::~StoreConnection()
{
    // Every QSqlQuery must be gone before removeDatabase(), or Qt warns that
    // the connection is still in use and keeps it alive.
    m_statements.clear();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    --m_shared->liveConnections;
    --g_totalLive;
    qCDebug(lcStore) << "removed connection" << m_name;
}

int StoreConnection::totalLive()
{
    return g_totalLive.load();
}

Status StoreConnection::open()
{
    if (!m_database.isValid()) {
        return Status::failure(
            tr("the QSQLITE driver of Qt Sql is not available; install libqt6sql6-sqlite"));
    }
    m_database.setDatabaseName(m_shared->path);
    m_database.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_shared->options.busyTimeout.count()));
    if (!m_database.open()) {
        return Status::failure(tr("cannot open database %1: %2")
                                   .arg(m_shared->path, sqlErrorText(m_database.lastError())));
    }
    // synchronous=NORMAL is durable across application crashes in WAL mode;
    // only a power loss can drop the last commits. temp_store=MEMORY keeps
    // statement journals in memory: a multi-row INSERT inside a transaction
    // otherwise spills its journal to a temporary file once it passes 64 KiB.
    for (const auto &pragma : {QStringLiteral("PRAGMA synchronous=NORMAL"),
                              QStringLiteral("PRAGMA temp_store=MEMORY"),
                              QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (const Status status = execOnce(pragma); !status)
            return status;
    }
    return {};
}

QSqlQuery *StoreConnection::prepared(const QString &sql, QString *error)
{
    if (const auto found = m_statements.constFind(sql); found != m_statements.cend())
        return found->get();

    auto query = std::make_shared<QSqlQuery>(m_database);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = tr("cannot prepare a statement on %1: %2")
                     .arg(m_shared->path, sqlErrorText(query->lastError()));
        return nullptr;
    }
    QSqlQuery *raw = query.get();
    m_statements.insert(sql, std::move(query));
    return raw;
}

Result<QSqlQuery *> StoreConnection::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    QString error;
    QSqlQuery *query = prepared(sql, &error);
    if (!query)
        return Result<QSqlQuery *>::failure(error);

    int index = 0;
    for (const QVariant &value : values)
        query->bindValue(index++, value);
    if (!query->exec()) {
        const QString reason = sqlErrorText(query->lastError());
        query->finish();
        return Result<QSqlQuery *>::failure(reason);
    }
    return query;
}

Status StoreConnection::execOnce(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        return Status::failure(tr("%1 failed on %2: %3")
                                   .arg(sql, m_shared->path, sqlErrorText(query.lastError())));
    }
    return {};
}

} // namespace linda::detail
