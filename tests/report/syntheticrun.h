#pragma once

#include "bench/results.h"

#include <QString>

// RunResult values shaped like a default run, for report tests only: every
// case id of the three suites, a few thousand latency samples per latency
// case, throughput repetitions, heap and queue series. The figures are drawn
// from a fixed seed, so every call returns the same run.
namespace linda::test {

// Reads the cases from a tab-separated file (see data/default-run-cases.tsv).
// Returns an empty run and sets *error when the file cannot be read or a row
// is malformed.
bench::RunResult syntheticRun(const QString &casesFile, int samplesPerCase, QString *error);

// Summary statistics of samples, as the runner reports them (nearest-rank
// percentiles; the confidence interval is a fixed ±2 % stand-in).
bench::Statistics summarize(QList<double> samples);

} // namespace linda::test
