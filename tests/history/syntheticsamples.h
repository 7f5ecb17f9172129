#pragma once

#include <QList>

#include <cstdint>
#include <random>

// Latency-like samples for tests: log-normal around a median, drawn from a
// seeded std::mt19937_64 (whose output the C++ standard fixes) through a
// Box–Muller transform, so every standard library gives the same values.
class SyntheticSamples
{
public:
    explicit SyntheticSamples(std::uint64_t seed);

    // count samples with the given median and log-space standard deviation.
    QList<double> logNormal(int count, double median, double sigma);

private:
    double standardNormal();
    double uniform(); // in (0, 1)

    std::mt19937_64 m_engine;
};
