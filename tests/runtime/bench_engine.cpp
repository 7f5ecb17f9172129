// Measures end-to-end engine throughput: messages submitted through the
// work queue, handled by N workers, every message logged to a WAL SQLite
// file, timed until the last log row is committed. Not a CTest test: it
// asserts nothing and prints figures.
//
//   bench_engine [--messages N] [--workers N] [--chats N] [--commands PERCENT]
//                [--mode async|sync] [--no-log] [--log-batch ROWS] [--database PATH]

#include "bot/runtime/engine.h"
#include "bot/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

namespace linda::bench {
namespace {

struct Options
{
    int messages = 200'000;
    int workers = 4;
    int chats = 5'000;
    int commandPercent = 10;
    bool async = true;
    bool log = true;
    int logBatch = 0; // 0: the engine's default
    QString database;
};

// User plus system CPU time of the whole process, in seconds.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Plain chat text with a share of commands; one sender per chat.
QList<Message> makeTraffic(const Options &options)
{
    static const QString commands[] = {u"!status"_qs, u"!help property list"_qs, u"/health"_qs};
    QList<Message> traffic;
    traffic.reserve(options.messages);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < options.messages; ++i) {
        Message m;
        const int chat = i % options.chats;
        m.id = u"bench-%1"_qs.arg(i);
        m.chatId = u"97150%1@c.us"_qs.arg(1'000'000 + chat);
        m.senderId = m.chatId;
        m.sender = u"+97150%1"_qs.arg(1'000'000 + chat);
        m.timestamp = now;
        const bool command = (i * 7919) % 100 < options.commandPercent; // spread evenly, not in bursts
        m.body = command ? commands[i % 3] : u"Is the two-bedroom in Marina Heights still available?"_qs;
        traffic.append(std::move(m));
    }
    return traffic;
}

// Per thread of this process: seconds on a CPU and seconds runnable but
// waiting for one, from /proc/self/task/*/schedstat (Linux only).
QString threadTimes()
{
    QStringList parts;
    const QDir tasks(u"/proc/self/task"_qs);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_qs));
        QFile stat(tasks.filePath(tid + u"/schedstat"_qs));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = stat.readAll().split(' ');
        if (fields.size() < 2)
            continue;
        parts << u"%1 %2/%3"_qs.arg(QString::fromUtf8(comm.readAll().trimmed()))
                     .arg(fields[0].toDouble() / 1e9, 0, 'f', 2)
                     .arg(fields[1].toDouble() / 1e9, 0, 'f', 2);
    }
    return parts.join(u", "_qs);
}

QString loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? QString::number(load[0], 'f', 2) : u"unknown"_qs;
}

int run(const Options &options)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = options.database.isEmpty() ? dir.filePath(u"bench.sqlite"_qs) : options.database;
    config.queue = {options.workers, 50'000, 0};
    // Each chat sends about messages / chats messages within a second, far over
    // a human's rate; the limiter still runs for every message.
    config.rateLimit = {true, 1000.0, 1000.0};
    config.sessions = {30min, options.chats + 1};
    config.logMessages = options.log;
    if (options.logBatch > 0) {
        config.logBatchSize = options.logBatch;
        config.logBacklogLimit = std::max(config.logBacklogLimit, 4 * options.logBatch);
    }

    auto created = Engine::create(config);
    if (!created) {
        QTextStream(stderr) << created.error() << '\n';
        return 1;
    }
    std::unique_ptr<Engine> engine = std::move(created).value();
    const QList<Message> traffic = makeTraffic(options);

    LatencyHistogram latency;
    std::atomic<int> replies{0};
    const double cpuStart = processCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    if (options.async) {
        for (const Message &m : traffic) {
            const auto result = engine->submit(m, [&](const HandleResult &r) {
                latency.record(r.latency);
                if (r.reply)
                    replies.fetch_add(1, std::memory_order_relaxed);
            }, 10s);
            if (result != SubmitResult::Accepted) {
                QTextStream(stderr) << "submit was rejected\n";
                return 1;
            }
        }
    } else {
        // handle() on `workers` caller threads, each taking every workers-th message.
        std::vector<std::thread> threads;
        for (int t = 0; t < options.workers; ++t) {
            threads.emplace_back([&, t] {
                for (qsizetype i = t; i < traffic.size(); i += options.workers) {
                    const HandleResult r = engine->handle(traffic[i]);
                    latency.record(r.latency);
                    if (r.reply)
                        replies.fetch_add(1, std::memory_order_relaxed);
                }
            });
        }
        for (auto &t : threads)
            t.join();
    }
    const auto secondsSince = [](std::chrono::steady_clock::time_point from) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
    };
    const double submitted = secondsSince(start);
    engine->flush(); // until the last log row is committed
    const double seconds = secondsSince(start);
    const double cpuSeconds = processCpuSeconds() - cpuStart;

    const QString threads = threadTimes();
    const auto logged = engine->store().logs().messageCount();
    const HistogramSnapshot l = latency.snapshot();
    const MetricsSnapshot metrics = engine->metrics();
    const HistogramSnapshot commit = metrics.histogram(Histogram::LogCommit);
    const auto us = [](quint64 ns) { return QString::number(double(ns) / 1000.0, 'f', 1); };
    out << "mode " << (options.async ? "async (submit)" : "sync (handle)") << ", workers " << options.workers
        << ", chats " << options.chats << ", commands " << options.commandPercent << " %\n"
        << "messages " << options.messages << " in " << QString::number(seconds, 'f', 3) << " s = "
        << QString::number(options.messages / seconds, 'f', 0) << " messages/s (until the last log commit)\n"
        << "all submitted after " << QString::number(submitted, 'f', 3) << " s\n"
        << "process CPU " << QString::number(cpuSeconds, 'f', 3) << " s = "
        << QString::number(cpuSeconds * 1e6 / options.messages, 'f', 2) << " us per message; wall time depends on "
        << "what else runs on the machine (load average at exit: " << loadAverage() << ")\n"
        << "replies " << replies.load() << ", rows in message_log " << logged.valueOr(-1) << ", log groups "
        << commit.count << " (p50 " << us(commit.valueAtQuantile(0.5)) << " us each)\n"
        << "latency us p50 " << us(l.valueAtQuantile(0.5)) << ", p95 " << us(l.valueAtQuantile(0.95)) << ", p99 "
        << us(l.valueAtQuantile(0.99)) << ", max " << us(l.max) << "\n"
        << "threads (CPU s / waiting for a CPU s): " << threads << '\n'
        << "queue max depth " << metrics.gauge(Gauge::QueueMaxDepth) << ", log write failures "
        << metrics.counter(Counter::LogWriteFailures) << '\n';
    return !options.log || logged.valueOr(-1) == options.messages ? 0 : 2;
}

} // namespace
} // namespace linda::bench

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"End-to-end engine throughput with message logging to a WAL SQLite file."_qs);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_qs, u"Messages to send (default 200000)."_qs, u"count"_qs);
    const QCommandLineOption workers(u"workers"_qs, u"Worker threads (default 4)."_qs, u"count"_qs);
    const QCommandLineOption chats(u"chats"_qs, u"Distinct chats, one sender each (default 5000)."_qs, u"count"_qs);
    const QCommandLineOption commands(u"commands"_qs, u"Percent of messages that are commands (default 10)."_qs,
                                      u"percent"_qs);
    const QCommandLineOption mode(u"mode"_qs, u"async: submit() through the queue; sync: handle() on caller threads."_qs,
                                  u"mode"_qs, u"async"_qs);
    const QCommandLineOption logBatch(u"log-batch"_qs, u"Rows per log transaction (default: the engine's)."_qs,
                                      u"rows"_qs);
    const QCommandLineOption noLog(u"no-log"_qs, u"Do not write message_log / command_log rows."_qs);
    const QCommandLineOption database(u"database"_qs, u"SQLite file (default: a temporary one)."_qs, u"path"_qs);
    parser.addOptions({messages, workers, chats, commands, mode, noLog, logBatch, database});
    parser.process(app);

    linda::bench::Options options;
    const auto number = [&](const QCommandLineOption &option, int fallback, int minimum) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum) {
            QTextStream(stderr) << "--" << option.names().first() << " must be a whole number of at least "
                                << minimum << ", not \"" << parser.value(option) << "\"\n";
            std::exit(1);
        }
        return value;
    };
    options.messages = number(messages, options.messages, 1);
    options.workers = number(workers, options.workers, 1);
    options.chats = number(chats, options.chats, 1);
    options.commandPercent = std::min(100, number(commands, options.commandPercent, 0));
    options.async = parser.value(mode) != u"sync"_qs;
    options.database = parser.value(database);
    options.log = !parser.isSet(noLog);
    options.logBatch = number(logBatch, 0, 1);
    return linda::bench::run(options);
}
