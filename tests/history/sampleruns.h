#pragma once

#include "bench/results.h"

// Runs built field by field for the history tests, with every field of
// RunResult set to a value that differs from its default.
namespace sampleruns {

// A latency case with samples in ns around medianNs.
linda::bench::CaseResult latencyCase(const QString &id, double medianNs, int sampleCount = 40);
// A throughput case with repetitions in ops/s.
linda::bench::CaseResult throughputCase(const QString &id, double opsPerSecond);

// A two-case run that started at startedAt with the given profile.
linda::bench::RunResult run(const QDateTime &startedAt, linda::bench::Profile profile = linda::bench::Profile::Quick,
                            double parseMedianNs = 2000.0, int sampleCount = 40);

} // namespace sampleruns
