#include "runner.h"

#include "caseimplementations.h"
#include "caseregistry.h"
#include "common/logging.h"
#include "environment.h"
#include "fixtures/fixtures.h"
#include "statistics.h"
#include "verdicts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <exception>

namespace linda::bench {

namespace {

QString trRunner(const char *text)
{
    return QCoreApplication::translate("linda::bench::Runner", text);
}

// Collects a case's samples and hands them to the observer in batches at
// most every Runner::kSampleInterval, so a fast case does not flood the
// receiving event loop.
class SampleThrottle
{
public:
    SampleThrottle(QString caseId, RunObserver *observer)
        : m_caseId(std::move(caseId))
        , m_observer(observer)
    {
        m_timer.start();
    }

    void add(double sample)
    {
        if (!m_observer)
            return;
        m_pending.append(sample);
        if (m_timer.elapsed() >= Runner::kSampleInterval.count())
            flush();
    }

    void flush()
    {
        if (m_observer && !m_pending.isEmpty())
            m_observer->samplesAvailable(m_caseId, m_pending);
        m_pending.clear();
        m_timer.restart();
    }

private:
    QString m_caseId;
    RunObserver *m_observer;
    QList<double> m_pending;
    QElapsedTimer m_timer;
};

} // namespace

void RunObserver::runStarted(const QList<CaseInfo> &, const Environment &) {}
void RunObserver::caseStarted(int, int, const CaseInfo &) {}
void RunObserver::samplesAvailable(const QString &, const QList<double> &) {}
void RunObserver::caseFinished(int, int, const CaseResult &) {}

QList<CaseDefinition> builtinCaseDefinitions(const Fixtures &fixtures)
{
    QList<CaseDefinition> definitions;
    for (const CaseInfo &info : registeredCases(fixtures))
        definitions.append({info, caseFunction(info.id)});
    return definitions;
}

void finalizeCase(CaseResult &result)
{
    result.stats = computeStatistics(result.samples);
    if (result.sampleUnit == u"ns"_qs) {
        result.warnings << stabilityWarnings(result.stats);
    } else if (result.sampleUnit == u"ops/s"_qs && !result.samples.isEmpty()) {
        const ThroughputEstimate estimate = estimateThroughput(result.samples);
        result.throughput = estimate.median;
        result.throughputCiLow = estimate.interval.low;
        result.throughputCiHigh = estimate.interval.high;
        if (result.stats.cv > kUnstableCv)
            result.warnings << stabilityWarnings(result.stats);
    }
    if (result.baselineExpectedMs > 0 && result.baselineRatio > 0)
        result.baselineVerdict = judgeBaseline(result.baselineRatio, result.baselineTolerancePercent);
    applyChecks(result);
}

Runner::Runner(const MeasureClock &clock)
    : m_clock(clock)
{
}

bool Runner::run(const RunRequest &request, RunResult &result, QString *errorMessage,
                 RunObserver *observer)
{
    const FixturesLoadResult loaded = request.fixturesPath.isEmpty()
                                          ? fixtures::loadBundled()
                                          : fixtures::load(request.fixturesPath);
    if (!loaded.ok()) {
        QStringList lines;
        for (const FixtureError &error : loaded.errors)
            lines << error.toString();
        if (errorMessage)
            *errorMessage = trRunner("The fixtures could not be loaded:\n%1").arg(lines.join(u'\n'));
        return false;
    }

    QList<CaseDefinition> all = builtinCaseDefinitions(loaded.fixtures);
    QList<CaseDefinition> selected;
    if (request.caseIds.isEmpty()) {
        selected = all;
    } else {
        for (const QString &id : request.caseIds) {
            const auto it = std::find_if(all.cbegin(), all.cend(),
                                         [&id](const CaseDefinition &d) { return d.info.id == id; });
            if (it == all.cend()) {
                if (errorMessage)
                    *errorMessage = trRunner("Unknown case id '%1'.").arg(id);
                return false;
            }
            selected.append(*it);
        }
    }

    const QString source = request.fixturesPath.isEmpty()
                               ? trRunner("bundled fixtures")
                               : QDir(request.fixturesPath).absolutePath();
    result = runCases(request, loaded.fixtures, selected, source, observer);
    return true;
}

RunResult Runner::runCases(const RunRequest &request, const Fixtures &fixtures,
                           const QList<CaseDefinition> &cases, const QString &fixturesSource,
                           RunObserver *observer)
{
    RunResult run;
    run.request = request;
    run.environment = collectEnvironment(fixturesSource);
    run.startedAt = run.environment.startedAt;

    ProfileSettings settings = profileSettings(request.profile, request.minTimePerCase);
    // Each latency sample spans about 1000 clock reads, so the two reads
    // around a batch add at most 0.2 % to it.
    const double clockCostNs = clockReadCostNs(m_clock);
    settings.latency.minSampleTime = std::max(settings.latency.minSampleTime,
                                              std::chrono::nanoseconds(qint64(clockCostNs * 1000)));

    QList<CaseInfo> infos;
    for (const CaseDefinition &definition : cases)
        infos.append(definition.info);
    if (observer)
        observer->runStarted(infos, run.environment);

    const int total = int(cases.size());
    for (int index = 0; index < total; ++index) {
        if (isCancelRequested()) {
            run.cancelled = true;
            break;
        }
        const CaseDefinition &definition = cases.at(index);
        if (observer)
            observer->caseStarted(index, total, definition.info);
        CaseResult result = runOne(definition, fixtures, settings, request.workers, observer);
        if (result.verdict == Verdict::Cancelled)
            run.cancelled = true;
        run.cases.append(result);
        if (observer)
            observer->caseFinished(index, total, result);
    }
    // A cancelled run lists the cases it did not reach as not run, so every
    // report counts the whole request and none of them looks complete.
    for (qsizetype index = run.cases.size(); index < cases.size(); ++index) {
        CaseResult notRun;
        notRun.info = cases.at(index).info;
        notRun.verdict = Verdict::NotRun;
        notRun.verdictReason = trRunner("The run was cancelled before this case started.");
        run.cases.append(notRun);
    }
    run.finishedAt = QDateTime::currentDateTimeUtc();
    return run;
}

CaseResult Runner::runOne(const CaseDefinition &definition, const Fixtures &fixtures,
                          const ProfileSettings &settings, int workers, RunObserver *observer)
{
    CaseResult result;
    result.info = definition.info;
    QElapsedTimer elapsed;
    elapsed.start();

    QTemporaryDir workDirectory(QDir::temp().filePath(u"linda-bench-XXXXXX"_qs));
    SampleThrottle throttle(definition.info.id, observer);

    if (!definition.run) {
        result.verdict = Verdict::Error;
        result.error = trRunner("The case %1 is not implemented in this build.").arg(definition.info.id);
    } else if (!workDirectory.isValid()) {
        result.verdict = Verdict::Error;
        result.error = trRunner("Cannot create a temporary folder for the case: %1")
                           .arg(workDirectory.errorString());
    } else {
        CaseContext context(definition.info, fixtures, settings, m_clock, m_cancel, workDirectory.path(),
                            std::max(1, workers), [&throttle](double sample) { throttle.add(sample); });
        try {
            definition.run(context, result);
            finalizeCase(result);
        } catch (const CaseCancelled &) {
            result.verdict = Verdict::Cancelled;
            result.verdictReason = trRunner("The run was cancelled while this case ran.");
        } catch (const std::exception &e) {
            result.verdict = Verdict::Error;
            result.error = QString::fromUtf8(e.what());
        } catch (...) {
            result.verdict = Verdict::Error;
            result.error = trRunner("The case threw an exception that is not a std::exception.");
        }
    }
    throttle.flush();
    if (result.verdict == Verdict::Error) {
        result.verdictReason = result.error;
        qCWarning(lcRunner) << "Case" << definition.info.id << "failed:" << result.error;
    }
    result.elapsedMs = elapsed.elapsed();
    return result;
}

} // namespace linda::bench
