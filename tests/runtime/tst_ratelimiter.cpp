#include "bot/runtime/clock.h"
#include "bot/runtime/ratelimiter.h"

#include <QTest>

using namespace std::chrono_literals;
using linda::RateDecision;
using linda::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burst_data();
    void burst();
    void refill_data();
    void refill();
    void noticeOnce();
    void sendersIndependent();
    void disabledAllowsAll();
    void trimDropsFullBuckets();
    void invalidConfig_data();
    void invalidConfig();
};

namespace {

int allowedInARow(RateLimiter &limiter, const QString &sender, int attempts)
{
    int allowed = 0;
    for (int i = 0; i < attempts; ++i) {
        if (limiter.acquire(sender) == RateDecision::Allowed)
            ++allowed;
    }
    return allowed;
}

} // namespace

void TestRateLimiter::burst_data()
{
    QTest::addColumn<double>("burst");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("allowed");

    QTest::addRow("burst 1") << 1.0 << 5 << 1;
    QTest::addRow("burst 5") << 5.0 << 20 << 5;
    QTest::addRow("fewer than burst") << 10.0 << 3 << 3;
    QTest::addRow("fractional burst rounds down") << 2.5 << 10 << 2;
}

void TestRateLimiter::burst()
{
    QFETCH(double, burst);
    QFETCH(int, attempts);
    QFETCH(int, allowed);

    linda::ManualClock clock;
    RateLimiter limiter({true, 1.0, burst}, clock);
    QCOMPARE(allowedInARow(limiter, u"+971501234567"_qs, attempts), allowed);
    QCOMPARE(limiter.limitedTotal(), quint64(attempts - allowed));
}

void TestRateLimiter::refill_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("waitMs");
    QTest::addColumn<int>("allowed");

    QTest::addRow("one per second, 999 ms") << 1.0 << 999 << 0;
    QTest::addRow("one per second, 1 s") << 1.0 << 1000 << 1;
    QTest::addRow("one per second, 3.5 s") << 1.0 << 3500 << 3;
    QTest::addRow("capped at burst") << 1.0 << 60'000 << 4;
    QTest::addRow("ten per second, 250 ms") << 10.0 << 250 << 2;
}

void TestRateLimiter::refill()
{
    QFETCH(double, rate);
    QFETCH(int, waitMs);
    QFETCH(int, allowed);

    linda::ManualClock clock;
    RateLimiter limiter({true, rate, 4.0}, clock);
    const QString sender = u"+971501234567"_qs;
    QCOMPARE(allowedInARow(limiter, sender, 4), 4);
    clock.advance(std::chrono::milliseconds(waitMs));

    QCOMPARE(allowedInARow(limiter, sender, 10), allowed);
}

void TestRateLimiter::noticeOnce()
{
    linda::ManualClock clock;
    RateLimiter limiter({true, 1.0, 2.0}, clock);
    const QString sender = u"+971501234567"_qs;
    QCOMPARE(limiter.acquire(sender), RateDecision::Allowed);
    QCOMPARE(limiter.acquire(sender), RateDecision::Allowed);
    QCOMPARE(limiter.acquire(sender), RateDecision::LimitedNotify);
    QCOMPARE(limiter.acquire(sender), RateDecision::LimitedSilent);
    clock.advance(500ms);
    QCOMPARE(limiter.acquire(sender), RateDecision::LimitedSilent);

    clock.advance(1s);
    QCOMPARE(limiter.acquire(sender), RateDecision::Allowed);
    // Limited again after an allowed message: a new notice is due.
    QCOMPARE(limiter.acquire(sender), RateDecision::LimitedNotify);
    QCOMPARE(limiter.acquire(sender), RateDecision::LimitedSilent);
}

void TestRateLimiter::sendersIndependent()
{
    linda::ManualClock clock;
    RateLimiter limiter({true, 1.0, 1.0}, clock);
    QCOMPARE(limiter.acquire(u"a"_qs), RateDecision::Allowed);
    QCOMPARE(limiter.acquire(u"a"_qs), RateDecision::LimitedNotify);
    QCOMPARE(limiter.acquire(u"b"_qs), RateDecision::Allowed);
    QCOMPARE(limiter.trackedSenders(), 2);
}

void TestRateLimiter::disabledAllowsAll()
{
    linda::ManualClock clock;
    RateLimiter limiter({false, 1.0, 1.0}, clock);
    QCOMPARE(allowedInARow(limiter, u"a"_qs, 100), 100);
    QCOMPARE(limiter.limitedTotal(), quint64(0));
}

void TestRateLimiter::trimDropsFullBuckets()
{
    linda::ManualClock clock;
    RateLimiter limiter({true, 1.0, 3.0}, clock);
    QCOMPARE(limiter.acquire(u"idle"_qs), RateDecision::Allowed);
    clock.advance(2s); // "idle" is full again
    QCOMPARE(allowedInARow(limiter, u"busy"_qs, 3), 3);

    QCOMPARE(limiter.trim(), 1);
    QCOMPARE(limiter.trackedSenders(), 1);
    QCOMPARE(limiter.tokens(u"idle"_qs), 3.0);
    QCOMPARE(limiter.tokens(u"busy"_qs), 0.0);
}

void TestRateLimiter::invalidConfig_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("burst");
    QTest::addColumn<QString>("field");

    QTest::addRow("zero rate") << 0.0 << 5.0 << u"ratePerSecond"_qs;
    QTest::addRow("negative rate") << -1.0 << 5.0 << u"ratePerSecond"_qs;
    QTest::addRow("burst below one") << 1.0 << 0.5 << u"burst"_qs;
    QTest::addRow("not a number") << qQNaN() << 5.0 << u"ratePerSecond"_qs;
    QTest::addRow("valid") << 2.0 << 5.0 << QString();
}

void TestRateLimiter::invalidConfig()
{
    QFETCH(double, rate);
    QFETCH(double, burst);
    QFETCH(QString, field);

    const QString error = RateLimiter::validate({true, rate, burst});
    QCOMPARE(error.isEmpty(), field.isEmpty());
    QVERIFY2(error.contains(field), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
