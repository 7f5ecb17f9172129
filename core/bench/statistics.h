#pragma once

#include "results.h"

#include <QList>
#include <QStringList>

#include <cstdint>
#include <span>

// Summary statistics as small pure functions. Every function that takes a
// sorted span expects ascending order and returns 0 for an empty span.
namespace linda::bench {

// Seed of the bootstrap generator, fixed so that the same samples always give
// the same interval (results must be reproducible from their raw samples).
inline constexpr std::uint64_t kBootstrapSeed = 0x4c696e6461u; // "Linda"
inline constexpr int kBootstrapResamples = 1000;

// A two-sided interval around an estimate.
struct Interval
{
    double low = 0;
    double high = 0;
};

// p-th percentile (0 <= p <= 100) by linear interpolation between the two
// closest ranks: rank h = (n - 1) * p / 100, result x[floor h] + (h - floor h)
// * (x[floor h + 1] - x[floor h]). This is Hyndman and Fan's definition 7, the
// default of R's quantile() and NumPy's percentile().
double percentileSorted(std::span<const double> sorted, double p);

double medianSorted(std::span<const double> sorted);
double mean(std::span<const double> values);

// Sample standard deviation (divisor n - 1); 0 for fewer than two values.
double standardDeviation(std::span<const double> values);

// Median of |x - median|, unscaled (multiply by 1.4826 for a normal sigma).
double medianAbsoluteDeviation(std::span<const double> sorted);

// Counts of values below Q1 - 1.5 IQR and above Q3 + 1.5 IQR (Tukey fences,
// quartiles by percentileSorted).
struct OutlierCounts
{
    int low = 0;
    int high = 0;
};
OutlierCounts tukeyOutliers(std::span<const double> sorted);

// Percentile bootstrap 95 % interval of the median: resamples draws of n
// values with replacement from a generator seeded with seed.
Interval bootstrapMedianInterval(std::span<const double> values,
                                 int resamples = kBootstrapResamples,
                                 std::uint64_t seed = kBootstrapSeed);

// All of the above for one sample set. The samples need not be sorted.
Statistics computeStatistics(const QList<double> &samples);

// Operations per second from an operation count and an elapsed time in
// nanoseconds; 0 when no time elapsed.
double operationsPerSecond(double operations, double elapsedNs);

// Median rate over repetitions (each in ops/s) with its bootstrap interval.
struct ThroughputEstimate
{
    double median = 0;
    Interval interval;
};
ThroughputEstimate estimateThroughput(const QList<double> &ratesPerRepetition);

// Coefficient of variation above which a result is flagged as unstable.
inline constexpr double kUnstableCv = 0.10;

// Human-readable warnings about one sample set: too few samples to trust the
// tails, or a coefficient of variation above kUnstableCv.
QStringList stabilityWarnings(const Statistics &stats);

} // namespace linda::bench
