#include "cli.h"

#include <fixtures/fixtures.h>
#include <health/healthmonitor.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace linda::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::cli", text);
}

// Self-pipe for SIGINT / SIGTERM: the handler only writes a byte; a
// QSocketNotifier reads it on the event loop. A second signal takes the
// default action.
int g_watchSignalPipe[2] = {-1, -1};

extern "C" void onWatchSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_watchSignalPipe[1], &byte, 1);
}

bool installWatchSignalHandlers()
{
    if (::pipe2(g_watchSignalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action {};
    action.sa_handler = onWatchSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

struct WatchOptions
{
    QString scenario;
    std::optional<double> rate;
    QString replayFile;
    std::optional<double> durationSeconds;
    QString fixturesDir;
    int workers = 4;
    double speed = 1;
};

std::optional<double> positiveNumber(const QString &text, bool allowZero)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || (!allowZero && value == 0))
        return std::nullopt;
    return value;
}

std::optional<int> readOptions(const QStringList &args, WatchOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the embedded engine on a temporary database with the demo data under traffic and print "
           "one health line per second, plus alert state changes. Ctrl+C stops (exit code 3)."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      tr("Arrival-rate scenario of the fixtures: light, medium, heavy or spike "
                                         "(default: medium)."),
                                      tr("NAME"));
    const QCommandLineOption rate(QStringLiteral("rate"), tr("Send N messages per second instead of a scenario."),
                                  tr("N"));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    tr("Replay a chat export, webhook or whatsapp-web.js file (JSON or NDJSON)."),
                                    tr("FILE"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("Seconds to watch; one line per second (default: the scenario's "
                                         "duration, 10 s for --rate, until a replay ends)."),
                                      tr("SECONDS"));
    const QCommandLineOption fixtures(QStringLiteral("fixtures"),
                                      tr("Fixtures folder for the scenarios and alert limits (default: the "
                                         "bundled copy)."),
                                      tr("DIR"));
    const QCommandLineOption workers(QStringLiteral("workers"), tr("Engine worker threads, 1-256 (default: 4)."),
                                     tr("N"), QStringLiteral("4"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Replay speed factor: 60 plays a minute per second; 0 sends as fast as "
                                      "possible (default: 1)."),
                                   tr("X"), QStringLiteral("1"));
    parser.addOptions({scenario, rate, replay, duration, fixtures, workers, speed});
    if (const auto code = parseOrExit(parser, args))
        return code;

    const auto usage = [](const QString &message) {
        err() << tr("watch: %1").arg(message) << Qt::endl;
        return std::optional<int>(UsageError);
    };
    const int sources = int(parser.isSet(scenario)) + int(parser.isSet(rate)) + int(parser.isSet(replay));
    if (sources > 1)
        return usage(tr("give only one of --scenario, --rate and --replay."));
    if (parser.positionalArguments().size() > 1)
        return usage(tr("unexpected argument '%1'.").arg(parser.positionalArguments().at(1)));
    options.scenario = parser.value(scenario);
    options.replayFile = parser.value(replay);
    options.fixturesDir = parser.value(fixtures);
    if (parser.isSet(rate)) {
        options.rate = positiveNumber(parser.value(rate), false);
        if (!options.rate)
            return usage(tr("--rate %1 is not a positive number of messages per second.").arg(parser.value(rate)));
    }
    if (parser.isSet(duration)) {
        options.durationSeconds = positiveNumber(parser.value(duration), false);
        if (!options.durationSeconds)
            return usage(tr("--duration %1 is not a positive number of seconds.").arg(parser.value(duration)));
    }
    bool ok = false;
    options.workers = parser.value(workers).toInt(&ok);
    if (!ok || options.workers < 1 || options.workers > 256)
        return usage(tr("--workers %1 is not a whole number from 1 to 256.").arg(parser.value(workers)));
    const std::optional<double> factor = positiveNumber(parser.value(speed), true);
    if (!factor)
        return usage(tr("--speed %1 is not a number of zero or more.").arg(parser.value(speed)));
    options.speed = *factor;
    if (parser.isSet(speed) && options.replayFile.isEmpty())
        return usage(tr("--speed applies only to --replay."));
    return std::nullopt;
}

const ArrivalRateScenario *findScenario(const Fixtures &fixtures, const QString &name)
{
    for (const ArrivalRateScenario &s : fixtures.arrivalRateScenarios) {
        if (s.caseId.section(u'.', -1).compare(name, Qt::CaseInsensitive) == 0
            || s.key.compare(name, Qt::CaseInsensitive) == 0 || s.caseId.compare(name, Qt::CaseInsensitive) == 0
            || s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

// Builds the schedule the options ask for; sets the default duration.
Result<std::unique_ptr<TrafficSchedule>> makeSchedule(const Fixtures &fixtures, WatchOptions &options)
{
    using R = Result<std::unique_ptr<TrafficSchedule>>;
    if (!options.replayFile.isEmpty()) {
        Result<QList<Message>> messages = loadReplayMessages(options.replayFile);
        if (!messages)
            return R::failure(messages.error());
        ReplayTraffic traffic;
        traffic.file = options.replayFile;
        traffic.messages = std::move(messages).value();
        traffic.speedFactor = options.speed;
        return R(std::make_unique<ReplaySchedule>(std::move(traffic)));
    }
    SyntheticTraffic traffic;
    if (options.rate) {
        traffic.name = tr("custom");
        traffic.messagesPerSecond = *options.rate;
        traffic.senders = qMax(10, int(std::ceil(*options.rate)));
        traffic.durationSeconds = options.durationSeconds.value_or(10);
    } else {
        const QString name = options.scenario.isEmpty() ? u"medium"_qs : options.scenario;
        const ArrivalRateScenario *scenario = findScenario(fixtures, name);
        if (!scenario) {
            QStringList known;
            for (const ArrivalRateScenario &s : fixtures.arrivalRateScenarios)
                known.append(s.caseId.section(u'.', -1));
            return R::failure(tr("--scenario %1 is not in the fixtures; use one of %2.")
                                  .arg(name, known.join(u", "_qs)));
        }
        traffic = SyntheticTraffic::fromScenario(*scenario);
        traffic.name = scenario->caseId.section(u'.', -1);
    }
    // Traffic runs as long as the watch, so the last line still has load.
    if (options.durationSeconds)
        traffic.durationSeconds = *options.durationSeconds;
    else
        options.durationSeconds = traffic.durationSeconds;
    if (const QString problem = SyntheticSchedule::validate(traffic); !problem.isEmpty())
        return R::failure(problem);
    return R(std::make_unique<SyntheticSchedule>(std::move(traffic)));
}

QString number(double value, int precision)
{
    return QString::number(value, 'f', precision);
}

QString headerLine()
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12"_qs.arg(tr("time"), 5)
        .arg(tr("msgs/s"), 8)
        .arg(tr("replies/s"), 9)
        .arg(tr("p50 ms"), 8)
        .arg(tr("p95 ms"), 8)
        .arg(tr("p99 ms"), 8)
        .arg(tr("wait p95"), 9)
        .arg(tr("queue"), 6)
        .arg(tr("sessions"), 8)
        .arg(tr("limited"), 7)
        .arg(tr("errors"), 6)
        .arg(tr("heap MB"), 8);
}

QString sampleLine(int second, const HealthSample &s)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12"_qs.arg(u"%1s"_qs.arg(second), 5)
        .arg(number(s.messagesPerSecond, 1), 8)
        .arg(number(s.repliesPerSecond, 1), 9)
        .arg(number(s.p50Ms, 2), 8)
        .arg(number(s.p95Ms, 2), 8)
        .arg(number(s.p99Ms, 2), 8)
        .arg(number(s.queueWaitP95Ms, 1), 9)
        .arg(s.queueDepth, 6)
        .arg(s.sessions, 8)
        .arg(s.rateLimitedSenders, 7)
        .arg(s.errors, 6)
        .arg(number(double(s.heapBytes) / (1024.0 * 1024.0), 1), 8);
}

} // namespace

int watch(const QStringList &args)
{
    WatchOptions options;
    if (const auto code = readOptions(args, options))
        return *code;

    const FixturesLoadResult loaded =
        options.fixturesDir.isEmpty() ? fixtures::loadBundled() : fixtures::load(options.fixturesDir);
    if (!loaded.ok()) {
        for (const FixtureError &error : loaded.errors)
            err() << error.toString() << '\n';
        err() << tr("watch: the fixtures cannot be used; fix the files above or leave out --fixtures.")
              << Qt::endl;
        return UsageError;
    }
    Result<std::unique_ptr<TrafficSchedule>> schedule = makeSchedule(loaded.fixtures, options);
    if (!schedule) {
        err() << tr("watch: %1").arg(schedule.error()) << Qt::endl;
        return UsageError;
    }

    HealthMonitor monitor;
    monitor.setFixtures(loaded.fixtures);
    HealthEngineSettings settings;
    settings.workers = options.workers;
    if (const Status started = monitor.startEngine(settings); !started) {
        err() << tr("watch: %1").arg(started.error()) << Qt::endl;
        return InternalError;
    }
    const QString description = schedule.value()->describe();
    if (const Status started = monitor.startTraffic(std::move(schedule).value()); !started) {
        err() << tr("watch: %1").arg(started.error()) << Qt::endl;
        return InternalError;
    }
    out() << tr("Watching %1; engine workers: %2; temporary database with demo data. Ctrl+C stops.")
                 .arg(description)
                 .arg(options.workers)
          << '\n'
          << headerLine() << Qt::endl;

    QEventLoop loop;
    int exitCode = Success;
    int lines = 0;
    int fired = 0;
    const int maxLines = options.durationSeconds ? int(std::ceil(*options.durationSeconds)) : -1;

    std::unique_ptr<QSocketNotifier> signalNotifier;
    if (installWatchSignalHandlers()) {
        signalNotifier = std::make_unique<QSocketNotifier>(g_watchSignalPipe[0], QSocketNotifier::Read);
        QObject::connect(signalNotifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte = 0;
            while (::read(g_watchSignalPipe[0], &byte, 1) > 0) {
            }
            err() << '\n' << tr("Interrupted; stopping the traffic and the engine.") << Qt::endl;
            exitCode = Cancelled;
            loop.quit();
        });
    } else {
        err() << tr("Warning: cannot install the SIGINT / SIGTERM handler; an interrupt ends the watch at once.")
              << Qt::endl;
    }
    QObject::connect(&monitor, &HealthMonitor::alertChanged, &loop, [&](const AlertTransition &t) {
        if (t.to == AlertState::Firing)
            ++fired;
        out() << tr("  alert %1").arg(t.toString()) << Qt::endl;
    });
    QObject::connect(&monitor, &HealthMonitor::sampled, &loop, [&](const HealthSample &sample) {
        out() << sampleLine(++lines, sample) << Qt::endl;
        const std::optional<TrafficStats> traffic = monitor.trafficStats();
        const bool replayDone = maxLines < 0 && traffic
            && traffic->state == TrafficState::Finished && sample.queueDepth == 0 && sample.busyWorkers == 0;
        if (lines == maxLines || replayDone)
            loop.quit();
    });
    monitor.startSampling();
    loop.exec();
    monitor.stopSampling();

    const std::optional<TrafficStats> traffic = monitor.trafficStats();
    monitor.stopEngine();
    if (traffic) {
        out() << tr("Submitted %1 messages (%2 rejected by a full queue), %3 handled, %4 replies; "
                    "largest send delay %5 ms; %6 alerts fired.")
                     .arg(traffic->submitted)
                     .arg(traffic->rejected)
                     .arg(traffic->completed)
                     .arg(traffic->replied)
                     .arg(number(double(traffic->maxLag.count()) / 1e6, 1))
                     .arg(fired)
              << Qt::endl;
    }
    if (exitCode == Success && fired > 0)
        exitCode = ThresholdFailed;
    return exitCode;
}

} // namespace linda::cli
