#include "demoseeder.h"

#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::DemoSeeder", text);
}

struct ClusterInfo
{
    const char16_t *name;
    const char16_t *code;  // unit code prefix
    qint64 basePriceAed;   // yearly rent of a studio
};

// Dubai-style community names; invented, but shaped like the real ones.
constexpr ClusterInfo kClusters[] = {
    {u"Marina Heights", u"MH", 65'000},
    {u"Palm Crescent", u"PC", 120'000},
    {u"Downtown Boulevard", u"DB", 90'000},
    {u"Jumeirah Gardens", u"JG", 80'000},
    {u"Business Bay Towers", u"BB", 70'000},
    {u"Al Barsha Court", u"AB", 45'000},
    {u"Silicon Oasis Park", u"SO", 38'000},
    {u"Creek Harbour View", u"CH", 85'000},
};

constexpr const char16_t *kFirstNames[] = {
    u"Ahmed", u"Fatima", u"Omar", u"Aisha", u"Yousef", u"Mariam", u"Khalid", u"Noura",
    u"Rahul", u"Priya", u"James", u"Sophie", u"Ivan", u"Elena", u"Chen", u"Mei",
    u"Hassan", u"Layla", u"Tariq", u"Sara", u"Daniel", u"Anna", u"Arjun", u"Zainab",
};

constexpr const char16_t *kLastNames[] = {
    u"Al Mansoori", u"Khan", u"Haddad", u"Al Nuaimi", u"Sharma", u"Smith", u"Petrova",
    u"Wang", u"Rahman", u"Farouk", u"Nair", u"Brown", u"Al Suwaidi", u"Iyer", u"Costa",
};

constexpr const char16_t *kCompanies[] = {
    u"Emaar Realty", u"Gulf Trading LLC", u"Desert Rose Consulting", u"Oasis Logistics",
    u"Falcon Tech FZ", u"Blue Dhow Holdings",
};

// UAE mobile prefixes after +971; every one is a valid mobile range in
// libphonenumber's metadata for AE.
constexpr const char16_t *kMobilePrefixes[] = {u"50", u"52", u"54", u"55", u"56", u"58"};
constexpr quint32 kSubscriberStride = 1237;

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(quint32(N))];
}

QString fromUtf16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QList<Property> makeProperties(QRandomGenerator &random, const DemoSeedOptions &options)
{
    QList<Property> properties;
    properties.reserve(options.properties);
    constexpr int clusterCount = int(std::size(kClusters));
    for (int i = 0; i < options.properties; ++i) {
        const ClusterInfo &cluster = kClusters[i % clusterCount];
        // Units are numbered floor by floor: floor 1.., unit 01..08 per floor.
        const int serial = i / clusterCount;
        const int floor = 1 + serial / 8;
        const int door = 1 + serial % 8;
        Property property;
        property.cluster = fromUtf16(cluster.name);
        property.unit = QStringLiteral("%1-%2%3")
                            .arg(fromUtf16(cluster.code))
                            .arg(floor)
                            .arg(door, 2, 10, QLatin1Char('0'));
        property.bedrooms = int(random.bounded(0, 5)); // studio .. 4 bedrooms
        // Round to 500 AED as listings are.
        const qint64 rent = cluster.basePriceAed * (100 + 45 * property.bedrooms) / 100
                            + random.bounded(0, 20) * 500;
        property.priceAed = rent / 500 * 500;
        // Two draws in one expression would run in an order the compiler
        // picks (g++ and clang++ differ), and the same seed would give other
        // owners. The last name is drawn first, as the g++ builds always did.
        const QString ownerLast = fromUtf16(pick(random, kLastNames));
        const QString ownerFirst = fromUtf16(pick(random, kFirstNames));
        property.owner = ownerFirst + u' ' + ownerLast;
        property.status = random.generateDouble() < options.rentedShare ? PropertyStatus::Rented
                                                                         : PropertyStatus::Available;
        properties.append(property);
    }
    return properties;
}

QList<Contact> makeContacts(QRandomGenerator &random, const DemoSeedOptions &options)
{
    QList<Contact> contacts;
    contacts.reserve(options.contacts);
    const int prefixCount = int(std::size(kMobilePrefixes));
    for (int i = 0; i < options.contacts; ++i) {
        Contact contact;
        const QString first = fromUtf16(pick(random, kFirstNames));
        const QString last = fromUtf16(pick(random, kLastNames));
        contact.name = first + u' ' + last;
        // Numbers cycle through the prefixes, and each prefix's subscriber
        // numbers advance in steps of kSubscriberStride, so numbers never
        // collide; the random part only spreads them within a step.
        const auto prefix = kMobilePrefixes[i % prefixCount];
        const quint32 subscriber = quint32(i / prefixCount) * kSubscriberStride
                                   + random.bounded(kSubscriberStride);
        contact.e164 = QStringLiteral("+971%1%2")
                           .arg(fromUtf16(prefix))
                           .arg(subscriber, 7, 10, QLatin1Char('0'));
        if (random.bounded(3) != 0) {
            contact.email = QStringLiteral("%1.%2@example.ae")
                                .arg(first.toLower(), last.toLower().remove(u' '));
        }
        if (random.bounded(2) == 0)
            contact.company = fromUtf16(pick(random, kCompanies));
        contacts.append(contact);
    }
    return contacts;
}

} // namespace

QStringList DemoSeeder::clusterNames()
{
    QStringList names;
    for (const ClusterInfo &cluster : kClusters)
        names.append(fromUtf16(cluster.name));
    return names;
}

Result<DemoSeedSummary> DemoSeeder::seed(Store &store) const
{
    if (m_options.properties < 0 || m_options.contacts < 0)
        return Result<DemoSeedSummary>::failure(tr("demo data counts must not be negative"));
    if (m_options.contacts > maxContacts) {
        return Result<DemoSeedSummary>::failure(
            tr("at most %1 demo contacts fit the generated number ranges; %2 were requested")
                .arg(maxContacts)
                .arg(m_options.contacts));
    }
    if (m_options.properties > maxProperties) {
        return Result<DemoSeedSummary>::failure(
            tr("at most %1 demo properties fit the generated unit codes; %2 were requested")
                .arg(maxProperties)
                .arg(m_options.properties));
    }

    // One generator for everything, so the rows depend on seed and counts only.
    QRandomGenerator random(m_options.seed);
    const QList<Property> properties = makeProperties(random, m_options);
    const QList<Contact> contacts = makeContacts(random, m_options);

    DemoSeedSummary summary;
    const Status status = store.transaction([&]() -> Status {
        QList<Property> rented;
        for (const Property &property : properties) {
            const auto inserted = store.properties().insert(property);
            if (!inserted)
                return Status::failure(inserted.error());
            if (inserted->status == PropertyStatus::Rented)
                rented.append(inserted.value());
            ++summary.properties;
        }

        QList<qint64> contactIds;
        for (const Contact &contact : contacts) {
            const auto inserted = store.contacts().insert(contact);
            if (!inserted)
                return Status::failure(inserted.error());
            contactIds.append(inserted->id);
            ++summary.contacts;
        }

        // Each rented unit gets a one-year tenancy; tenants repeat when there
        // are fewer contacts than rented units.
        const QDate firstStart(2025, 1, 1);
        for (int i = 0; i < rented.size() && !contactIds.isEmpty(); ++i) {
            Tenancy tenancy;
            tenancy.propertyId = rented.at(i).id;
            tenancy.tenantContactId = contactIds.at(i % contactIds.size());
            tenancy.start = firstStart.addDays(i % 365);
            tenancy.end = tenancy.start.addYears(1).addDays(-1);
            tenancy.rentAed = rented.at(i).priceAed;
            if (const auto added = store.properties().addTenancy(tenancy); !added)
                return Status::failure(added.error());
            ++summary.tenancies;
        }
        return {};
    });
    if (!status)
        return Result<DemoSeedSummary>::failure(status.error());
    return summary;
}

} // namespace linda
