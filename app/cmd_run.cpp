// `linda-dashboard run`: runs the benchmark, load and memory suites headless,
// prints a progress line per case and a final table, and writes the
// requested reports. Exit codes as in cli.h.
#include "cli.h"

#include "bench/caseregistry.h"
#include "bench/history/historydatabase.h"
#include "bench/history/runhistory.h"
#include "bench/reportwriters.h"
#include "bench/runcontroller.h"
#include "bench/verdicts.h"
#include "fixtures/fixtures.h"
#include "report/pdfreport.h"
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSocketNotifier>

#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace linda::cli {

namespace {

using namespace linda::bench;

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::cli", text);
}

// Self-pipe for SIGINT / SIGTERM: the handler only writes a byte, and a
// QSocketNotifier on the read end requests the cancel from the event loop.
// A second signal takes the default action, because the handler resets.
int g_signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

struct Options
{
    QList<Suite> suites;
    QStringList patterns;
    QString fixturesDir;
    Profile profile = Profile::Default;
    QString json, csv, junit, gbench, pdf;
    std::optional<CompareRequest> compare;
    QString compareText;
    bool noHistory = false;
};

// Reads the parsed options; returns an error sentence for an invalid value.
QString readOptions(const QCommandLineParser &parser, Options &options)
{
    for (const QString &value : parser.values(u"suite"_qs)) {
        if (value.compare(u"all"_qs, Qt::CaseInsensitive) == 0) {
            options.suites = {Suite::Benchmark, Suite::Load, Suite::Memory};
            continue;
        }
        const std::optional<Suite> suite = suiteFromName(value);
        if (!suite)
            return tr("Invalid --suite '%1': use benchmark, load, memory or all.").arg(value);
        if (!options.suites.contains(*suite))
            options.suites << *suite;
    }
    options.patterns = parser.values(u"case"_qs);
    options.fixturesDir = parser.value(u"fixtures"_qs);
    if (parser.isSet(u"profile"_qs)) {
        const std::optional<Profile> profile = profileFromName(parser.value(u"profile"_qs));
        if (!profile)
            return tr("Invalid --profile '%1': use quick, default or thorough.").arg(parser.value(u"profile"_qs));
        options.profile = *profile;
    }
    options.json = parser.value(u"json"_qs);
    options.csv = parser.value(u"csv"_qs);
    options.junit = parser.value(u"junit"_qs);
    options.gbench = parser.value(u"gbench-json"_qs);
    options.pdf = parser.value(u"pdf"_qs);
    if (parser.isSet(u"compare"_qs)) {
        options.compareText = parser.value(u"compare"_qs);
        QString error;
        options.compare = parseCompareRequest(options.compareText, &error);
        if (!options.compare)
            return tr("Invalid --compare '%1': %2").arg(options.compareText, error);
    }
    options.noHistory = parser.isSet(u"no-history"_qs);

    // Fail before a long run, not after it, when an output cannot be placed.
    for (const QString &path : {options.json, options.csv, options.junit, options.gbench, options.pdf}) {
        if (path.isEmpty())
            continue;
        if (QFileInfo(path).isDir())
            return tr("Cannot write %1: it is a folder. Name a file in it, such as %2.")
                .arg(path, QDir(path).filePath(u"report"_qs));
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir())
            return tr("Cannot write %1: the folder %2 does not exist.").arg(path, folder.filePath());
    }
    return {};
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Runs the benchmark, load and memory suites against the embedded engine."));
    parser.addOptions({
        {u"suite"_qs, tr("Suite to run: benchmark, load, memory or all (repeatable; default all)."), tr("SUITE")},
        {u"case"_qs, tr("Run only cases whose id matches the glob PATTERN, e.g. 'bench.db.*' (repeatable)."),
         tr("PATTERN")},
        {u"fixtures"_qs, tr("Fixtures folder (bundled format or a Linda test-suite folder); default: bundled."),
         tr("DIR")},
        {u"profile"_qs, tr("Time spent per case: quick (about 20 s in all), default (about 90 s) or thorough."),
         tr("PROFILE")},
        {u"json"_qs, tr("Write the results, raw samples included, as JSON to FILE."), tr("FILE")},
        {u"csv"_qs, tr("Write one CSV row per case to FILE."), tr("FILE")},
        {u"junit"_qs, tr("Write JUnit XML, one test case per case, to FILE."), tr("FILE")},
        {u"gbench-json"_qs, tr("Write Google Benchmark JSON (for its compare.py) to FILE."), tr("FILE")},
        {u"pdf"_qs, tr("Write a PDF report to FILE."), tr("FILE")},
        {u"compare"_qs, tr("Compare with the previous run, the saved baseline or a run id."), tr("previous|baseline|RUN_ID")},
        {u"no-history"_qs, tr("Do not save this run in the history (it can still be compared).")},
    });
}

// Formats a figure for the console table in the user's locale: whole
// numbers with digit grouping from 1000 up, three significant digits below.
QString figure(double value)
{
    if (value == 0)
        return u"0"_qs;
    const QLocale locale;
    return std::abs(value) >= 1000 ? locale.toString(value, 'f', 0) : locale.toString(value, 'g', 3);
}

struct Row
{
    QString id, p50, p95, throughput, threshold, verdict;
};

Row tableRow(const CaseResult &result)
{
    Row row;
    row.id = result.info.id;
    row.verdict = verdictLabel(result.verdict);
    const QString none = u"-"_qs;
    const bool latency = result.sampleUnit == u"ns"_qs && result.stats.count > 0;
    // In the unit that suits the figure (ns, µs, ms, s), as the PDF report shows it.
    row.p50 = latency ? ui::report::formatDurationNs(result.stats.p50) : none;
    row.p95 = latency ? ui::report::formatDurationNs(result.stats.p95) : none;
    row.throughput = result.throughput > 0 ? figure(result.throughput) + u"/s"_qs : none;
    if (const CheckResult *check = decidingCheck(result)) {
        const QString relation = check->higherIsBetter ? u">="_qs : u"<="_qs;
        if (check->unit == u"ms"_qs) {
            row.threshold = u"%1 %2 %3"_qs.arg(ui::report::formatDurationNs(check->measured * 1e6), relation,
                                               ui::report::formatDurationNs(check->limit * 1e6));
        } else {
            row.threshold = u"%1 %2 %3 %4"_qs.arg(figure(check->measured), relation, figure(check->limit), check->unit);
        }
    } else {
        row.threshold = none;
    }
    return row;
}

void printTable(const RunResult &run)
{
    QList<Row> rows = {{tr("case"), tr("p50"), tr("p95"), tr("throughput"), tr("measured vs limit"), tr("verdict")}};
    for (const CaseResult &result : run.cases)
        rows << tableRow(result);
    std::array<qsizetype, 6> widths{};
    for (const Row &row : rows) {
        const std::array<qsizetype, 6> sizes{row.id.size(), row.p50.size(), row.p95.size(), row.throughput.size(),
                                             row.threshold.size(), row.verdict.size()};
        for (std::size_t i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], sizes[i]);
    }
    out() << '\n';
    for (const Row &row : rows) {
        out() << row.id.leftJustified(widths[0]) << u"  "_qs << row.p50.rightJustified(widths[1]) << u"  "_qs
              << row.p95.rightJustified(widths[2]) << u"  "_qs << row.throughput.rightJustified(widths[3])
              << u"  "_qs << row.threshold.leftJustified(widths[4]) << u"  "_qs << row.verdict << '\n';
    }

    QMap<Verdict, int> counts;
    for (const CaseResult &result : run.cases)
        counts[result.verdict] += 1;
    out() << '\n'
          << tr("Cases: %1; %2 pass, %3 warn, %4 fail, %5 error, %6 cancelled, %7 not run")
                 .arg(run.cases.size())
                 .arg(counts.value(Verdict::Pass))
                 .arg(counts.value(Verdict::Warn))
                 .arg(counts.value(Verdict::Fail))
                 .arg(counts.value(Verdict::Error))
                 .arg(counts.value(Verdict::Cancelled))
                 .arg(counts.value(Verdict::NotRun))
          << Qt::endl;
}

// Writes every requested report, each with the comparison when one was
// requested; returns false when a report could not be written.
bool writeReports(const Options &options, const RunResult &run, const std::optional<ComparisonReport> &comparison)
{
    bool ok = true;
    auto write = [&ok](const QString &path, const QByteArray &data) {
        if (path.isEmpty())
            return;
        QString error;
        if (writeFileAtomically(path, data, &error)) {
            out() << tr("Wrote %1").arg(path) << '\n';
        } else {
            err() << error << '\n';
            ok = false;
        }
    };
    if (!options.json.isEmpty()) {
        QJsonObject document = runToJson(run);
        if (comparison)
            document.insert(u"comparison"_qs, comparisonToJson(*comparison));
        write(options.json, QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    write(options.csv, options.csv.isEmpty() ? QByteArray() : runToCsv(run));
    if (!options.junit.isEmpty())
        write(options.junit, comparison ? runToJUnit(run, junitComparison(*comparison)) : runToJUnit(run));
    write(options.gbench, options.gbench.isEmpty() ? QByteArray() : runToGoogleBenchmarkJson(run));
    if (!options.pdf.isEmpty()) {
        QString error;
        ui::PdfReportOptions pdfOptions;
        pdfOptions.comparison = comparison;
        if (ui::writePdfReport(run, options.pdf, pdfOptions, &error)) {
            out() << tr("Wrote %1").arg(options.pdf) << '\n';
        } else {
            err() << error << '\n';
            ok = false;
        }
    }
    out() << Qt::flush;
    err() << Qt::flush;
    return ok;
}

int exitCodeFor(const RunResult &run, bool criticalRegression)
{
    if (run.cancelled)
        return Cancelled;
    if (criticalRegression)
        return ThresholdFailed;
    const auto has = [&run](Verdict v) {
        return std::any_of(run.cases.cbegin(), run.cases.cend(), [v](const CaseResult &r) { return r.verdict == v; });
    };
    if (has(Verdict::Fail))
        return ThresholdFailed;
    if (has(Verdict::Error))
        return InternalError;
    return Success;
}

// Saves the run (also a cancelled one) to the history; a failure is
// reported but does not change the exit code, because the run itself is fine.
std::optional<qint64> saveToHistory(const RunResult &run)
{
    QString error;
    QStringList notices;
    const std::optional<qint64> id = saveRun(run, &error, &notices);
    for (const QString &notice : notices)
        err() << notice << '\n';
    if (id)
        out() << tr("Saved as run %1 in the history.").arg(*id) << '\n';
    else
        err() << tr("Warning: the run could not be saved to the history: %1").arg(error) << '\n';
    out() << Qt::flush;
    err() << Qt::flush;
    return id;
}

// Prints the comparison table, or a warning when the comparison failed. The
// reports carry a failed comparison too, with its error.
ComparisonReport compareToHistory(const RunResult &run, const CompareRequest &request, std::optional<qint64> savedId)
{
    QStringList notices;
    const ComparisonReport report = compareWith(run, request, savedId, &notices);
    for (const QString &notice : notices)
        err() << notice << '\n';
    if (!report.isValid()) {
        err() << tr("Warning: no comparison was made: %1").arg(report.error) << Qt::endl;
        return report;
    }
    out() << '\n' << formatComparisonTable(report) << Qt::endl;
    return report;
}

// A run id or baseline given to --compare must exist before the run starts:
// finding out after minutes of measuring, with exit code 0, would let a CI
// gate pass without any comparison. "previous" is checked per case after
// the run, and a first run simply has nothing to compare with.
std::optional<int> checkCompareTarget(const Options &options)
{
    if (!options.compare || options.compare->target == CompareTarget::Previous)
        return std::nullopt;
    HistoryDatabase db;
    const bool opened = db.open();
    for (const QString &notice : db.notices())
        err() << notice << '\n';
    if (!opened) {
        err() << tr("Cannot compare with %1: %2").arg(options.compareText, db.errorString()) << Qt::endl;
        return UsageError;
    }
    if (options.compare->target == CompareTarget::RunId && !db.contains(options.compare->runId)) {
        err() << tr("--compare %1: the history %2 has no run %1; 'linda-dashboard history list' shows the runs.")
                     .arg(options.compare->runId)
                     .arg(db.path())
              << Qt::endl;
        return UsageError;
    }
    if (options.compare->target == CompareTarget::Baseline && !db.baselineRunId(options.profile)) {
        err() << tr("--compare baseline: no run of the %1 profile is marked as the baseline; mark one with "
                    "'linda-dashboard history baseline RUN_ID'.")
                     .arg(profileName(options.profile))
              << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

// Resolves --suite and --case against the registry of the chosen fixtures.
std::optional<int> selectCases(const Options &options, QStringList &caseIds)
{
    const FixturesLoadResult loaded = options.fixturesDir.isEmpty() ? fixtures::loadBundled()
                                                                     : fixtures::load(options.fixturesDir);
    if (!loaded.ok()) {
        err() << tr("The fixtures in %1 could not be loaded:")
                     .arg(options.fixturesDir.isEmpty() ? tr("the bundled copy") : options.fixturesDir)
              << '\n';
        for (const FixtureError &error : loaded.errors)
            err() << u"  "_qs << error.toString() << '\n';
        err() << Qt::flush;
        return UsageError;
    }
    const QList<CaseInfo> cases = registeredCases(loaded.fixtures);
    const QStringList unmatched = unmatchedPatterns(cases, options.patterns);
    if (!unmatched.isEmpty()) {
        err() << tr("No case id matches %1. docs/benchmarks.md lists every case id.")
                     .arg(unmatched.join(u", "_qs))
              << Qt::endl;
        return UsageError;
    }
    caseIds = selectCaseIds(cases, options.patterns, options.suites);
    if (caseIds.isEmpty()) {
        err() << tr("No case matches both the --suite and the --case options.") << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const auto code = parseOrExit(parser, args))
        return *code;
    // The first positional argument is the subcommand name itself.
    const QStringList extra = parser.positionalArguments().mid(1);
    if (!extra.isEmpty()) {
        err() << tr("'run' takes no arguments, only options; found '%1'.").arg(extra.first()) << Qt::endl;
        return UsageError;
    }
    Options options;
    if (const QString error = readOptions(parser, options); !error.isEmpty()) {
        err() << error << Qt::endl;
        return UsageError;
    }
    RunRequest request;
    if (const auto code = selectCases(options, request.caseIds))
        return *code;
    if (const auto code = checkCompareTarget(options))
        return *code;
    request.profile = options.profile;
    request.fixturesPath = options.fixturesDir;

    RunController controller;
    QEventLoop loop;
    RunResult result;
    QString failure;
    bool cancelling = false;

    std::unique_ptr<QSocketNotifier> signalNotifier;
    if (installSignalHandlers()) {
        signalNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(signalNotifier.get(), &QSocketNotifier::activated, &controller, [&] {
            char byte = 0;
            while (::read(g_signalPipe[0], &byte, 1) > 0) {
            }
            if (!cancelling) {
                cancelling = true;
                err() << '\n' << tr("Cancelling; finished cases are kept and written.") << Qt::endl;
                controller.cancel();
            }
        });
    } else {
        err() << tr("Warning: cannot install the SIGINT / SIGTERM handler; an interrupt ends the run "
                    "without writing reports.")
              << Qt::endl;
    }

    QObject::connect(&controller, &RunController::runStarted, &loop,
                     [&](const QList<CaseInfo> &cases, const Environment &environment) {
                         out() << tr("Cases to run: %1; profile %2; on %3 (%4 cores, %5 build, commit %6)")
                                      .arg(cases.size())
                                      .arg(profileName(options.profile), environment.cpuModel)
                                      .arg(environment.cores)
                                      .arg(environment.buildType, environment.gitCommit)
                               << '\n';
                         for (const QString &warning : environment.noiseWarnings)
                             err() << tr("Warning: %1").arg(warning) << '\n';
                         out() << Qt::flush;
                         err() << Qt::flush;
                     });
    QObject::connect(&controller, &RunController::caseStarted, &loop,
                     [](int index, int total, const CaseInfo &info) {
                         const int width = int(QString::number(total).size());
                         out() << u"[%1/%2] "_qs.arg(index + 1, width).arg(total) << info.id << u" ... "_qs
                               << Qt::flush;
                     });
    QObject::connect(&controller, &RunController::caseFinished, &loop,
                     [](int, int, const CaseResult &r) {
                         out() << verdictLabel(r.verdict) << u" ("_qs << figure(double(r.elapsedMs) / 1000.0)
                               << u" s)"_qs;
                         if (r.verdict == Verdict::Error)
                             out() << u": "_qs << r.error;
                         else if (r.verdict == Verdict::Fail || r.verdict == Verdict::Warn)
                             out() << u": "_qs << r.verdictReason;
                         out() << Qt::endl;
                     });
    QObject::connect(&controller, &RunController::runFinished, &loop, [&](const RunResult &finished) {
        result = finished;
        loop.quit();
    });
    QObject::connect(&controller, &RunController::runFailed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });

    controller.start(request);
    loop.exec();

    if (!failure.isEmpty()) {
        err() << failure << Qt::endl;
        return UsageError;
    }
    printTable(result);
    const std::optional<qint64> savedId = options.noHistory ? std::nullopt : saveToHistory(result);
    std::optional<ComparisonReport> comparison;
    if (options.compare)
        comparison = compareToHistory(result, *options.compare, savedId);
    const bool written = writeReports(options, result, comparison);
    const int code = exitCodeFor(result, comparison && comparison->hasCriticalRegression());
    if (!written && code != Cancelled)
        return InternalError;
    return code;
}

} // namespace linda::cli
