#include "bot/runtime/latencyhistogram.h"
#include "bot/runtime/metrics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>
#include <vector>

using linda::HistogramSnapshot;
using linda::LatencyHistogram;

class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketBounds_data();
    void bucketBounds();
    void quantiles_data();
    void quantiles();
    void emptySnapshot();
    void mergeAddsCounts();
    void concurrentRecords();
    void metricsSnapshot();
    void prometheusText_data();
    void prometheusText();
};

void TestLatencyHistogram::bucketBounds_data()
{
    QTest::addColumn<quint64>("value");

    for (const quint64 v : {quint64(0), quint64(1), quint64(63), quint64(64), quint64(65), quint64(127),
                            quint64(128), quint64(1000), quint64(123'456), quint64(999'999'999),
                            (quint64(1) << 39) + 12345})
        QTest::addRow("%llu", static_cast<unsigned long long>(v)) << v;
}

void TestLatencyHistogram::bucketBounds()
{
    QFETCH(quint64, value);

    const std::size_t index = LatencyHistogram::bucketIndex(value);
    QVERIFY(index < LatencyHistogram::BucketCount);
    const quint64 lower = LatencyHistogram::bucketLowerBound(index);
    const quint64 upper = LatencyHistogram::bucketUpperBound(index);
    QVERIFY(lower <= value);
    QVERIFY(value <= upper);
    if (value < LatencyHistogram::SubBucketCount)
        QCOMPARE(upper, value); // exact below 64 ns
    else
        QVERIFY(double(upper - lower + 1) <= double(lower) / 64.0);
    if (index + 1 < LatencyHistogram::BucketCount)
        QCOMPARE(LatencyHistogram::bucketLowerBound(index + 1), upper + 1); // buckets tile the range
}

void TestLatencyHistogram::quantiles_data()
{
    QTest::addColumn<QList<quint64>>("values");

    QList<quint64> linear;
    for (quint64 i = 1; i <= 1000; ++i)
        linear << i * 1000; // 1 µs .. 1 ms
    QTest::addRow("linear 1 us to 1 ms") << linear;

    QList<quint64> small;
    for (quint64 i = 0; i < 60; ++i)
        small << i;
    QTest::addRow("exact range below 64 ns") << small;

    QList<quint64> skewed;
    std::mt19937_64 random(7);
    std::lognormal_distribution<double> lognormal(11.0, 1.2); // median near 60 µs, long tail
    for (int i = 0; i < 20'000; ++i)
        skewed << quint64(lognormal(random));
    QTest::addRow("log-normal") << skewed;

    QTest::addRow("single value") << QList<quint64>{42'000'000};
    QTest::addRow("constant") << QList<quint64>(500, 7777);
}

void TestLatencyHistogram::quantiles()
{
    QFETCH(QList<quint64>, values);

    LatencyHistogram histogram;
    for (const quint64 v : values)
        histogram.record(v);
    const HistogramSnapshot snapshot = histogram.snapshot();
    std::sort(values.begin(), values.end());

    QCOMPARE(snapshot.count, quint64(values.size()));
    QCOMPARE(snapshot.min, values.first());
    QCOMPARE(snapshot.max, values.last());
    QCOMPARE(snapshot.valueAtQuantile(1.0), values.last());
    for (const double q : {0.5, 0.9, 0.95, 0.99, 0.999}) {
        const auto rank = std::max<qsizetype>(1, qsizetype(std::ceil(q * double(values.size()))));
        const quint64 exact = values[rank - 1];
        const quint64 estimate = snapshot.valueAtQuantile(q);
        QVERIFY2(estimate >= exact, qPrintable(u"q %1: %2 < exact %3"_qs.arg(q).arg(estimate).arg(exact)));
        QVERIFY2(double(estimate) <= double(exact) * (1.0 + 1.0 / 64.0),
                 qPrintable(u"q %1: %2 too far above exact %3"_qs.arg(q).arg(estimate).arg(exact)));
    }
}

void TestLatencyHistogram::emptySnapshot()
{
    const LatencyHistogram histogram;
    const auto snapshot = histogram.snapshot();
    QCOMPARE(snapshot.count, quint64(0));
    QCOMPARE(snapshot.min, quint64(0));
    QCOMPARE(snapshot.valueAtQuantile(0.99), quint64(0));
    QCOMPARE(snapshot.mean(), 0.0);
}

void TestLatencyHistogram::mergeAddsCounts()
{
    LatencyHistogram a;
    LatencyHistogram b;
    for (quint64 i = 1; i <= 100; ++i)
        a.record(i * 10);
    for (quint64 i = 1; i <= 300; ++i)
        b.record(i * 1000);

    HistogramSnapshot merged = a.snapshot();
    merged.merge(b.snapshot());
    QCOMPARE(merged.count, quint64(400));
    QCOMPARE(merged.min, quint64(10));
    QCOMPARE(merged.max, quint64(300'000));
    QCOMPARE(merged.sum, quint64(50'500 + 45'150'000));
    QVERIFY(merged.valueAtQuantile(0.25) >= 1000); // rank 100 is a's largest value, 1000
    QVERIFY(merged.valueAtQuantile(0.25) < 1000 + 1000 / 64);
    QVERIFY(merged.valueAtQuantile(0.26) >= 1000 * 4); // rank 104 is b's fourth value
}

void TestLatencyHistogram::concurrentRecords()
{
    LatencyHistogram histogram;
    constexpr int Threads = 4;
    constexpr int PerThread = 100'000;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&histogram, t] {
            for (int i = 0; i < PerThread; ++i)
                histogram.record(quint64(1000 * (t + 1)));
        });
    }
    for (auto &thread : threads)
        thread.join();

    const auto snapshot = histogram.snapshot();
    QCOMPARE(snapshot.count, quint64(Threads * PerThread));
    QCOMPARE(snapshot.sum, quint64(PerThread) * (1000 + 2000 + 3000 + 4000));
    QCOMPARE(snapshot.max, quint64(4000));
    QCOMPARE(snapshot.min, quint64(1000));
}

void TestLatencyHistogram::metricsSnapshot()
{
    linda::Metrics metrics;
    const int text = metrics.registerType(u"text"_qs);
    const int image = metrics.registerType(u"image"_qs);
    QCOMPARE(metrics.registerType(u"text"_qs), text);
    metrics.countType(text);
    metrics.countType(text);
    metrics.countType(image);
    metrics.add(linda::Counter::Received, 3);
    metrics.set(linda::Gauge::Sessions, 12);
    metrics.histogram(linda::Histogram::Handle).record(std::chrono::microseconds(250));

    const auto snapshot = metrics.snapshot();
    QCOMPARE(snapshot.counter(linda::Counter::Received), quint64(3));
    QCOMPARE(snapshot.gauge(linda::Gauge::Sessions), qint64(12));
    QCOMPARE(snapshot.histogram(linda::Histogram::Handle).count, quint64(1));
    QCOMPARE(snapshot.byMessageType.size(), 2);
    QCOMPARE(snapshot.byMessageType[0], qMakePair(u"text"_qs, quint64(2)));
    QCOMPARE(snapshot.byMessageType[1], qMakePair(u"image"_qs, quint64(1)));
}

void TestLatencyHistogram::prometheusText_data()
{
    QTest::addColumn<QString>("line");

    QTest::addRow("counter type") << u"# TYPE linda_messages_received_total counter"_qs;
    QTest::addRow("counter value") << u"linda_messages_received_total 5"_qs;
    QTest::addRow("by type") << u"linda_messages_by_type_total{type=\"text\"} 5"_qs;
    QTest::addRow("gauge") << u"linda_queue_depth 3"_qs;
    QTest::addRow("summary type") << u"# TYPE linda_handle_seconds summary"_qs;
    QTest::addRow("p50") << u"linda_handle_seconds{quantile=\"0.5\"} 0.002"_qs;
    QTest::addRow("max") << u"linda_handle_seconds{quantile=\"1\"} 0.002"_qs;
    QTest::addRow("count") << u"linda_handle_seconds_count 1"_qs;
    QTest::addRow("sum") << u"linda_handle_seconds_sum 0.002"_qs;
}

void TestLatencyHistogram::prometheusText()
{
    QFETCH(QString, line);

    linda::Metrics metrics;
    metrics.add(linda::Counter::Received, 5);
    const int text = metrics.registerType(u"text"_qs);
    for (int i = 0; i < 5; ++i)
        metrics.countType(text);
    metrics.set(linda::Gauge::QueueDepth, 3);
    metrics.histogram(linda::Histogram::Handle).record(std::chrono::milliseconds(2));

    const QStringList lines = linda::toPrometheusText(metrics.snapshot()).split(u'\n');
    QVERIFY2(lines.contains(line), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
