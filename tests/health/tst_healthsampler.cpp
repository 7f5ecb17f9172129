#include <health/healthsampler.h>

#include <QTest>

using namespace linda;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MB = 1024 * 1024;

// A sampler over a real Metrics registry and a hand-moved clock.
struct Rig
{
    Metrics metrics;
    ManualClock clock;
    qint64 heap = 100 * MB;
    HealthSampler sampler{{[this] { return metrics.snapshot(); }, [this] { return heap; }, [] { return qint64(0); }},
                          clock,
                          60};

    std::optional<HealthSample> tickAfter(std::chrono::milliseconds step)
    {
        clock.advance(step);
        return sampler.tick();
    }
};

} // namespace

class TestHealthSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstTickOnlySetsTheStart()
    {
        Rig rig;
        rig.metrics.add(Counter::Received, 500);
        QVERIFY(!rig.sampler.tick());
        QCOMPARE(rig.sampler.series().size(), qsizetype(0));
    }

    void ratesCoverTheIntervalOnly_data()
    {
        QTest::addColumn<quint64>("before");
        QTest::addColumn<quint64>("during");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<double>("perSecond");
        QTest::addRow("100 in 1 s") << quint64(0) << quint64(100) << 1000 << 100.0;
        QTest::addRow("earlier traffic is not counted") << quint64(9000) << quint64(50) << 1000 << 50.0;
        QTest::addRow("300 in 2 s") << quint64(10) << quint64(300) << 2000 << 150.0;
        QTest::addRow("nothing") << quint64(10) << quint64(0) << 1000 << 0.0;
    }
    void ratesCoverTheIntervalOnly()
    {
        QFETCH(quint64, before);
        QFETCH(quint64, during);
        QFETCH(int, intervalMs);
        QFETCH(double, perSecond);
        Rig rig;
        rig.metrics.add(Counter::Received, before);
        rig.sampler.tick();
        rig.metrics.add(Counter::Received, during);
        rig.metrics.add(Counter::Replied, during / 2);
        const std::optional<HealthSample> s = rig.tickAfter(std::chrono::milliseconds(intervalMs));
        QVERIFY(s);
        QCOMPARE(s->messagesPerSecond, perSecond);
        QCOMPARE(s->repliesPerSecond, double(during / 2) * 1000.0 / intervalMs);
    }

    void latencyPercentilesOfTheIntervalOnly()
    {
        Rig rig;
        for (int i = 0; i < 1000; ++i)
            rig.metrics.histogram(Histogram::Handle).record(1ms);
        rig.sampler.tick();
        for (int i = 0; i < 100; ++i)
            rig.metrics.histogram(Histogram::Handle).record(50ms);
        const std::optional<HealthSample> s = rig.tickAfter(1s);
        QVERIFY(s);
        QCOMPARE(s->handled, quint64(100));
        // Bucket precision: never below the value, at most 1.6 % above.
        QVERIFY2(s->p50Ms >= 50.0 && s->p50Ms <= 50.8, qPrintable(QString::number(s->p50Ms)));
        QVERIFY(s->p99Ms >= 50.0 && s->p99Ms <= 50.8);
    }

    void emptyIntervalHasZeroLatency()
    {
        Rig rig;
        rig.metrics.histogram(Histogram::Handle).record(5ms);
        rig.sampler.tick();
        const std::optional<HealthSample> s = rig.tickAfter(1s);
        QVERIFY(s);
        QCOMPARE(s->handled, quint64(0));
        QCOMPARE(s->p95Ms, 0.0);
    }

    void resetCountersCountFromZero()
    {
        Rig rig;
        rig.metrics.add(Counter::Received, 1000);
        rig.sampler.tick();
        rig.metrics.reset();
        rig.metrics.add(Counter::Received, 40);
        const std::optional<HealthSample> s = rig.tickAfter(1s);
        QVERIFY(s);
        QCOMPARE(s->messagesPerSecond, 40.0);
    }

    void errorRateIsErrorsPerReceived()
    {
        Rig rig;
        rig.sampler.tick();
        rig.metrics.add(Counter::Received, 200);
        rig.metrics.add(Counter::Errors, 5);
        const std::optional<HealthSample> s = rig.tickAfter(1s);
        QVERIFY(s);
        QCOMPARE(s->errors, quint64(5));
        QCOMPARE(s->errorRatePercent, 2.5);
    }

    void rateLimitedSendersAreDistinctPerInterval()
    {
        Rig rig;
        rig.sampler.tick();
        rig.sampler.noteRateLimited(u"+971501111111"_qs);
        rig.sampler.noteRateLimited(u"+971501111111"_qs);
        rig.sampler.noteRateLimited(u"+971502222222"_qs);
        QCOMPARE(rig.tickAfter(1s)->rateLimitedSenders, 2);
        QCOMPARE(rig.tickAfter(1s)->rateLimitedSenders, 0);
    }

    void heapGrowthFromTheFirstSample()
    {
        Rig rig;
        rig.sampler.tick();
        rig.heap = 112 * MB;
        QCOMPARE(rig.tickAfter(1s)->heapGrowthMB, 12.0);
        rig.sampler.restart(); // e.g. counters reset: the baseline moves
        rig.sampler.tick();
        rig.heap = 113 * MB;
        QCOMPARE(rig.tickAfter(1s)->heapGrowthMB, 1.0);
    }

    void seriesKeepsItsSizeOnALongRun()
    {
        Rig rig; // capacity 60
        rig.sampler.tick();
        for (int i = 0; i < 5'000; ++i) {
            rig.metrics.add(Counter::Received, quint64(i % 7));
            rig.tickAfter(1s);
        }
        const RingBuffer<HealthSample> &series = rig.sampler.series();
        QCOMPARE(series.size(), qsizetype(60));
        QCOMPARE(series.capacity(), qsizetype(60));
        QCOMPARE(series.last().atMs, qint64(5'000) * 1000);
        QCOMPARE(series.at(0).atMs, qint64(5'000 - 59) * 1000); // oldest kept, in order
    }

    void ringBufferOrder_data()
    {
        QTest::addColumn<int>("pushed");
        QTest::addColumn<QList<int>>("kept");
        QTest::addRow("not full") << 2 << QList<int>{0, 1};
        QTest::addRow("exactly full") << 3 << QList<int>{0, 1, 2};
        QTest::addRow("wrapped") << 7 << QList<int>{4, 5, 6};
    }
    void ringBufferOrder()
    {
        QFETCH(int, pushed);
        QFETCH(QList<int>, kept);
        RingBuffer<int> ring(3);
        for (int i = 0; i < pushed; ++i)
            ring.push(i);
        QList<int> items;
        for (qsizetype i = 0; i < ring.size(); ++i)
            items << ring.at(i);
        QCOMPARE(items, kept);
    }

    void histogramDeltaSubtractsBuckets()
    {
        LatencyHistogram h;
        h.record(2ms);
        const HistogramSnapshot earlier = h.snapshot();
        h.record(7ms);
        h.record(7ms);
        const HistogramSnapshot delta = histogramDelta(h.snapshot(), earlier);
        QCOMPARE(delta.count, quint64(2));
        QCOMPARE(delta.sum, quint64(14'000'000));
        QVERIFY(delta.min <= 7'000'000 && delta.min > 2'000'000);
        QVERIFY(delta.valueAtQuantile(0.0) >= 7'000'000);
    }
};

QTEST_GUILESS_MAIN(TestHealthSampler)
#include "tst_healthsampler.moc"
