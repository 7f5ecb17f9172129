#pragma once

#include "bot/store/records.h"
#include "bot/store/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace linda {

class Store;

// The properties and tenancies tables. Calls run on the calling thread's
// connection and take part in a surrounding Store::transaction().
class PropertyRepository
{
public:
    explicit PropertyRepository(Store &store)
        : m_store(&store)
    {
    }

    // Up to limit properties ordered by unit, skipping offset rows. The
    // benchmark's "read 100 rows" case is list(100, offset).
    Result<QList<Property>> list(int limit, int offset = 0);

    // Properties of a cluster: an exact, case-insensitive match on the cluster
    // name (an indexed lookup) or, when none matches exactly, every cluster
    // whose name contains text. Ordered by unit, at most limit.
    Result<QList<Property>> searchCluster(const QString &text, int limit = 50);

    // Point read by the unique unit code (case-insensitive).
    Result<std::optional<Property>> findByUnit(const QString &unit);

    // Properties with the given status, ordered by cluster then unit.
    Result<QList<Property>> withStatus(PropertyStatus status, int limit = 50);

    Result<PropertyCounts> counts();

    // Inserts a property and returns it with its id. Fails with a message
    // naming the unit when it exists.
    Result<Property> insert(const Property &property);

    Status setStatus(const QString &unit, PropertyStatus status);

    // Records a tenancy; both ids must exist.
    Result<Tenancy> addTenancy(const Tenancy &tenancy);
    Result<QList<Tenancy>> tenancies(qint64 propertyId);

private:
    Store *m_store;
};

} // namespace linda
