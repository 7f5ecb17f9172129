#include "store.h"

#include "storeconnection.h"
#include "storeschema.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <vector>

namespace linda {

namespace {

using detail::StoreConnection;

std::atomic<quint64> g_nextStoreId{1};

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::Store", text);
}

// The connections of the current thread, one per store it has touched. They
// are destroyed with the thread's other thread-local objects. A QThread's
// connections are removed earlier, when it emits finished(), because
// QThread::wait() may return before thread-local destructors have run.
class ThreadConnections
{
public:
    ~ThreadConnections()
    {
        QObject::disconnect(m_finishedHook);
        releaseAll();
    }

    StoreConnection *find(quint64 storeId) const
    {
        for (const auto &connection : m_connections) {
            if (connection->storeId() == storeId)
                return connection.get();
        }
        return nullptr;
    }

    StoreConnection *add(std::unique_ptr<StoreConnection> connection)
    {
        hookThreadFinished();
        m_connections.push_back(std::move(connection));
        return m_connections.back().get();
    }

    void release(quint64 storeId)
    {
        std::erase_if(m_connections, [storeId](const auto &c) { return c->storeId() == storeId; });
    }

    void releaseAll()
    {
        // Move out first: a connection's destructor must not see a half-erased vector.
        auto connections = std::move(m_connections);
        m_connections.clear();
        connections.clear();
    }

private:
    void hookThreadFinished();

    std::vector<std::unique_ptr<StoreConnection>> m_connections;
    QMetaObject::Connection m_finishedHook;
};

thread_local ThreadConnections t_connections;

void ThreadConnections::hookThreadFinished()
{
    if (m_finishedHook)
        return;
    QThread *thread = QThread::currentThread();
    const auto *app = QCoreApplication::instance();
    // The main thread never emits finished(); its connections go with its
    // Stores or at exit.
    if (!thread || (app && app->thread() == thread))
        return;
    // Direct connection: finished() is emitted on the ending thread itself,
    // which is the only thread allowed to close its connections.
    m_finishedHook = QObject::connect(
        thread, &QThread::finished, thread, [] { t_connections.releaseAll(); },
        Qt::DirectConnection);
}

} // namespace

Store::Store(std::shared_ptr<detail::StoreShared> shared)
    : m_shared(std::move(shared))
{
}

Store::~Store()
{
    t_connections.release(m_shared->id);
    if (const int left = m_shared->liveConnections.load(); left > 0) {
        qCWarning(lcStore) << "store" << m_shared->path << "destroyed while" << left
                           << "other threads still hold a connection; they close it when they end";
    }
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Options options)
{
    using R = Result<std::unique_ptr<Store>>;
    if (path.isEmpty())
        return R::failure(tr("cannot open the store: the database path is empty"));
    const QFileInfo file(path);
    if (!file.absoluteDir().exists()) {
        return R::failure(tr("cannot open the store at %1: the folder %2 does not exist")
                              .arg(path, file.absolutePath()));
    }
    if (file.exists() && !file.isFile())
        return R::failure(tr("cannot open the store at %1: it is not a file").arg(path));

    auto shared = std::make_shared<detail::StoreShared>();
    shared->id = g_nextStoreId.fetch_add(1);
    shared->path = path;
    shared->options = options;
    std::unique_ptr<Store> store(new Store(std::move(shared)));

    const Result<StoreConnection *> connection = store->threadConnection();
    if (!connection)
        return R::failure(connection.error());

    // WAL is a property of the file, so setting it once is enough; it lets
    // readers run while one connection writes.
    QSqlQuery wal(connection.value()->database());
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next()) {
        return R::failure(tr("cannot switch %1 to WAL journal mode: %2")
                              .arg(path, detail::sqlErrorText(wal.lastError())));
    }
    if (const QString mode = wal.value(0).toString(); mode != u"wal") {
        qCWarning(lcStore) << "journal mode of" << path << "is" << mode
                           << "instead of wal; concurrent readers will wait for writers";
    }
    wal.finish();

    if (const Status migrated = detail::migrateSchema(*connection.value()); !migrated)
        return R::failure(migrated.error());
    return R(std::move(store));
}

QString Store::path() const
{
    return m_shared->path;
}

int Store::connectionCount() const
{
    return m_shared->liveConnections.load();
}

int Store::totalConnectionCount()
{
    return StoreConnection::totalLive();
}

void Store::releaseThreadConnection()
{
    if (StoreConnection *connection = t_connections.find(m_shared->id)) {
        Q_ASSERT_X(connection->transactionDepth == 0, "Store::releaseThreadConnection",
                   "called inside a transaction");
        t_connections.release(m_shared->id);
    }
}

QString Store::threadConnectionName()
{
    const Result<StoreConnection *> connection = threadConnection();
    return connection ? connection.value()->name() : QString();
}

Result<detail::StoreConnection *> Store::threadConnection()
{
    if (StoreConnection *existing = t_connections.find(m_shared->id))
        return existing;

    auto connection = std::make_unique<StoreConnection>(m_shared);
    if (const Status opened = connection->open(); !opened)
        return Result<StoreConnection *>::failure(opened.error());
    return t_connections.add(std::move(connection));
}

bool Store::inTransaction() const
{
    const StoreConnection *connection = t_connections.find(m_shared->id);
    return connection && connection->transactionDepth > 0;
}

Status Store::transaction(const std::function<Status()> &work)
{
    const Result<StoreConnection *> found = threadConnection();
    if (!found)
        return Status::failure(found.error());
    StoreConnection &connection = *found.value();

    // Savepoint names come from the nesting depth, never from input.
    const int depth = connection.transactionDepth;
    const QString savepoint = QStringLiteral("linda_%1").arg(depth);
    const QString begin = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT ") + savepoint;
    const QString commit = depth == 0 ? QStringLiteral("COMMIT")
                                      : QStringLiteral("RELEASE ") + savepoint;

    const auto rollback = [&connection, depth, &savepoint] {
        if (depth == 0) {
            (void)connection.exec(QStringLiteral("ROLLBACK"));
        } else {
            (void)connection.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            (void)connection.exec(QStringLiteral("RELEASE ") + savepoint);
        }
    };

    if (const auto begun = connection.exec(begin); !begun) {
        return Status::failure(
            tr("cannot start a transaction on %1: %2").arg(m_shared->path, begun.error()));
    }

    ++connection.transactionDepth;
    Status result;
    try {
        result = work();
    } catch (...) {
        --connection.transactionDepth;
        rollback();
        throw;
    }
    --connection.transactionDepth;

    if (!result) {
        rollback();
        return result;
    }
    if (const auto committed = connection.exec(commit); !committed) {
        rollback();
        return Status::failure(
            tr("cannot commit a transaction on %1: %2").arg(m_shared->path, committed.error()));
    }
    return {};
}

} // namespace linda
