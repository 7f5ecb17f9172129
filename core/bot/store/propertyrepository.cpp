#include "propertyrepository.h"

#include "store.h"
#include "storeconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace linda {

namespace {

using detail::QueryFinisher;
using detail::failed;
using detail::failedStatus;

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::PropertyRepository", text);
}

// Column lists are spliced into the SQL text at compile time, so each
// statement is one literal and the per-call statement lookup allocates nothing.
#define LINDA_PROPERTY_COLUMNS "id, cluster, unit, bedrooms, price_aed, status, owner"

Property readProperty(const QSqlQuery &query)
{
    Property property;
    property.id = query.value(0).toLongLong();
    property.cluster = query.value(1).toString();
    property.unit = query.value(2).toString();
    property.bedrooms = query.value(3).toInt();
    property.priceAed = query.value(4).toLongLong();
    property.status = propertyStatusFromName(query.value(5).toString()).value_or(PropertyStatus::Available);
    property.owner = query.value(6).toString();
    return property;
}

Tenancy readTenancy(const QSqlQuery &query)
{
    Tenancy tenancy;
    tenancy.id = query.value(0).toLongLong();
    tenancy.propertyId = query.value(1).toLongLong();
    tenancy.tenantContactId = query.value(2).toLongLong();
    tenancy.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    tenancy.end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    tenancy.rentAed = query.value(5).toLongLong();
    return tenancy;
}

QList<Property> readProperties(QSqlQuery *query)
{
    QueryFinisher finisher(query);
    QList<Property> properties;
    while (query->next())
        properties.append(readProperty(*query));
    return properties;
}

} // namespace

Result<QList<Property>> PropertyRepository::list(int limit, int offset)
{
    const auto failedAction = [&] { return tr("cannot list properties"); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<QList<Property>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_PROPERTY_COLUMNS " FROM properties ORDER BY unit LIMIT ? OFFSET ?"),
        {qMax(0, limit), qMax(0, offset)});
    if (!query)
        return failed<QList<Property>>(failedAction(), query.error());
    return readProperties(query.value());
}

Result<QList<Property>> PropertyRepository::searchCluster(const QString &text, int limit)
{
    const auto failedAction = [&] { return tr("cannot search properties in cluster \"%1\"").arg(text); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<QList<Property>>(failedAction(), connection.error());

    // The cluster column is COLLATE NOCASE, so "=" uses its index.
    const auto exact = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_PROPERTY_COLUMNS " FROM properties WHERE cluster = ? ORDER BY unit LIMIT ?"),
        {detail::boundText(text.trimmed()), qMax(0, limit)});
    if (!exact)
        return failed<QList<Property>>(failedAction(), exact.error());
    QList<Property> found = readProperties(exact.value());
    if (!found.isEmpty())
        return found;

    const auto partial = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_PROPERTY_COLUMNS " FROM properties WHERE cluster LIKE ? ESCAPE '\\'"
                       " ORDER BY cluster, unit LIMIT ?"),
        {detail::likeContainsPattern(text.trimmed()), qMax(0, limit)});
    if (!partial)
        return failed<QList<Property>>(failedAction(), partial.error());
    return readProperties(partial.value());
}

Result<std::optional<Property>> PropertyRepository::findByUnit(const QString &unit)
{
    using R = Result<std::optional<Property>>;
    const auto failedAction = [&] { return tr("cannot read unit %1").arg(unit); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<std::optional<Property>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_PROPERTY_COLUMNS " FROM properties WHERE unit = ?"), {detail::boundText(unit.trimmed())});
    if (!query)
        return failed<std::optional<Property>>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    if (!query.value()->next())
        return R(std::nullopt);
    return R(readProperty(*query.value()));
}

Result<QList<Property>> PropertyRepository::withStatus(PropertyStatus status, int limit)
{
    const auto failedAction = [&] { return tr("cannot list %1 properties").arg(propertyStatusName(status)); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<QList<Property>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_PROPERTY_COLUMNS " FROM properties WHERE status = ? ORDER BY cluster, unit LIMIT ?"),
        {propertyStatusName(status), qMax(0, limit)});
    if (!query)
        return failed<QList<Property>>(failedAction(), query.error());
    return readProperties(query.value());
}

Result<PropertyCounts> PropertyRepository::counts()
{
    const auto failedAction = [&] { return tr("cannot count properties"); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<PropertyCounts>(failedAction(), connection.error());

    PropertyCounts counts;
    const auto totals = connection.value()->exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status = 'available'), 0),"
                       " COALESCE(SUM(status = 'rented'), 0) FROM properties"));
    if (!totals)
        return failed<PropertyCounts>(failedAction(), totals.error());
    {
        QueryFinisher finisher(totals.value());
        if (totals.value()->next()) {
            counts.total = totals.value()->value(0).toLongLong();
            counts.available = totals.value()->value(1).toLongLong();
            counts.rented = totals.value()->value(2).toLongLong();
        }
    }

    const auto clusters = connection.value()->exec(
        QStringLiteral("SELECT cluster, COUNT(*) FROM properties GROUP BY cluster ORDER BY cluster"));
    if (!clusters)
        return failed<PropertyCounts>(failedAction(), clusters.error());
    QueryFinisher finisher(clusters.value());
    while (clusters.value()->next())
        counts.perCluster.append({clusters.value()->value(0).toString(), clusters.value()->value(1).toLongLong()});
    return counts;
}

Result<Property> PropertyRepository::insert(const Property &property)
{
    const auto failedAction = [&] { return tr("cannot add unit %1").arg(property.unit); };
    if (property.unit.trimmed().isEmpty())
        return failed<Property>(failedAction(), tr("the unit code is empty"));
    if (property.cluster.trimmed().isEmpty())
        return failed<Property>(failedAction(), tr("the cluster is empty"));
    if (property.bedrooms < 0 || property.priceAed < 0)
        return failed<Property>(failedAction(), tr("bedrooms and price must not be negative"));

    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<Property>(failedAction(), connection.error());
    const auto existing = findByUnit(property.unit);
    if (!existing)
        return Result<Property>::failure(existing.error());
    if (existing.value())
        return failed<Property>(failedAction(), tr("the unit is already in the store"));

    const auto query = connection.value()->exec(
        QStringLiteral("INSERT INTO properties (cluster, unit, bedrooms, price_aed, status, owner)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {detail::boundText(property.cluster), detail::boundText(property.unit), property.bedrooms, property.priceAed,
         propertyStatusName(property.status), detail::boundText(property.owner)});
    if (!query)
        return failed<Property>(failedAction(), query.error());
    Property inserted = property;
    inserted.id = query.value()->lastInsertId().toLongLong();
    query.value()->finish();
    return inserted;
}

Status PropertyRepository::setStatus(const QString &unit, PropertyStatus status)
{
    const auto failedAction = [&] { return tr("cannot mark unit %1 %2").arg(unit, propertyStatusName(status)); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failedStatus(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("UPDATE properties SET status = ? WHERE unit = ?"),
        {propertyStatusName(status), detail::boundText(unit)});
    if (!query)
        return failedStatus(failedAction(), query.error());
    const int changed = query.value()->numRowsAffected();
    query.value()->finish();
    if (changed == 0)
        return failedStatus(failedAction(), tr("no such unit"));
    return {};
}

Result<Tenancy> PropertyRepository::addTenancy(const Tenancy &tenancy)
{
    const auto failedAction = [&] { return tr("cannot add a tenancy for property %1").arg(tenancy.propertyId); };
    if (!tenancy.start.isValid() || !tenancy.end.isValid() || tenancy.end < tenancy.start)
        return failed<Tenancy>(failedAction(), tr("the end date must be a valid date on or after the start date"));

    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<Tenancy>(failedAction(), connection.error());
    // Foreign keys are on, so unknown ids fail with "FOREIGN KEY constraint failed".
    const auto query = connection.value()->exec(
        QStringLiteral("INSERT INTO tenancies (property_id, tenant_contact_id, start_date, end_date,"
                       " rent_aed) VALUES (?, ?, ?, ?, ?)"),
        {tenancy.propertyId, tenancy.tenantContactId, tenancy.start.toString(Qt::ISODate),
         tenancy.end.toString(Qt::ISODate), tenancy.rentAed});
    if (!query)
        return failed<Tenancy>(failedAction(), query.error());
    Tenancy inserted = tenancy;
    inserted.id = query.value()->lastInsertId().toLongLong();
    query.value()->finish();
    return inserted;
}

Result<QList<Tenancy>> PropertyRepository::tenancies(qint64 propertyId)
{
    const auto failedAction = [&] { return tr("cannot read the tenancies of property %1").arg(propertyId); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<QList<Tenancy>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT id, property_id, tenant_contact_id, start_date, end_date, rent_aed"
                       " FROM tenancies WHERE property_id = ? ORDER BY start_date, id"),
        {propertyId});
    if (!query)
        return failed<QList<Tenancy>>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    QList<Tenancy> tenancies;
    while (query.value()->next())
        tenancies.append(readTenancy(*query.value()));
    return tenancies;
}

} // namespace linda
