#include "cli.h"

#include "benchmarkspage.h"
#include "mainwindow.h"
#include "runparameterswidget.h"
#include "stallprobe.h"

#include <QApplication>
#include <QTimer>

namespace linda::cli {

namespace {

// The charts lay out new axes over a few event-loop turns after a change.
// A screenshot taken earlier shows stale geometry.
constexpr std::chrono::milliseconds SettleTime{400};
// Window size for --screenshot, so documentation images do not depend on
// the size saved by the last interactive session.
constexpr QSize ScreenshotSize{1400, 900};

struct GuiOptions
{
    QString fixtures;
    std::optional<bench::Profile> runProfile;
    QString screenshot;
    bool quitWhenDone = false;
};

int exitCodeOf(const bench::RunResult &result)
{
    if (result.cancelled)
        return Cancelled;
    for (const bench::CaseResult &r : result.cases) {
        if (r.verdict == bench::Verdict::Fail || r.verdict == bench::Verdict::Error)
            return ThresholdFailed;
    }
    return Success;
}

bool saveScreenshot(ui::MainWindow &window, const QString &path)
{
    if (window.grab().save(path, "PNG")) {
        out() << QCoreApplication::translate("linda::cli", "screenshot saved to %1").arg(path) << Qt::endl;
        return true;
    }
    err() << QCoreApplication::translate("linda::cli", "could not write the screenshot %1: "
                                                       "check that the folder exists and is writable")
                 .arg(path)
          << Qt::endl;
    return false;
}

void printStall(const ui::StallProbe &probe)
{
    const double stallMs = std::chrono::duration<double, std::milli>(probe.maxStall()).count();
    const double busyMs = std::chrono::duration<double, std::milli>(probe.maxBusy()).count();
    out() << QCoreApplication::translate("linda::cli", "longest event-loop stall during the run: %1 ms; "
                                                       "longest GUI-thread work between two probe ticks: "
                                                       "%2 ms (%3 ticks)")
                 .arg(stallMs, 0, 'f', 1)
                 .arg(busyMs, 0, 'f', 1)
                 .arg(probe.tickCount())
          << Qt::endl;
}

// Screenshot and quit once the work the options asked for is done.
void finish(ui::MainWindow &window, const GuiOptions &options, int exitCode)
{
    QTimer::singleShot(SettleTime, &window, [&window, options, exitCode] {
        bool ok = true;
        if (!options.screenshot.isEmpty())
            ok = saveScreenshot(window, options.screenshot);
        if (options.quitWhenDone)
            QCoreApplication::exit(ok ? exitCode : InternalError);
    });
}

void startRequestedRun(ui::MainWindow &window, const GuiOptions &options)
{
    QObject::connect(&window, &ui::MainWindow::runFinished, &window,
                     [&window, options](const bench::RunResult &result) {
                         if (options.quitWhenDone)
                             printStall(*window.stallProbe());
                         finish(window, options, exitCodeOf(result));
                     });
    QObject::connect(&window, &ui::MainWindow::runFailed, &window, [&window, options](const QString &message) {
        err() << message << Qt::endl;
        finish(window, options, UsageError);
    });
    QTimer::singleShot(0, &window, [&window, options] {
        window.benchmarks()->parameters()->setProfile(*options.runProfile);
        if (window.startRun())
            return;
        const QString errors = window.benchmarks()->parameters()->fixturesErrorText();
        err() << QCoreApplication::translate("linda::cli", "the run could not start: %1")
                     .arg(errors.isEmpty() ? QCoreApplication::translate("linda::cli", "no case is checked")
                                           : errors)
              << Qt::endl;
        finish(window, options, UsageError);
    });
}

} // namespace

int gui(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("linda::cli", "Linda Dashboard: benchmark, load and memory "
                                                  "suites and live health for the Linda bot engine.\n\n"
                                                  "Subcommands (each has --help):\n"
                                                  "  check-fixtures DIR   show the loaded fixtures\n"
                                                  "  replay FILE...       parse messages and replay them\n"
                                                  "  import-contacts FILE sync a vCard or CSV file\n"
                                                  "  run                  run the suites headless\n"
                                                  "  watch                print live engine health\n"
                                                  "  history              list, compare and manage runs\n"
                                                  "  self-check           measure the regression verdict"));
    parser.addVersionOption();
    const QCommandLineOption fixturesOption(
        QStringLiteral("fixtures"),
        QCoreApplication::translate("linda::cli", "Load the fixtures from DIR (bundled format or a Linda folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("linda::cli", "Interface language for this start, en or ar_AE; the "
                                                  "Settings dialog sets the one the window starts in."),
        QStringLiteral("CODE"));
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QCoreApplication::translate("linda::cli", "Start a run of the checked cases at once with PROFILE "
                                                  "(quick, default or thorough)."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("linda::cli", "Save the main window as a PNG image to FILE when the run "
                                                  "ends, or after start-up when nothing runs."),
        QStringLiteral("FILE"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-when-done"),
        QCoreApplication::translate("linda::cli", "Quit when the run (and the screenshot) is done; the exit "
                                                  "code is that of the run subcommand."));
    parser.addOptions({fixturesOption, languageOption, runOption, screenshotOption, quitOption});
    if (const auto code = parseOrExit(parser, args))
        return *code;
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty()) {
        err() << QCoreApplication::translate("linda::cli", "unknown command \"%1\"; the commands are "
                                                           "check-fixtures, replay, import-contacts, run, watch, "
                                                           "history and self-check. See --help.")
                     .arg(extra.first())
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    GuiOptions options;
    options.fixtures = parser.value(fixturesOption);
    options.screenshot = parser.value(screenshotOption);
    options.quitWhenDone = parser.isSet(quitOption);
    if (parser.isSet(runOption)) {
        options.runProfile = bench::profileFromName(parser.value(runOption));
        if (!options.runProfile) {
            err() << QCoreApplication::translate("linda::cli", "invalid --run profile \"%1\": use quick, "
                                                               "default or thorough")
                         .arg(parser.value(runOption))
                  << Qt::endl;
            return UsageError;
        }
    }
    // main() already applied --language, for this start only.

    ui::MainWindow window;
    if (parser.isSet(fixturesOption))
        window.benchmarks()->parameters()->setFixturesFolder(options.fixtures);
    if (!options.screenshot.isEmpty())
        window.resize(ScreenshotSize);
    window.show();

    if (options.runProfile)
        startRequestedRun(window, options);
    else if (!options.screenshot.isEmpty() || options.quitWhenDone)
        finish(window, options, Success);
    return QApplication::exec();
}

} // namespace linda::cli
