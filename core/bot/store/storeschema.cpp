#include "storeschema.h"

#include "storeconnection.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace linda::detail {

namespace {

// Statements of each migration step; step i brings the schema from version i
// to i + 1. Append new steps, never edit a released one.
QList<QStringList> migrationSteps()
{
    return {
        {
            QStringLiteral("CREATE TABLE contacts ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " e164 TEXT NOT NULL UNIQUE,"
                           " email TEXT NOT NULL DEFAULT '',"
                           " company TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL," // UTC ms since the epoch
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE properties ("
                           " id INTEGER PRIMARY KEY,"
                           " cluster TEXT NOT NULL COLLATE NOCASE,"
                           " unit TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " bedrooms INTEGER NOT NULL CHECK (bedrooms >= 0),"
                           " price_aed INTEGER NOT NULL CHECK (price_aed >= 0),"
                           " status TEXT NOT NULL CHECK (status IN ('available', 'rented')),"
                           " owner TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX properties_cluster ON properties(cluster)"),
            QStringLiteral("CREATE INDEX properties_status ON properties(status, cluster)"),
            QStringLiteral("CREATE TABLE tenancies ("
                           " id INTEGER PRIMARY KEY,"
                           " property_id INTEGER NOT NULL REFERENCES properties(id),"
                           " tenant_contact_id INTEGER NOT NULL REFERENCES contacts(id),"
                           " start_date TEXT NOT NULL," // ISO 8601 date
                           " end_date TEXT NOT NULL,"
                           " rent_aed INTEGER NOT NULL CHECK (rent_aed >= 0),"
                           " CHECK (end_date >= start_date))"),
            QStringLiteral("CREATE INDEX tenancies_property ON tenancies(property_id)"),
            QStringLiteral("CREATE INDEX tenancies_tenant ON tenancies(tenant_contact_id)"),
            QStringLiteral("CREATE TABLE message_log ("
                           " id INTEGER PRIMARY KEY,"
                           " message_id TEXT NOT NULL,"
                           " chat TEXT NOT NULL,"
                           " sender TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " received_at INTEGER NOT NULL,"
                           " body TEXT NOT NULL,"
                           " body_length INTEGER NOT NULL)"), // UTF-16 code units
            QStringLiteral("CREATE INDEX message_log_message ON message_log(message_id)"),
            QStringLiteral("CREATE INDEX message_log_chat ON message_log(chat, id)"),
            QStringLiteral("CREATE TABLE command_log ("
                           " id INTEGER PRIMARY KEY,"
                           " command TEXT NOT NULL,"
                           " args TEXT NOT NULL,"
                           " chat TEXT NOT NULL,"
                           " sender TEXT NOT NULL,"
                           " ok INTEGER NOT NULL,"
                           " error TEXT NOT NULL,"
                           " duration_us INTEGER NOT NULL,"
                           " at INTEGER NOT NULL)"),
        },
    };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::detail", text);
}

} // namespace

Result<int> schemaVersionOf(StoreConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return Result<int>::failure(tr("cannot read the schema version of %1: %2")
                                        .arg(connection.path(), sqlErrorText(query.lastError())));
    }
    return query.value(0).toInt();
}

Status migrateSchema(StoreConnection &connection)
{
    const QList<QStringList> steps = migrationSteps();
    static_assert(Store::schemaVersion >= 1);
    Q_ASSERT(steps.size() == Store::schemaVersion);

    // The write lock is taken before the version is read, so two processes
    // opening a new file at once cannot both run the same step.
    if (const Status begun = connection.execOnce(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;

    const auto rollback = [&connection](const QString &error) {
        (void)connection.execOnce(QStringLiteral("ROLLBACK"));
        return Status::failure(error);
    };

    const Result<int> version = schemaVersionOf(connection);
    if (!version)
        return rollback(version.error());
    if (version.value() > Store::schemaVersion) {
        return rollback(tr("%1 has schema version %2, but this build reads versions up to %3; "
                           "open it with a newer build of Linda")
                            .arg(connection.path())
                            .arg(version.value())
                            .arg(Store::schemaVersion));
    }

    for (int from = version.value(); from < Store::schemaVersion; ++from) {
        for (const QString &sql : steps.at(from)) {
            if (const Status done = connection.execOnce(sql); !done) {
                return rollback(tr("schema migration to version %1 failed: %2")
                                    .arg(from + 1)
                                    .arg(done.error()));
            }
        }
        qCInfo(lcStore) << "migrated" << connection.path() << "to schema version" << from + 1;
    }

    // PRAGMA takes no bound values; the version is this build's constant.
    const QString setVersion = QStringLiteral("PRAGMA user_version=%1").arg(Store::schemaVersion);
    if (const Status set = connection.execOnce(setVersion); !set)
        return rollback(set.error());
    if (const Status committed = connection.execOnce(QStringLiteral("COMMIT")); !committed)
        return rollback(committed.error());
    return {};
}

} // namespace linda::detail
