#pragma once

#include "clock.h"

#include <QString>

#include <array>
#include <atomic>
#include <memory>

namespace linda {

struct RateLimitConfig
{
    bool enabled = true;
    double ratePerSecond = 1.0; // tokens added per second, > 0
    double burst = 5.0;         // bucket size: messages allowed back to back, >= 1
};

// The limiter's decision on one message from a sender.
enum class RateDecision {
    Allowed,
    LimitedNotify, // first limited message since the sender's last allowed one: send the notice
    LimitedSilent, // still limited and already notified: send nothing
};

// A token bucket per sender. Each allowed message takes one token; tokens
// refill continuously at ratePerSecond up to burst. Thread-safe, sharded
// like SessionManager.
class RateLimiter
{
public:
    RateLimiter(RateLimitConfig config, const Clock &clock);
    ~RateLimiter();
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;

    static QString validate(const RateLimitConfig &config);

    RateDecision acquire(const QString &sender);

    // Tokens the sender has now (burst for an unknown sender).
    double tokens(const QString &sender) const;

    // Drops the buckets that have refilled to full, which behave exactly
    // like absent ones; keeps memory bounded by the active senders.
    // Returns how many were dropped.
    int trim();

    int trackedSenders() const { return m_tracked.load(std::memory_order_relaxed); }
    quint64 limitedTotal() const { return m_limited.load(std::memory_order_relaxed); }
    const RateLimitConfig &config() const { return m_config; }

private:
    struct Shard;
    static constexpr std::size_t ShardCount = 64;
    Shard &shardFor(const QString &sender) const;

    RateLimitConfig m_config;
    const Clock &m_clock;
    std::array<std::unique_ptr<Shard>, ShardCount> m_shards;
    std::atomic<int> m_tracked{0};
    std::atomic<quint64> m_limited{0};
};

} // namespace linda
