#include "bench/measurement.h"

#include <QTest>

#include <atomic>

using namespace linda::bench;
using namespace std::chrono_literals;

namespace {

// A clock that only the measured operation moves: each operation advances
// it by a fixed cost, each read by a fixed read cost.
class FakeClock final : public MeasureClock
{
public:
    std::chrono::nanoseconds now() const override
    {
        m_now += m_readCost;
        return m_now;
    }
    void advance(std::chrono::nanoseconds by) { m_now += by; }
    void setReadCost(std::chrono::nanoseconds cost) { m_readCost = cost; }

private:
    mutable std::chrono::nanoseconds m_now{1'000'000};
    std::chrono::nanoseconds m_readCost{0};
};

} // namespace

class TestMeasurement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calibration_data();
    void calibration();
    void samplesArePerOperation();
    void samplingStopsAtMinTime();
    void samplingRespectsMaxSamples();
    void cancelStopsSampling();
    void throughputRates();
    void clockReadCost();
};

void TestMeasurement::calibration_data()
{
    QTest::addColumn<qint64>("operationNs");
    QTest::addColumn<qint64>("targetNs");
    QTest::addColumn<qint64>("minBatch");
    QTest::addColumn<qint64>("maxBatch");

    // A batch reaches the target once n * cost >= target; the growth rule
    // may overshoot by its 1.4 factor but never by more than tenfold.
    QTest::addRow("slow operation: one per sample") << qint64(100'000) << qint64(25'000) << qint64(1) << qint64(1);
    QTest::addRow("exactly the target") << qint64(25'000) << qint64(25'000) << qint64(1) << qint64(1);
    QTest::addRow("10 ns operation") << qint64(10) << qint64(25'000) << qint64(2'500) << qint64(25'000);
    QTest::addRow("3 us operation") << qint64(3'000) << qint64(25'000) << qint64(9) << qint64(90);
}

void TestMeasurement::calibration()
{
    QFETCH(qint64, operationNs);
    QFETCH(qint64, targetNs);
    QFETCH(qint64, minBatch);
    QFETCH(qint64, maxBatch);

    FakeClock clock;
    SamplingPlan plan;
    plan.minSampleTime = std::chrono::nanoseconds(targetNs);
    std::atomic<bool> cancel{false};
    const qint64 size = calibrateBatchSize(
        clock, [&](qint64 n) { clock.advance(std::chrono::nanoseconds(n * operationNs)); }, plan, cancel);
    QVERIFY2(size >= minBatch, qPrintable(QString::number(size)));
    QVERIFY2(size <= maxBatch, qPrintable(QString::number(size)));
    QVERIFY(size * operationNs >= targetNs);
}

void TestMeasurement::samplesArePerOperation()
{
    FakeClock clock;
    SamplingPlan plan;
    plan.warmup = 1ms;
    plan.minTime = 10ms;
    plan.minSampleTime = 25us;
    std::atomic<bool> cancel{false};
    const LatencySampling sampling = sampleLatency(
        clock, [&](qint64 n) { clock.advance(std::chrono::nanoseconds(n * 50)); }, plan, cancel);
    QVERIFY(sampling.batchSize >= 500);
    QVERIFY(!sampling.samples.isEmpty());
    for (const double sample : sampling.samples)
        QCOMPARE(sample, 50.0);
    QCOMPARE(sampling.iterations, sampling.batchSize * sampling.samples.size());
}

void TestMeasurement::samplingStopsAtMinTime()
{
    FakeClock clock;
    SamplingPlan plan;
    plan.warmup = 0ms;
    plan.minTime = 10ms;
    plan.minSamples = 5;
    plan.minSampleTime = 25us;
    std::atomic<bool> cancel{false};
    // 1 ms per operation: 10 samples fill the 10 ms.
    const LatencySampling sampling = sampleLatency(
        clock, [&](qint64 n) { clock.advance(std::chrono::nanoseconds(n * 1'000'000)); }, plan, cancel);
    QCOMPARE(sampling.batchSize, 1);
    QCOMPARE(sampling.samples.size(), 10);
}

void TestMeasurement::samplingRespectsMaxSamples()
{
    FakeClock clock;
    SamplingPlan plan;
    plan.warmup = 0ms;
    plan.minTime = 10s;
    plan.maxSamples = 7;
    plan.minSampleTime = 25us;
    std::atomic<bool> cancel{false};
    const LatencySampling sampling = sampleLatency(
        clock, [&](qint64 n) { clock.advance(std::chrono::nanoseconds(n * 100'000)); }, plan, cancel);
    QCOMPARE(sampling.samples.size(), 7);
}

void TestMeasurement::cancelStopsSampling()
{
    FakeClock clock;
    SamplingPlan plan;
    plan.warmup = 0ms;
    plan.minTime = 1000s;
    plan.maxSamples = 1'000'000;
    std::atomic<bool> cancel{false};
    int calls = 0;
    bool cancelled = false;
    try {
        (void)sampleLatency(
            clock,
            [&](qint64 n) {
                clock.advance(std::chrono::nanoseconds(n * 100'000));
                if (++calls == 50)
                    cancel.store(true);
            },
            plan, cancel);
    } catch (const CaseCancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(calls, 50);
}

void TestMeasurement::throughputRates()
{
    FakeClock clock;
    SamplingPlan plan;
    plan.warmup = 0ms;
    plan.minSampleTime = 25us;
    std::atomic<bool> cancel{false};
    // 2 us per operation: 500,000 operations per second.
    const QList<double> rates = sampleThroughput(
        clock,
        [&](qint64 n) {
            clock.advance(std::chrono::nanoseconds(n * 2'000));
            return n;
        },
        4, 10ms, plan, cancel);
    QCOMPARE(rates.size(), 4);
    for (const double rate : rates)
        QVERIFY2(qAbs(rate - 500'000.0) < 1.0, qPrintable(QString::number(rate)));
}

void TestMeasurement::clockReadCost()
{
    FakeClock clock;
    clock.setReadCost(24ns);
    QCOMPARE(clockReadCostNs(clock, 1000), 24.0);
}

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
