#pragma once

#include "results.h"

// The environment block recorded with every run.
namespace linda::bench {

// Collects CPU, OS, compiler, build, Qt and SQLite versions, the commit and
// the noise warnings. fixturesSource names where the fixtures came from.
Environment collectEnvironment(const QString &fixturesSource);

// Warnings that the machine is a noisy place to measure: a debug build, a
// CPU frequency governor other than "performance", a load average above the
// core count. Inputs are passed in so that the rule can be tested.
QStringList noiseWarnings(const QString &buildType, const QStringList &governors,
                          double loadAverage1Min, int cores);

} // namespace linda::bench
