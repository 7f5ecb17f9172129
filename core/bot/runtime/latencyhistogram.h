#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <vector>

namespace linda {

// A copied, immutable view of a LatencyHistogram. Values are nanoseconds.
struct HistogramSnapshot
{
    quint64 count = 0;
    quint64 sum = 0; // saturates at UINT64_MAX (about 584 years of latency)
    quint64 min = 0; // 0 when count is 0
    quint64 max = 0;
    std::vector<quint64> buckets; // per-bucket counts, LatencyHistogram::bucketIndex order

    // Value at quantile q in [0, 1] (q = 0.95 is p95): the upper bound of
    // the bucket holding the ceil(q * count)-th smallest value, clamped to
    // [min, max]. 0 when empty. See LatencyHistogram for the precision.
    quint64 valueAtQuantile(double q) const;
    double mean() const { return count ? double(sum) / double(count) : 0.0; }

    // Adds another snapshot's values to this one.
    void merge(const HistogramSnapshot &other);
};

// A lock-free latency histogram with log-linear buckets, in fixed memory.
//
// Values below 2^SubBucketBits ns are counted exactly. Above, each power of
// two [2^e, 2^(e+1)) is split into 2^SubBucketBits equal sub-buckets, so a
// bucket is at most 1/64 of its lower bound wide: a quantile read from the
// snapshot is never below the true value and at most 1.6 % above it.
// Values from 2^MaxExponent ns (about 18 minutes) up land in the top bucket
// and are still exact in max. Memory: BucketCount 64-bit counters, 19 KB.
//
// record() is wait-free apart from the max/min CAS loops and may be called
// from any thread; snapshot() reads without stopping writers, so a snapshot
// taken under load can be off by the few records in flight.
class LatencyHistogram
{
public:
    static constexpr int SubBucketBits = 6;
    static constexpr int MaxExponent = 40;
    static constexpr std::size_t SubBucketCount = std::size_t(1) << SubBucketBits;
    static constexpr std::size_t BucketCount = SubBucketCount + (MaxExponent - SubBucketBits) * SubBucketCount;

    void record(quint64 nanoseconds);
    void record(std::chrono::nanoseconds d) { record(d.count() > 0 ? quint64(d.count()) : 0); }
    HistogramSnapshot snapshot() const;
    void reset();

    static std::size_t bucketIndex(quint64 value);
    static quint64 bucketLowerBound(std::size_t index);
    static quint64 bucketUpperBound(std::size_t index); // largest value that maps to index

private:
    std::array<std::atomic<quint64>, BucketCount> m_buckets{};
    std::atomic<quint64> m_count{0};
    std::atomic<quint64> m_sum{0};
    std::atomic<quint64> m_min{UINT64_MAX};
    std::atomic<quint64> m_max{0};
};

} // namespace linda
