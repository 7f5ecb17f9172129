#include "latencyhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace linda {

std::size_t LatencyHistogram::bucketIndex(quint64 value)
{
    if (value < SubBucketCount)
        return std::size_t(value);
    const int exponent = std::bit_width(value) - 1; // value is in [2^exponent, 2^(exponent+1))
    if (exponent >= MaxExponent)
        return BucketCount - 1;
    const int shift = exponent - SubBucketBits;
    const std::size_t sub = std::size_t(value >> shift) - SubBucketCount; // 0 .. SubBucketCount-1
    return SubBucketCount + std::size_t(shift) * SubBucketCount + sub;
}

quint64 LatencyHistogram::bucketLowerBound(std::size_t index)
{
    if (index < SubBucketCount)
        return index;
    const std::size_t k = index - SubBucketCount;
    const std::size_t shift = k / SubBucketCount;
    const quint64 sub = k % SubBucketCount;
    return (SubBucketCount + sub) << shift;
}

quint64 LatencyHistogram::bucketUpperBound(std::size_t index)
{
    if (index < SubBucketCount)
        return index;
    const std::size_t shift = (index - SubBucketCount) / SubBucketCount;
    return bucketLowerBound(index) + (quint64(1) << shift) - 1;
}

void LatencyHistogram::record(quint64 nanoseconds)
{
    m_buckets[bucketIndex(nanoseconds)].fetch_add(1, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);

    // Saturating add: wrapping would turn the mean into nonsense.
    quint64 sum = m_sum.load(std::memory_order_relaxed);
    quint64 next;
    do {
        next = sum > UINT64_MAX - nanoseconds ? UINT64_MAX : sum + nanoseconds;
    } while (!m_sum.compare_exchange_weak(sum, next, std::memory_order_relaxed));

    quint64 max = m_max.load(std::memory_order_relaxed);
    while (nanoseconds > max && !m_max.compare_exchange_weak(max, nanoseconds, std::memory_order_relaxed)) {
    }
    quint64 min = m_min.load(std::memory_order_relaxed);
    while (nanoseconds < min && !m_min.compare_exchange_weak(min, nanoseconds, std::memory_order_relaxed)) {
    }
}

HistogramSnapshot LatencyHistogram::snapshot() const
{
    HistogramSnapshot s;
    s.buckets.resize(BucketCount);
    for (std::size_t i = 0; i < BucketCount; ++i) {
        s.buckets[i] = m_buckets[i].load(std::memory_order_relaxed);
        s.count += s.buckets[i];
    }
    // count comes from the buckets so quantiles stay consistent with them
    // even while other threads record.
    s.sum = m_sum.load(std::memory_order_relaxed);
    s.max = m_max.load(std::memory_order_relaxed);
    s.min = s.count ? std::min(m_min.load(std::memory_order_relaxed), s.max) : 0;
    return s;
}

void LatencyHistogram::reset()
{
    for (auto &bucket : m_buckets)
        bucket.store(0, std::memory_order_relaxed);
    m_count.store(0, std::memory_order_relaxed);
    m_sum.store(0, std::memory_order_relaxed);
    m_min.store(UINT64_MAX, std::memory_order_relaxed);
    m_max.store(0, std::memory_order_relaxed);
}

quint64 HistogramSnapshot::valueAtQuantile(double q) const
{
    if (count == 0 || buckets.empty())
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    // Rank of the value among count sorted values, 1-based; q = 0 is the minimum.
    const quint64 rank = std::clamp<quint64>(quint64(std::ceil(q * double(count))), 1, count);
    quint64 seen = 0;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        seen += buckets[i];
        if (seen >= rank)
            return std::clamp(LatencyHistogram::bucketUpperBound(i), min, max);
    }
    return max;
}

void HistogramSnapshot::merge(const HistogramSnapshot &other)
{
    if (other.count == 0)
        return;
    if (buckets.size() < other.buckets.size())
        buckets.resize(other.buckets.size());
    for (std::size_t i = 0; i < other.buckets.size(); ++i)
        buckets[i] += other.buckets[i];
    min = count ? std::min(min, other.min) : other.min;
    max = std::max(max, other.max);
    sum = sum > UINT64_MAX - other.sum ? UINT64_MAX : sum + other.sum;
    count += other.count;
}

} // namespace linda
