#pragma once

#include "bot/store/result.h"

#include <QStringList>

namespace linda {

class Store;

// How much demo data to create. The same seed and counts always produce the
// same rows, so suites and screenshots are repeatable.
struct DemoSeedOptions
{
    quint32 seed = 2024;
    int properties = 120;
    int contacts = 300;
    // Share of properties that are rented, each with a tenancy for one of
    // the contacts; 0..1.
    double rentedShare = 0.4;
};

struct DemoSeedSummary
{
    int properties = 0;
    int contacts = 0;
    int tenancies = 0;
};

// Fills a store with demo properties in named clusters (unit codes, bedrooms,
// yearly rent in AED, available or rented, owner) and contacts with valid UAE
// mobile numbers, all in one transaction. Fails, changing nothing, when the
// store already holds one of the generated units or numbers.
class DemoSeeder
{
public:
    explicit DemoSeeder(DemoSeedOptions options = {})
        : m_options(options)
    {
    }

    // Generated numbers are unique only up to maxContacts; unit codes up to
    // maxProperties. seed() rejects larger counts.
    static constexpr int maxContacts = 48'000;
    static constexpr int maxProperties = 100'000;

    Result<DemoSeedSummary> seed(Store &store) const;

    // The cluster names units are spread over, in the order they are used.
    static QStringList clusterNames();

private:
    DemoSeedOptions m_options;
};

} // namespace linda
