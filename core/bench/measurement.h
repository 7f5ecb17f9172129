#pragma once

#include <QList>

#include <atomic>
#include <chrono>
#include <functional>

// Timing loops: calibration of the batch size, latency sampling and
// throughput repetitions. Pure of any engine code, so tests drive them with
// a fake clock.
namespace linda::bench {

// Time source of the timing loops; steady() reads std::chrono::steady_clock.
// Tests pass a clock that their operation advances.
class MeasureClock
{
public:
    virtual ~MeasureClock() = default;
    virtual std::chrono::nanoseconds now() const = 0;

    static const MeasureClock &steady();
};

// Cost of one now() call, in nanoseconds, as the median over 11 runs of
// `reads` back-to-back reads.
double clockReadCostNs(const MeasureClock &clock, int reads = 1000);

// Thrown by the timing loops when the cancel flag is set; the runner turns
// it into Verdict::Cancelled.
struct CaseCancelled
{
};

// How long and how often to sample.
struct SamplingPlan
{
    std::chrono::nanoseconds warmup{std::chrono::milliseconds(20)};
    std::chrono::nanoseconds minTime{std::chrono::milliseconds(200)}; // sampling, after warm-up
    std::chrono::nanoseconds minSampleTime{std::chrono::microseconds(25)}; // one timed batch
    int minSamples = 10;
    int maxSamples = 20'000;
    qint64 maxBatchSize = qint64(1) << 30;
};

// Runs `iterations` operations; the timing loops time whole calls.
using BatchFunction = std::function<void(qint64 iterations)>;

// Called with every new sample; the runner throttles what it forwards.
using SampleCallback = std::function<void(double sample)>;

// Grows the batch size from 1, at most tenfold per step, until one timed
// call of batch takes at least plan.minSampleTime (the way Google Benchmark
// grows its iteration count), and returns that size. Throws CaseCancelled
// when cancel is set. lastBatchNs, when given, receives the time of the
// final calibration batch.
qint64 calibrateBatchSize(const MeasureClock &clock, const BatchFunction &batch,
                          const SamplingPlan &plan, const std::atomic<bool> &cancel,
                          double *lastBatchNs = nullptr);

struct LatencySampling
{
    QList<double> samples; // ns per operation, one per timed batch
    qint64 batchSize = 1;
    qint64 iterations = 0; // operations timed, warm-up and calibration excluded
    double elapsedNs = 0;  // sum of the timed batches
};

// Calibration, warm-up for plan.warmup (skipped when the final calibration
// batch alone lasted that long), then timed batches until both
// plan.minTime has passed and plan.minSamples are taken, or plan.maxSamples
// are taken. Checks cancel between batches.
LatencySampling sampleLatency(const MeasureClock &clock, const BatchFunction &batch,
                              const SamplingPlan &plan, const std::atomic<bool> &cancel,
                              const SampleCallback &onSample = {});

// Runs `repetitions` repetitions of at least repetitionTime each. Within a
// repetition, batch runs again and again and returns the operations it did.
// Returns operations per second of each repetition.
using CountingBatchFunction = std::function<qint64(qint64 iterations)>;
QList<double> sampleThroughput(const MeasureClock &clock, const CountingBatchFunction &batch,
                               int repetitions, std::chrono::nanoseconds repetitionTime,
                               const SamplingPlan &plan, const std::atomic<bool> &cancel,
                               const SampleCallback &onSample = {});

} // namespace linda::bench
