#include "syntheticsamples.h"

#include <cmath>
#include <numbers>

SyntheticSamples::SyntheticSamples(std::uint64_t seed)
    : m_engine(seed)
{
}

double SyntheticSamples::uniform()
{
    // 53 random bits, shifted by half a step so that 0 never occurs (log(0) below).
    return (double(m_engine() >> 11) + 0.5) / 9007199254740992.0;
}

double SyntheticSamples::standardNormal()
{
    return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
}

QList<double> SyntheticSamples::logNormal(int count, double median, double sigma)
{
    QList<double> values;
    values.reserve(count);
    for (int i = 0; i < count; ++i)
        values << median * std::exp(sigma * standardNormal());
    return values;
}
