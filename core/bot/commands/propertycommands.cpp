// The property commands (declared in handlers.h).

#include "handlers.h"

#include "bot/store/store.h"

namespace linda::handlers {

namespace {

constexpr int kDefaultListCount = 10;
// Most rows a search reads to tell "and N more" from the shown ones.
constexpr int kSearchReadLimit = 1000;

// header, then at most maxRows property lines, then "...and N more".
QString propertyListReply(const QString &header, const QList<Property> &properties, qsizetype total,
                          int maxRows)
{
    QStringList lines{header};
    for (qsizetype i = 0; i < properties.size() && i < maxRows; ++i)
        lines << propertyLine(properties.at(i));
    if (total > qMin<qsizetype>(properties.size(), maxRows))
        lines << replyText("…and %1 more.").arg(total - qMin<qsizetype>(properties.size(), maxRows));
    return lines.join(u'\n');
}

CommandReply listByStatus(const Environment &env, PropertyStatus status)
{
    const auto counts = env.store->properties().counts();
    if (!counts)
        return CommandReply::failure(storeErrorReply(counts.error()));
    const auto properties = env.store->properties().withStatus(status, env.options.maxListRows);
    if (!properties)
        return CommandReply::failure(storeErrorReply(properties.error()));

    const qint64 total = status == PropertyStatus::Available ? counts->available : counts->rented;
    if (total == 0) {
        return CommandReply::success(status == PropertyStatus::Available
                                         ? replyText("No property is available right now.")
                                         : replyText("No property is rented right now."));
    }
    const QString header = status == PropertyStatus::Available ? replyText("*Available* (%1)").arg(total)
                                                               : replyText("*Rented* (%1)").arg(total);
    return CommandReply::success(
        propertyListReply(header, properties.value(), total, env.options.maxListRows));
}

} // namespace

CommandReply propertyList(const Environment &env, const CommandRequest &request)
{
    int count = qMin(kDefaultListCount, env.options.maxListRows);
    if (!request.args.isEmpty()) {
        const auto parsed = parseCount(request.args.first(), env.options.maxListRows);
        if (!parsed) {
            return CommandReply::failure(
                replyText("The count must be a whole number from 1 to %1.").arg(env.options.maxListRows)
                + u'\n' + usageReply(request));
        }
        count = *parsed;
    }

    const auto counts = env.store->properties().counts();
    if (!counts)
        return CommandReply::failure(storeErrorReply(counts.error()));
    if (counts->total == 0)
        return CommandReply::success(replyText("No properties are listed yet."));
    const auto properties = env.store->properties().list(count);
    if (!properties)
        return CommandReply::failure(storeErrorReply(properties.error()));
    return CommandReply::success(propertyListReply(replyText("*Properties* (%1)").arg(counts->total),
                                                   properties.value(), counts->total, count));
}

CommandReply propertySearch(const Environment &env, const CommandRequest &request)
{
    const QString cluster = request.args.join(u' ').trimmed();
    if (cluster.isEmpty())
        return CommandReply::failure(usageReply(request));

    const auto found = env.store->properties().searchCluster(cluster, kSearchReadLimit);
    if (!found)
        return CommandReply::failure(storeErrorReply(found.error()));
    if (found->isEmpty()) {
        QString reply = replyText("No cluster matches \"%1\".").arg(cluster);
        if (const auto counts = env.store->properties().counts(); counts && !counts->perCluster.isEmpty()) {
            QStringList names;
            for (const auto &[name, count] : counts->perCluster)
                names << name;
            reply += u'\n' + replyText("Clusters: %1").arg(names.join(QStringLiteral(", ")));
        }
        return CommandReply::success(reply);
    }

    qsizetype available = 0;
    QStringList clusters;
    for (const Property &property : found.value()) {
        available += property.status == PropertyStatus::Available ? 1 : 0;
        if (!clusters.contains(property.cluster))
            clusters << property.cluster;
    }
    // One cluster is named as stored; several are summed up under the query.
    const QString title = clusters.size() == 1
                              ? clusters.first()
                              : replyText("\"%1\" in %2 clusters").arg(cluster).arg(clusters.size());
    const QString header = replyText("*%1* (%2 units, %3 available)")
                               .arg(title)
                               .arg(found->size())
                               .arg(available);
    return CommandReply::success(
        propertyListReply(header, found.value(), found->size(), env.options.maxListRows));
}

CommandReply propertyGet(const Environment &env, const CommandRequest &request)
{
    const QString unit = request.args.first().trimmed();
    const auto found = env.store->properties().findByUnit(unit);
    if (!found)
        return CommandReply::failure(storeErrorReply(found.error()));
    if (!found.value())
        return CommandReply::failure(replyText("No unit \"%1\". Try !property search <cluster>.").arg(unit));

    const Property &property = *found.value();
    QStringList lines;
    lines << QStringLiteral("*%1* · %2").arg(property.unit, property.cluster)
          << (property.bedrooms == 0 ? replyText("Studio") : replyText("%n bedroom(s)", property.bedrooms))
                 + QStringLiteral(" · ") + replyText("AED %1 a year").arg(groupedNumber(property.priceAed))
          << replyText("Status: %1").arg(propertyStatusName(property.status));
    if (!property.owner.isEmpty())
        lines << replyText("Owner: %1").arg(property.owner);

    if (property.status == PropertyStatus::Rented) {
        const auto tenancies = env.store->properties().tenancies(property.id);
        if (!tenancies)
            return CommandReply::failure(storeErrorReply(tenancies.error()));
        if (!tenancies->isEmpty()) {
            const Tenancy &latest = tenancies->last();
            const auto tenant = env.store->contacts().findById(latest.tenantContactId);
            const QString tenantText = tenant && tenant.value()
                                    ? QStringLiteral("%1 (%2)").arg(tenant.value()->name, tenant.value()->e164)
                                    : replyText("contact #%1").arg(latest.tenantContactId);
            lines << replyText("Tenant: %1 until %2").arg(tenantText, latest.end.toString(Qt::ISODate));
        }
    }
    return CommandReply::success(lines.join(u'\n'));
}

CommandReply propertyAvailable(const Environment &env, const CommandRequest &)
{
    return listByStatus(env, PropertyStatus::Available);
}

CommandReply propertyRented(const Environment &env, const CommandRequest &)
{
    return listByStatus(env, PropertyStatus::Rented);
}

} // namespace linda::handlers
