#include "bench/caseregistry.h"
#include "bench/runcontroller.h"
#include "bench/runner.h"
#include "fixtures/fixtures.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace linda::bench;
using namespace std::chrono_literals;

namespace {

CaseInfo testCase(const QString &id)
{
    CaseInfo info;
    info.id = id;
    info.title = id;
    info.parameters.insert(u"limitMs"_qs, 1000.0);
    return info;
}

// A case that samples a short, real computation with the runner's timing
// loop; passes against its 1000 ms limit.
void quickCase(CaseContext &context, CaseResult &result)
{
    SamplingPlan plan = context.settings().latency;
    plan.warmup = 0ms;
    plan.minTime = 5ms;
    volatile double sink = 0;
    const LatencySampling sampling = context.sampleLatency(
        [&sink](qint64 n) {
            for (qint64 i = 0; i < n; ++i)
                sink = sink + std::sqrt(double(i));
        },
        plan);
    result.samples = sampling.samples;
    result.sampleUnit = u"ns"_qs;
}

// Samples for as long as it is allowed to: only a cancel ends it.
void endlessCase(CaseContext &context, CaseResult &)
{
    SamplingPlan plan = context.settings().latency;
    plan.minTime = std::chrono::hours(1);
    plan.maxSamples = std::numeric_limits<int>::max();
    volatile double sink = 0;
    (void)context.sampleLatency(
        [&sink](qint64 n) {
            for (qint64 i = 0; i < n; ++i)
                sink = sink + 1.0;
        },
        plan);
}

// Notes when a case starts, so the test can cancel inside it.
class StartWatcher final : public RunObserver
{
public:
    void caseStarted(int index, int, const CaseInfo &) override { started.store(index); }
    std::atomic<int> started{-1};
};

RunRequest quickRequest()
{
    RunRequest request;
    request.profile = Profile::Quick;
    return request;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failingCaseDoesNotStopRun();
    void missingBodyIsError();
    void cancelKeepsFinishedCases();
    void resultCarriesEnvironment();
    void unknownCaseIdIsRejected();
    void invalidFixturesFailRun();
    void controllerDeliversSignals();
    void controllerCancelsRun();
    void controllerIgnoresSecondStart();

private:
    linda::Fixtures m_fixtures;
};

void TestRunner::initTestCase()
{
    const linda::FixturesLoadResult loaded = linda::fixtures::loadBundled();
    QVERIFY(loaded.ok());
    m_fixtures = loaded.fixtures;
}

void TestRunner::failingCaseDoesNotStopRun()
{
    const QList<CaseDefinition> cases = {
        {testCase(u"t.first"_qs), quickCase},
        {testCase(u"t.throws"_qs), [](CaseContext &, CaseResult &) { throw std::runtime_error("store is gone"); }},
        {testCase(u"t.last"_qs), quickCase},
    };
    Runner runner;
    const RunResult run = runner.runCases(quickRequest(), m_fixtures, cases, u"test"_qs);
    QCOMPARE(run.cases.size(), 3);
    QCOMPARE(run.cases.at(0).verdict, Verdict::Pass);
    QCOMPARE(run.cases.at(1).verdict, Verdict::Error);
    QCOMPARE(run.cases.at(1).error, u"store is gone"_qs);
    QCOMPARE(run.cases.at(2).verdict, Verdict::Pass);
    QVERIFY(!run.cancelled);
}

void TestRunner::missingBodyIsError()
{
    Runner runner;
    const RunResult run = runner.runCases(quickRequest(), m_fixtures, {{testCase(u"t.none"_qs), {}}}, u"test"_qs);
    QCOMPARE(run.cases.size(), 1);
    QCOMPARE(run.cases.first().verdict, Verdict::Error);
    QVERIFY(run.cases.first().error.contains(u"t.none"_qs));
}

void TestRunner::cancelKeepsFinishedCases()
{
    const QList<CaseDefinition> cases = {
        {testCase(u"t.first"_qs), quickCase},
        {testCase(u"t.endless"_qs), endlessCase},
        {testCase(u"t.never"_qs), quickCase},
    };
    Runner runner;
    StartWatcher watcher;
    RunResult run;
    std::thread thread([&] { run = runner.runCases(quickRequest(), m_fixtures, cases, u"test"_qs, &watcher); });
    QTRY_COMPARE_WITH_TIMEOUT(watcher.started.load(), 1, 30'000);
    std::this_thread::sleep_for(50ms); // let the endless case enter its sampling loop
    runner.requestCancel();
    thread.join(); // hangs (and the test times out) if the cancel is not honoured

    QVERIFY(run.cancelled);
    QCOMPARE(run.cases.size(), 2);
    QCOMPARE(run.cases.at(0).verdict, Verdict::Pass);
    QVERIFY(!run.cases.at(0).samples.isEmpty());
    QCOMPARE(run.cases.at(1).verdict, Verdict::Cancelled);
}

void TestRunner::resultCarriesEnvironment()
{
    Runner runner;
    const RunResult run = runner.runCases(quickRequest(), m_fixtures, {{testCase(u"t.one"_qs), quickCase}},
                                          u"test fixtures"_qs);
    QVERIFY(!run.environment.cpuModel.isEmpty());
    QVERIFY(run.environment.cores > 0);
    QVERIFY(!run.environment.qtVersion.isEmpty());
    QVERIFY(run.environment.sqliteVersion.startsWith(u'3'));
    QCOMPARE(run.environment.fixturesSource, u"test fixtures"_qs);
    QVERIFY(run.startedAt.isValid());
    QVERIFY(run.finishedAt >= run.startedAt);
}

void TestRunner::unknownCaseIdIsRejected()
{
    Runner runner;
    RunRequest request = quickRequest();
    request.caseIds = {u"bench.no-such-case"_qs};
    RunResult run;
    QString error;
    QVERIFY(!runner.run(request, run, &error));
    QVERIFY2(error.contains(u"bench.no-such-case"_qs), qPrintable(error));
}

void TestRunner::invalidFixturesFailRun()
{
    Runner runner;
    RunRequest request = quickRequest();
    request.fixturesPath = QFINDTESTDATA("data/broken");
    QVERIFY(!request.fixturesPath.isEmpty());
    RunResult run;
    QString error;
    QVERIFY(!runner.run(request, run, &error));
    QVERIFY2(error.contains(u"thresholds"_qs), qPrintable(error));
}

void TestRunner::controllerDeliversSignals()
{
    RunController controller;
    QSignalSpy started(&controller, &RunController::runStarted);
    QSignalSpy caseStarted(&controller, &RunController::caseStarted);
    QSignalSpy caseFinished(&controller, &RunController::caseFinished);
    QSignalSpy samples(&controller, &RunController::samplesAvailable);
    QSignalSpy finished(&controller, &RunController::runFinished);

    RunRequest request = quickRequest();
    request.caseIds = {u"bench.contacts.phone"_qs};
    request.minTimePerCase = 250ms;
    controller.start(request);
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(60'000));
    QVERIFY(!controller.isRunning());

    QCOMPARE(started.size(), 1);
    QCOMPARE(caseStarted.size(), 1);
    QCOMPARE(caseFinished.size(), 1);
    QVERIFY(samples.size() >= 1);
    QCOMPARE(samples.first().at(0).toString(), u"bench.contacts.phone"_qs);
    const auto result = finished.first().at(0).value<RunResult>();
    QCOMPARE(result.cases.size(), 1);
    QVERIFY(!result.cases.first().samples.isEmpty());
}

void TestRunner::controllerCancelsRun()
{
    RunController controller;
    QSignalSpy caseFinished(&controller, &RunController::caseFinished);
    QSignalSpy finished(&controller, &RunController::runFinished);
    RunRequest request = quickRequest();
    request.caseIds = {u"bench.contacts.phone"_qs, u"bench.db.query"_qs, u"bench.command.simple"_qs};
    request.minTimePerCase = 30s;
    controller.start(request);
    QTest::qWait(300);
    controller.cancel();
    QVERIFY(finished.wait(30'000));
    const auto result = finished.first().at(0).value<RunResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.cases.size() < 3);
}

void TestRunner::controllerIgnoresSecondStart()
{
    RunController controller;
    QSignalSpy started(&controller, &RunController::runStarted);
    QSignalSpy finished(&controller, &RunController::runFinished);
    RunRequest request = quickRequest();
    request.caseIds = {u"bench.contacts.phone"_qs};
    request.minTimePerCase = 100ms;
    controller.start(request);
    controller.start(request);
    QVERIFY(finished.wait(60'000));
    QTest::qWait(200);
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
