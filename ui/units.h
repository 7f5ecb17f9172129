#pragma once

#include <QString>

// Unit conversion and display for the figures the runner reports. The runner
// hands over raw numbers with their unit (latency samples in ns per
// operation, thresholds and baselines in ms, memory in bytes); the UI
// converts and formats them here, in one place.
namespace linda::ui {

inline constexpr double NanosecondsPerMillisecond = 1e6;
inline constexpr double NanosecondsPerSecond = 1e9;
inline constexpr double BytesPerMegabyte = 1024.0 * 1024.0; // MB as the fixtures use it: 2^20 bytes

// Converts a value in `unit` ("ns", "us", "ms", "s") to milliseconds.
// Returns the value unchanged for any other unit.
double toMilliseconds(double value, const QString &unit);

// Operations per second for one sample: a latency sample in ns per operation
// becomes 1e9 / ns; a sample already in "ops/s" stays. Returns 0 for
// non-positive latencies.
double opsPerSecondFromSample(double sample, const QString &sampleUnit);

// "0.0123 ms", "12.3 ms", "1,234 ms": three significant digits.
QString formatMilliseconds(double ms);
// "12.3 k ops/s" style with the unit attached.
QString formatRate(double opsPerSecond);
QString formatMegabytes(double megabytes);
// A limit with its unit as given, up to six significant digits without trailing zeros.
QString formatValue(double value, const QString &unit);
// "1:05" for 65 s, "1:02:03" above an hour.
QString formatClock(qint64 milliseconds);
// A series unit as the operator reads it. Count nouns from the runner, such
// as "messages" or "workers", are translated. Symbols such as "ms", "MB" and
// "ops/s" and unknown units are returned as given.
QString unitLabel(const QString &unit);

} // namespace linda::ui
