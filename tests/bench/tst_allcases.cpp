#include "bench/caseregistry.h"
#include "bench/runner.h"

#include <QTest>

#include <cmath>

using namespace linda::bench;

// One quick-profile run of every registered case; each must finish and
// produce real figures. Slow (tens of seconds): it runs the engine for real.
class TestAllCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCaseProducesFigures_data();
    void everyCaseProducesFigures();

private:
    RunResult m_run;
};

void TestAllCases::initTestCase()
{
    RunRequest request;
    request.profile = Profile::Quick;
    Runner runner;
    QString error;
    QVERIFY2(runner.run(request, m_run, &error), qPrintable(error));
    QCOMPARE(m_run.cases.size(), registeredCases().size());
    QVERIFY(!m_run.cancelled);
}

void TestAllCases::everyCaseProducesFigures_data()
{
    QTest::addColumn<QString>("id");
    for (const CaseInfo &info : registeredCases())
        QTest::addRow("%s", qPrintable(info.id)) << info.id;
}

void TestAllCases::everyCaseProducesFigures()
{
    QFETCH(QString, id);
    const auto it = std::find_if(m_run.cases.cbegin(), m_run.cases.cend(),
                                 [&id](const CaseResult &r) { return r.info.id == id; });
    QVERIFY(it != m_run.cases.cend());
    const CaseResult &result = *it;
    qInfo().noquote() << id << verdictName(result.verdict) << result.measured << result.info.unit
                      << "samples" << result.samples.size() << result.elapsedMs << "ms" << result.verdictReason;

    QVERIFY2(result.verdict != Verdict::Error, qPrintable(result.error));
    QVERIFY2(result.verdict != Verdict::Cancelled, qPrintable(id));
    QVERIFY(!result.verdictReason.isEmpty());
    QVERIFY(std::isfinite(result.measured));

    switch (result.info.kind) {
    case CaseKind::Latency:
        QVERIFY(!result.samples.isEmpty());
        QCOMPARE(result.sampleUnit, u"ns"_qs);
        QVERIFY(result.stats.min > 0);
        QVERIFY(result.stats.p95 >= result.stats.p50);
        QVERIFY(result.stats.max < 60e9); // no single operation took a minute
        break;
    case CaseKind::Throughput:
        QVERIFY(!result.samples.isEmpty());
        QCOMPARE(result.sampleUnit, u"ops/s"_qs);
        QVERIFY(result.throughput > 0);
        QVERIFY(result.stats.min > 0);
        break;
    case CaseKind::Memory:
    case CaseKind::Correctness:
        QVERIFY(!result.checks.isEmpty());
        break;
    }
    for (const CheckResult &check : result.checks)
        QVERIFY2(std::isfinite(check.measured), qPrintable(check.name));
}

QTEST_GUILESS_MAIN(TestAllCases)
#include "tst_allcases.moc"
