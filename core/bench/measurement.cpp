#include "measurement.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace linda::bench {

namespace {

class SteadyMeasureClock final : public MeasureClock
{
public:
    std::chrono::nanoseconds now() const override
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    }
};

void throwIfCancelled(const std::atomic<bool> &cancel)
{
    if (cancel.load(std::memory_order_relaxed))
        throw CaseCancelled{};
}

// Times one call of batch(iterations), in nanoseconds.
double timeBatch(const MeasureClock &clock, const BatchFunction &batch, qint64 iterations)
{
    const auto start = clock.now();
    batch(iterations);
    const auto stop = clock.now();
    return static_cast<double>((stop - start).count());
}

// Next batch size: a tenfold step while the batch is far too short to judge,
// else a step to 1.4 times the size the last timing predicts, so the next
// try is likely to pass the target.
qint64 nextBatchSize(qint64 current, double elapsedNs, double targetNs, qint64 maxBatchSize)
{
    qint64 next = current * 10;
    if (elapsedNs > targetNs / 10.0) {
        const double predicted = std::ceil(static_cast<double>(current) * targetNs * 1.4 / elapsedNs);
        next = static_cast<qint64>(std::min(predicted, static_cast<double>(current) * 10.0));
    }
    return std::clamp(next, current + 1, maxBatchSize);
}

void warmUp(const MeasureClock &clock, const BatchFunction &batch, qint64 size, std::chrono::nanoseconds duration,
            const std::atomic<bool> &cancel)
{
    const auto start = clock.now();
    while (clock.now() - start < duration) {
        throwIfCancelled(cancel);
        batch(size);
    }
}

} // namespace

const MeasureClock &MeasureClock::steady()
{
    static const SteadyMeasureClock clock;
    return clock;
}

double clockReadCostNs(const MeasureClock &clock, int reads)
{
    std::vector<double> runs;
    for (int run = 0; run < 11; ++run) {
        const auto start = clock.now();
        for (int i = 1; i < reads; ++i)
            (void)clock.now();
        const auto stop = clock.now();
        runs.push_back(static_cast<double>((stop - start).count()) / reads);
    }
    std::nth_element(runs.begin(), runs.begin() + 5, runs.end());
    return runs[5];
}

qint64 calibrateBatchSize(const MeasureClock &clock, const BatchFunction &batch,
                          const SamplingPlan &plan, const std::atomic<bool> &cancel, double *lastBatchNs)
{
    const auto targetNs = static_cast<double>(plan.minSampleTime.count());
    qint64 size = 1;
    for (;;) {
        throwIfCancelled(cancel);
        const double elapsed = timeBatch(clock, batch, size);
        if (lastBatchNs)
            *lastBatchNs = elapsed;
        if (elapsed >= targetNs || size >= plan.maxBatchSize)
            return size;
        size = nextBatchSize(size, elapsed, targetNs, plan.maxBatchSize);
    }
}

LatencySampling sampleLatency(const MeasureClock &clock, const BatchFunction &batch,
                              const SamplingPlan &plan, const std::atomic<bool> &cancel,
                              const SampleCallback &onSample)
{
    LatencySampling sampling;
    double lastCalibrationNs = 0;
    sampling.batchSize = calibrateBatchSize(clock, batch, plan, cancel, &lastCalibrationNs);

    // Warm-up at the calibrated size: the first batches pay for cold caches,
    // lazy initialisation and SQLite's page cache. A calibration batch that
    // lasted the whole warm-up time has already paid for them.
    if (lastCalibrationNs < double(plan.warmup.count()))
        warmUp(clock, batch, sampling.batchSize, plan.warmup, cancel);

    const auto start = clock.now();
    while (sampling.samples.size() < plan.maxSamples) {
        throwIfCancelled(cancel);
        const double elapsed = timeBatch(clock, batch, sampling.batchSize);
        const double perOperation = elapsed / static_cast<double>(sampling.batchSize);
        sampling.samples.append(perOperation);
        sampling.iterations += sampling.batchSize;
        sampling.elapsedNs += elapsed;
        if (onSample)
            onSample(perOperation);
        if (sampling.samples.size() >= plan.minSamples && clock.now() - start >= plan.minTime)
            break;
    }
    return sampling;
}

QList<double> sampleThroughput(const MeasureClock &clock, const CountingBatchFunction &batch,
                               int repetitions, std::chrono::nanoseconds repetitionTime,
                               const SamplingPlan &plan, const std::atomic<bool> &cancel,
                               const SampleCallback &onSample)
{
    // Calibrate on the operation count: one call is timed as one batch.
    const BatchFunction asBatch = [&batch](qint64 iterations) { (void)batch(iterations); };
    double lastCalibrationNs = 0;
    const qint64 size = calibrateBatchSize(clock, asBatch, plan, cancel, &lastCalibrationNs);
    if (lastCalibrationNs < double(plan.warmup.count()))
        warmUp(clock, asBatch, size, plan.warmup, cancel);

    QList<double> rates;
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        qint64 operations = 0;
        const auto start = clock.now();
        auto elapsed = std::chrono::nanoseconds::zero();
        do {
            throwIfCancelled(cancel);
            operations += batch(size);
            elapsed = clock.now() - start;
        } while (elapsed < repetitionTime);
        const double rate = static_cast<double>(operations) * 1e9 / static_cast<double>(elapsed.count());
        rates.append(rate);
        if (onSample)
            onSample(rate);
    }
    return rates;
}

} // namespace linda::bench
