#pragma once

#include "results.h"

#include <QList>
#include <QStringList>

namespace linda {
struct Fixtures;
}

namespace linda::bench {

// Every case of the three suites, in run order, with parameters from the given fixtures.
QList<CaseInfo> registeredCases(const linda::Fixtures &fixtures);
// The same with the bundled fixtures.
QList<CaseInfo> registeredCases();

// Ids of the cases whose id matches one of the glob patterns ("bench.db.*",
// "load.scenario.?eavy") and whose suite is in suites; an empty pattern or
// suite list matches everything. Keeps registry order.
QStringList selectCaseIds(const QList<CaseInfo> &cases, const QStringList &patterns,
                          const QList<Suite> &suites = {});

// Patterns that match no case id, for a usage error.
QStringList unmatchedPatterns(const QList<CaseInfo> &cases, const QStringList &patterns);

} // namespace linda::bench
