#include "ratelimiter.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace linda {

namespace {

struct Bucket
{
    double tokens = 0;
    Clock::TimePoint updated{};
    bool notified = false; // the notice went out since the last allowed message
};

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::RateLimiter", text);
}

} // namespace

struct RateLimiter::Shard
{
    mutable std::mutex mutex;
    QHash<QString, Bucket> buckets;
};

namespace {

// Tokens after refilling from `bucket.updated` to `now`, capped at burst.
// A clock that went backwards refills nothing.
double refilled(const Bucket &bucket, Clock::TimePoint now, const RateLimitConfig &config)
{
    const double seconds = std::chrono::duration<double>(now - bucket.updated).count();
    return std::min(config.burst, bucket.tokens + std::max(0.0, seconds) * config.ratePerSecond);
}

} // namespace

RateLimiter::RateLimiter(RateLimitConfig config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
{
    for (auto &shard : m_shards)
        shard = std::make_unique<Shard>();
}

RateLimiter::~RateLimiter() = default;

QString RateLimiter::validate(const RateLimitConfig &config)
{
    if (!config.enabled)
        return {};
    if (!(config.ratePerSecond > 0) || !std::isfinite(config.ratePerSecond))
        return tr("rateLimit.ratePerSecond is %1; it must be a number greater than 0.").arg(config.ratePerSecond);
    if (!(config.burst >= 1) || !std::isfinite(config.burst))
        return tr("rateLimit.burst is %1; it must be at least 1 so that one message can pass.").arg(config.burst);
    return {};
}

RateLimiter::Shard &RateLimiter::shardFor(const QString &sender) const
{
    return *m_shards[qHash(sender) % ShardCount];
}

RateDecision RateLimiter::acquire(const QString &sender)
{
    if (!m_config.enabled)
        return RateDecision::Allowed;

    const auto now = m_clock.now();
    Shard &shard = shardFor(sender);
    std::lock_guard lock(shard.mutex);
    auto it = shard.buckets.find(sender);
    if (it == shard.buckets.end()) {
        it = shard.buckets.insert(sender, Bucket{m_config.burst, now, false});
        m_tracked.fetch_add(1, std::memory_order_relaxed);
    }
    Bucket &bucket = *it;
    bucket.tokens = refilled(bucket, now, m_config);
    bucket.updated = now;

    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        bucket.notified = false;
        return RateDecision::Allowed;
    }
    m_limited.fetch_add(1, std::memory_order_relaxed);
    if (bucket.notified)
        return RateDecision::LimitedSilent;
    bucket.notified = true;
    return RateDecision::LimitedNotify;
}

double RateLimiter::tokens(const QString &sender) const
{
    const Shard &shard = shardFor(sender);
    std::lock_guard lock(shard.mutex);
    const auto it = shard.buckets.constFind(sender);
    if (it == shard.buckets.cend())
        return m_config.burst;
    return refilled(*it, m_clock.now(), m_config);
}

int RateLimiter::trim()
{
    const auto now = m_clock.now();
    int dropped = 0;
    for (auto &shard : m_shards) {
        std::lock_guard lock(shard->mutex);
        for (auto it = shard->buckets.begin(); it != shard->buckets.end();) {
            if (refilled(*it, now, m_config) >= m_config.burst) {
                it = shard->buckets.erase(it);
                ++dropped;
            } else {
                ++it;
            }
        }
    }
    m_tracked.fetch_sub(dropped, std::memory_order_relaxed);
    return dropped;
}

} // namespace linda
