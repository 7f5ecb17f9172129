#include <health/alerts.h>

#include <QTest>

using namespace linda;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(linda::AlertState)

namespace {

struct Step
{
    qint64 atMs = 0;
    double value = 0;
    AlertState expected = AlertState::Normal;
};

AlertRule p95Rule(std::chrono::milliseconds hold)
{
    return {u"latency.p95"_qs, u"p95 latency"_qs, u"ms"_qs, u"commandResponse"_qs, 200, hold,
            [](const HealthSample &s) { return s.p95Ms; }};
}

HealthSample sampleAt(qint64 atMs, double p95)
{
    HealthSample s;
    s.atMs = atMs;
    s.p95Ms = p95;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateMachine_data()
    {
        using S = AlertState;
        QTest::addColumn<int>("holdMs");
        QTest::addColumn<QList<Step>>("steps");
        QTest::addRow("stays normal under the limit") << 5000 << QList<Step>{{0, 50, S::Normal}, {1000, 200, S::Normal}};
        QTest::addRow("brief breach goes back to normal")
            << 5000 << QList<Step>{{0, 250, S::Pending}, {1000, 260, S::Pending}, {2000, 100, S::Normal}};
        QTest::addRow("breach held fires")
            << 5000
            << QList<Step>{{0, 250, S::Pending}, {4000, 250, S::Pending}, {5000, 250, S::Firing}, {6000, 300, S::Firing}};
        QTest::addRow("firing resolves, then normal after the hold")
            << 2000
            << QList<Step>{{0, 250, S::Pending},  {2000, 250, S::Firing}, {3000, 150, S::Resolved},
                           {4000, 150, S::Resolved}, {5000, 150, S::Normal}};
        QTest::addRow("breach while resolved is pending again")
            << 2000
            << QList<Step>{{0, 250, S::Pending}, {2000, 250, S::Firing}, {3000, 150, S::Resolved},
                           {3500, 250, S::Pending}, {5500, 250, S::Firing}};
        QTest::addRow("zero hold fires at once") << 0 << QList<Step>{{0, 201, S::Firing}, {1000, 10, S::Resolved}};
    }
    void stateMachine()
    {
        QFETCH(int, holdMs);
        QFETCH(QList<Step>, steps);
        AlertMonitor monitor;
        monitor.setRules({p95Rule(std::chrono::milliseconds(holdMs))});
        for (const Step &step : steps) {
            monitor.evaluate(sampleAt(step.atMs, step.value));
            QVERIFY2(monitor.statuses().at(0).state == step.expected,
                     qPrintable(u"at %1 ms: %2, expected %3"_qs.arg(step.atMs).arg(
                         alertStateName(monitor.statuses().at(0).state), alertStateName(step.expected))));
        }
    }

    void transitionsCarryTimesAndFigures()
    {
        AlertMonitor monitor;
        monitor.setRules({p95Rule(3s)});
        QCOMPARE(monitor.evaluate(sampleAt(1000, 100)).size(), qsizetype(0));
        const QList<AlertTransition> first = monitor.evaluate(sampleAt(2000, 312.5));
        QCOMPARE(first.size(), qsizetype(1));
        QCOMPARE(first.at(0).from, AlertState::Normal);
        QCOMPARE(first.at(0).to, AlertState::Pending);
        QCOMPARE(first.at(0).atMs, qint64(2000));
        QCOMPARE(first.at(0).value, 312.5);
        QCOMPARE(first.at(0).limit, 200.0);
        const QList<AlertTransition> fired = monitor.evaluate(sampleAt(5000, 300));
        QCOMPARE(fired.size(), qsizetype(1));
        QCOMPARE(fired.at(0).to, AlertState::Firing);
        QCOMPARE(monitor.statuses().at(0).pendingSinceMs, std::optional<qint64>(2000));
        QCOMPARE(monitor.statuses().at(0).firingSinceMs, std::optional<qint64>(5000));
        QCOMPARE(monitor.firingCount(), 1);
        monitor.evaluate(sampleAt(6000, 10));
        QCOMPARE(monitor.statuses().at(0).resolvedAtMs, std::optional<qint64>(6000));
        QVERIFY(fired.at(0).toString().contains(u"pending -> firing"_qs));
    }

    void defaultRulesTakeFixtureLimits_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("thresholdKey");
        QTest::addRow("p95 latency") << u"latency.p95"_qs << u"commandResponse"_qs;
        QTest::addRow("p50 latency") << u"latency.p50"_qs << u"messageParse"_qs;
        QTest::addRow("queue depth") << u"queue.depth"_qs << u"concurrentMessageLimit"_qs;
        QTest::addRow("heap growth") << u"memory.heap-growth"_qs << u"memoryPeakIncrease"_qs;
    }
    void defaultRulesTakeFixtureLimits()
    {
        QFETCH(QString, ruleId);
        QFETCH(QString, thresholdKey);
        const FixturesLoadResult loaded = fixtures::loadBundled();
        QVERIFY(loaded.ok());
        const QList<AlertRule> rules = defaultAlertRules(loaded.fixtures);
        const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&](const AlertRule &r) { return r.id == ruleId; });
        QVERIFY(rule != rules.cend());
        QCOMPARE(rule->thresholdKey, thresholdKey);
        QCOMPARE(rule->limit, loaded.fixtures.threshold(thresholdKey)->limit);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
