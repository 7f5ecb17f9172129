#include "statistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace linda::bench {

namespace {

QString trStats(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

// Index in [0, n) from a 64-bit random value. The modulo bias is below
// n / 2^64, far under anything a bootstrap can show, and unlike
// std::uniform_int_distribution the mapping is the same on every standard
// library, so the interval is reproducible everywhere.
std::size_t scaledIndex(std::uint64_t random, std::size_t n)
{
    return static_cast<std::size_t>(random % n);
}

// Minimum sample count for which p99 means something: with fewer, the top
// percentile is interpolated from the two largest values.
constexpr qint64 kMinSamplesForTails = 100;

// Median of an unsorted vector, reordering it; linear time with nth_element
// so that 1000 bootstrap resamples of 20,000 values stay well under a second.
double medianInPlace(std::vector<double> &values)
{
    const std::size_t n = values.size();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2 == 1)
        return *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + *middle) / 2.0;
}

} // namespace

double percentileSorted(std::span<const double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    // Clamp so that rounding in a caller's p never indexes past either end.
    const double clamped = std::clamp(p, 0.0, 100.0);
    const double rank = (static_cast<double>(sorted.size()) - 1.0) * clamped / 100.0;
    const auto below = static_cast<std::size_t>(std::floor(rank));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

double medianSorted(std::span<const double> sorted)
{
    return percentileSorted(sorted, 50.0);
}

double mean(std::span<const double> values)
{
    if (values.empty())
        return 0;
    // Kahan summation: latency sets reach 10^6 values of similar size, where
    // naive summation loses the last digits.
    double sum = 0;
    double compensation = 0;
    for (const double v : values) {
        const double y = v - compensation;
        const double t = sum + y;
        compensation = (t - sum) - y;
        sum = t;
    }
    return sum / static_cast<double>(values.size());
}

double standardDeviation(std::span<const double> values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double squares = 0;
    for (const double v : values)
        squares += (v - m) * (v - m);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

double medianAbsoluteDeviation(std::span<const double> sorted)
{
    if (sorted.empty())
        return 0;
    const double median = medianSorted(sorted);
    std::vector<double> deviations;
    deviations.reserve(sorted.size());
    for (const double v : sorted)
        deviations.push_back(std::abs(v - median));
    std::sort(deviations.begin(), deviations.end());
    return medianSorted(deviations);
}

OutlierCounts tukeyOutliers(std::span<const double> sorted)
{
    OutlierCounts counts;
    if (sorted.size() < 4)
        return counts; // quartiles of fewer values fence nothing meaningful
    const double q1 = percentileSorted(sorted, 25.0);
    const double q3 = percentileSorted(sorted, 75.0);
    const double iqr = q3 - q1;
    const double lowFence = q1 - 1.5 * iqr;
    const double highFence = q3 + 1.5 * iqr;
    for (const double v : sorted) {
        if (v < lowFence)
            ++counts.low;
        else if (v > highFence)
            ++counts.high;
    }
    return counts;
}

Interval bootstrapMedianInterval(std::span<const double> values, int resamples, std::uint64_t seed)
{
    if (values.empty() || resamples <= 0)
        return {};
    if (values.size() == 1)
        return {values.front(), values.front()};

    std::mt19937_64 generator(seed);
    std::vector<double> resample(values.size());
    std::vector<double> medians;
    medians.reserve(static_cast<std::size_t>(resamples));
    for (int r = 0; r < resamples; ++r) {
        for (double &slot : resample)
            slot = values[scaledIndex(generator(), values.size())];
        medians.push_back(medianInPlace(resample));
    }
    std::sort(medians.begin(), medians.end());
    return {percentileSorted(medians, 2.5), percentileSorted(medians, 97.5)};
}

Statistics computeStatistics(const QList<double> &samples)
{
    Statistics stats;
    stats.count = samples.size();
    if (samples.isEmpty())
        return stats;

    std::vector<double> sorted(samples.cbegin(), samples.cend());
    std::sort(sorted.begin(), sorted.end());

    stats.min = sorted.front();
    stats.max = sorted.back();
    stats.mean = mean(sorted);
    stats.median = medianSorted(sorted);
    stats.stddev = standardDeviation(sorted);
    stats.cv = stats.mean != 0 ? stats.stddev / stats.mean : 0;
    stats.p50 = stats.median;
    stats.p90 = percentileSorted(sorted, 90);
    stats.p95 = percentileSorted(sorted, 95);
    stats.p99 = percentileSorted(sorted, 99);
    stats.mad = medianAbsoluteDeviation(sorted);

    const Interval ci = bootstrapMedianInterval(sorted);
    stats.medianCiLow = ci.low;
    stats.medianCiHigh = ci.high;

    const OutlierCounts outliers = tukeyOutliers(sorted);
    stats.outliersLow = outliers.low;
    stats.outliersHigh = outliers.high;
    return stats;
}

double operationsPerSecond(double operations, double elapsedNs)
{
    if (elapsedNs <= 0)
        return 0;
    return operations * 1e9 / elapsedNs;
}

ThroughputEstimate estimateThroughput(const QList<double> &ratesPerRepetition)
{
    ThroughputEstimate estimate;
    if (ratesPerRepetition.isEmpty())
        return estimate;
    std::vector<double> sorted(ratesPerRepetition.cbegin(), ratesPerRepetition.cend());
    std::sort(sorted.begin(), sorted.end());
    estimate.median = medianSorted(sorted);
    estimate.interval = bootstrapMedianInterval(sorted);
    return estimate;
}

QStringList stabilityWarnings(const Statistics &stats)
{
    QStringList warnings;
    if (stats.count > 0 && stats.count < kMinSamplesForTails) {
        warnings << trStats("Only %1 samples: p99 is interpolated from the largest values.")
                        .arg(stats.count);
    }
    if (stats.cv > kUnstableCv) {
        warnings << trStats("Unstable result: coefficient of variation %1 % is above %2 %.")
                        .arg(stats.cv * 100, 0, 'f', 1)
                        .arg(kUnstableCv * 100, 0, 'f', 0);
    }
    return warnings;
}

} // namespace linda::bench
