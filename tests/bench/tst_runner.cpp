#include "bench/caseregistry.h"
#include "bench/environment.h"
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
    void registryHasEveryCaseId();
    void userFixturesChangeParameters();
    void globSelectsCases_data();
    void globSelectsCases();
    void noiseWarnings_data();
    void noiseWarnings();
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

void TestRunner::registryHasEveryCaseId()
{
    const QStringList expected = {
        u"bench.parse.simple-text"_qs, u"bench.parse.complex-json"_qs, u"bench.parse.throughput"_qs,
        u"bench.command.simple"_qs, u"bench.command.complex"_qs, u"bench.command.throughput"_qs,
        u"bench.db.query"_qs, u"bench.db.batch"_qs, u"bench.contacts.sync"_qs, u"bench.contacts.throughput"_qs,
        u"bench.baseline-report"_qs, u"bench.parse.chat-export"_qs, u"bench.contacts.phone"_qs,
        u"load.messages.concurrent-100"_qs, u"load.messages.order"_qs, u"load.commands.1000"_qs,
        u"load.commands.backlog"_qs, u"load.db.writes-500"_qs, u"load.db.consistency"_qs, u"load.sessions.50"_qs,
        u"load.sessions.cleanup"_qs, u"load.queue.100x4"_qs, u"load.queue.scaling"_qs, u"load.scenario.light"_qs,
        u"load.scenario.medium"_qs, u"load.scenario.heavy"_qs, u"load.scenario.spike"_qs,
        u"mem.leak.listeners"_qs, u"mem.leak.handlers"_qs, u"mem.leak.sessions"_qs, u"mem.leak.connections"_qs,
        u"mem.baseline"_qs, u"mem.growth-1000"_qs, u"mem.pause"_qs, u"mem.recovery"_qs,
    };
    const QList<CaseInfo> cases = registeredCases(m_fixtures);
    QStringList ids;
    for (const CaseInfo &info : cases) {
        ids << info.id;
        QVERIFY2(!info.title.isEmpty(), qPrintable(info.id));
        QVERIFY2(!info.unit.isEmpty(), qPrintable(info.id));
        const QString prefix = info.suite == Suite::Benchmark ? u"bench."_qs
                               : info.suite == Suite::Load    ? u"load."_qs
                                                              : u"mem."_qs;
        QVERIFY2(info.id.startsWith(prefix), qPrintable(info.id));
    }
    QCOMPARE(ids, expected);
}

void TestRunner::userFixturesChangeParameters()
{
    const QString dir = QFINDTESTDATA("data/linda-custom");
    QVERIFY(!dir.isEmpty());
    const linda::FixturesLoadResult loaded = linda::fixtures::load(dir);
    QVERIFY(loaded.ok());
    const QList<CaseInfo> cases = registeredCases(loaded.fixtures);
    auto find = [&cases](const QString &id) {
        return *std::find_if(cases.cbegin(), cases.cend(), [&id](const CaseInfo &c) { return c.id == id; });
    };
    const CaseInfo parse = find(u"bench.parse.simple-text"_qs);
    QCOMPARE(parse.parameters.value(u"limitMs"_qs).toDouble(), 7.0);
    QVERIFY(parse.parameters.value(u"limitMsSource"_qs).toString().contains(u"performance-thresholds.json"_qs));
    const CaseInfo light = find(u"load.scenario.light"_qs);
    QCOMPARE(light.parameters.value(u"messagesPerSecond"_qs).toDouble(), 8.0);
    QCOMPARE(light.parameters.value(u"connections"_qs).toInt(), 4);
    QCOMPARE(light.parameters.value(u"durationSeconds"_qs).toDouble(), 3.0);
    QCOMPARE(light.parameters.value(u"expectedHandled"_qs).toInt(), 24);
    // Parts the folder does not provide come from the bundled copy.
    const CaseInfo leak = find(u"mem.leak.handlers"_qs);
    QCOMPARE(leak.parameters.value(u"tolerance"_qs).toInt(), 10);
}

void TestRunner::globSelectsCases_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QList<Suite>>("suites");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::addRow("everything") << QStringList{} << QList<Suite>{} << 35 << u"bench.parse.simple-text"_qs;
    QTest::addRow("db cases") << QStringList{u"bench.db.*"_qs} << QList<Suite>{} << 2 << u"bench.db.query"_qs;
    QTest::addRow("question mark") << QStringList{u"load.scenario.?eavy"_qs} << QList<Suite>{} << 1
                                   << u"load.scenario.heavy"_qs;
    QTest::addRow("memory suite") << QStringList{} << QList<Suite>{Suite::Memory} << 8 << u"mem.leak.listeners"_qs;
    QTest::addRow("pattern and suite") << QStringList{u"*.leak.*"_qs, u"bench.db.query"_qs}
                                       << QList<Suite>{Suite::Memory} << 4 << u"mem.leak.listeners"_qs;
}

void TestRunner::globSelectsCases()
{
    QFETCH(QStringList, patterns);
    QFETCH(QList<Suite>, suites);
    QFETCH(int, count);
    QFETCH(QString, first);
    const QStringList ids = selectCaseIds(registeredCases(m_fixtures), patterns, suites);
    QCOMPARE(ids.size(), count);
    QCOMPARE(ids.first(), first);
}

void TestRunner::noiseWarnings_data()
{
    QTest::addColumn<QString>("buildType");
    QTest::addColumn<QStringList>("governors");
    QTest::addColumn<double>("load");
    QTest::addColumn<QString>("expected");
    QTest::addRow("quiet release") << u"Release"_qs << QStringList{u"performance"_qs} << 0.5 << QString();
    QTest::addRow("debug build") << u"Debug"_qs << QStringList{} << 0.5 << u"Debug"_qs;
    QTest::addRow("powersave governor") << u"RelWithDebInfo"_qs << QStringList{u"performance"_qs, u"powersave"_qs}
                                        << 0.5 << u"powersave"_qs;
    QTest::addRow("busy machine") << u"Release"_qs << QStringList{} << 3.5 << u"3.50"_qs;
}

void TestRunner::noiseWarnings()
{
    QFETCH(QString, buildType);
    QFETCH(QStringList, governors);
    QFETCH(double, load);
    QFETCH(QString, expected);
    const QStringList warnings = linda::bench::noiseWarnings(buildType, governors, load, 2);
    if (expected.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        return;
    }
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(expected), qPrintable(warnings.first()));
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
    QCOMPARE(run.cases.size(), 3);
    QCOMPARE(run.cases.at(0).verdict, Verdict::Pass);
    QVERIFY(!run.cases.at(0).samples.isEmpty());
    QCOMPARE(run.cases.at(1).verdict, Verdict::Cancelled);
    // The case the cancel kept from starting is listed, as not run.
    QCOMPARE(run.cases.at(2).info.id, u"t.never"_qs);
    QCOMPARE(run.cases.at(2).verdict, Verdict::NotRun);
    QVERIFY(run.cases.at(2).samples.isEmpty());
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
    QCOMPARE(result.cases.size(), 3);
    QCOMPARE(result.cases.last().verdict, Verdict::NotRun);
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
