#include "caseimplementations.h"
#include "casehelpers.h"
#include "casesetup.h"
#include "enginerig.h"
#include "statistics.h"
#include "verdicts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <thread>

namespace linda::bench {

namespace {

using namespace std::chrono_literals;

QString trLoad(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

// Maximum wait for a batch to drain; the case fails as timed out after it.
constexpr auto kDrainTimeout = 60s;

QString messageId(const QString &caseTag, qint64 index)
{
    return u"%1-%2"_qs.arg(caseTag).arg(index);
}

// Submits messages[i] with the tracker's callback; a message the queue does
// not take fails the case, because every load case counts on all of them.
void submitAll(Engine &engine, BatchTracker &tracker, const QList<Message> &messages, qsizetype offset = 0)
{
    for (qsizetype i = 0; i < messages.size(); ++i) {
        tracker.markSubmitted(offset + i);
        const SubmitResult submitted = engine.submit(messages.at(i), tracker.callbackFor(offset + i), 5s);
        if (submitted != SubmitResult::Accepted)
            failCase(trLoad("The engine's queue did not take message %1.").arg(messages.at(i).id));
    }
}

void waitOrFail(const CaseContext &context, BatchTracker &tracker, qsizetype expected)
{
    if (!tracker.waitFor(context, expected, std::chrono::duration_cast<std::chrono::milliseconds>(kDrainTimeout)))
        failCase(trLoad("Only %1 of %2 messages were answered within %3 s.")
                     .arg(tracker.completed())
                     .arg(expected)
                     .arg(kDrainTimeout.count()));
}

EngineConfig loadEngineConfig(const CaseContext &context, int workers = 0)
{
    EngineConfig config;
    config.queue.workers = workers > 0 ? workers : context.workers();
    return config;
}

// Median of a few repetitions' figures.
double medianOf(const QList<double> &values)
{
    return percentileOf(values, 50);
}

void concurrentMessages(CaseContext &context, CaseResult &result)
{
    const int count = int(context.parameter(u"count"_qs, 100));
    std::unique_ptr<Engine> engine = startEngine(context, loadEngineConfig(context));
    QList<double> spansMs;
    QList<double> handledCounts;
    for (int repetition = 0; repetition < context.settings().loadRepetitions; ++repetition) {
        QList<Message> messages;
        for (int i = 0; i < count; ++i) {
            const int sender = repetition * count + i;
            messages << trafficMessage(messageId(u"c100-%1"_qs.arg(repetition), i), 0, sender, trafficBody(i), false);
        }
        BatchTracker tracker(count);
        submitAll(*engine, tracker, messages);
        waitOrFail(context, tracker, count);
        result.samples += tracker.latencies();
        spansMs << nsToMs(tracker.spanNs());
        handledCounts << double(tracker.handled());
    }
    result.sampleUnit = u"ns"_qs;
    result.iterations = qint64(count) * context.settings().loadRepetitions;
    result.measured = medianOf(spansMs);
    result.threshold = context.parameter(u"expectedDurationMs"_qs, 0);
    const double handled = *std::min_element(handledCounts.cbegin(), handledCounts.cend());
    result.metrics.insert(u"timeToLastReplyMs"_qs, result.measured);
    result.metrics.insert(u"handledMin"_qs, handled);
    addParameterCheck(context, result, u"expectedDurationMs"_qs, trLoad("time to the last reply"), u"ms"_qs,
                      result.measured, false);
    addParameterCheck(context, result, u"minHandled"_qs, trLoad("messages handled per batch"), u"count"_qs,
                      handled, true);
}

void messageOrder(CaseContext &context, CaseResult &result)
{
    const int chats = int(context.parameter(u"chats"_qs, 20));
    const int perChat = int(context.parameter(u"messagesPerChat"_qs, 50));
    std::unique_ptr<Engine> engine = startEngine(context, loadEngineConfig(context));

    // Group chats with a different author for every message: the rate
    // limiter, which works per sender, then lets every message through.
    const qsizetype total = qsizetype(chats) * perChat;
    std::vector<std::vector<int>> arrival(static_cast<std::size_t>(chats));
    std::vector<std::mutex> locks(static_cast<std::size_t>(chats));
    BatchTracker tracker(total);
    for (int seq = 0; seq < perChat; ++seq) {
        for (int chat = 0; chat < chats; ++chat) {
            const qsizetype index = qsizetype(seq) * chats + chat;
            Message message = trafficMessage(messageId(u"order"_qs, index), chat, int(index), trafficBody(index), true);
            tracker.markSubmitted(index);
            auto record = tracker.callbackFor(index);
            const SubmitResult submitted = engine->submit(
                std::move(message),
                [&arrival, &locks, chat, seq, record](const HandleResult &handled) {
                    {
                        std::lock_guard lock(locks[std::size_t(chat)]);
                        arrival[std::size_t(chat)].push_back(seq);
                    }
                    record(handled);
                },
                5s);
            if (submitted != SubmitResult::Accepted)
                failCase(trLoad("The engine's queue did not take message %1.").arg(index));
        }
    }
    waitOrFail(context, tracker, total);

    int violations = 0;
    for (const std::vector<int> &order : arrival) {
        for (std::size_t i = 1; i < order.size(); ++i) {
            if (order[i] < order[i - 1])
                ++violations;
        }
    }
    result.samples = tracker.latencies();
    result.sampleUnit = u"ns"_qs;
    result.iterations = total;
    result.measured = violations;
    result.metrics.insert(u"chats"_qs, chats);
    result.metrics.insert(u"messages"_qs, double(total));
    result.metrics.insert(u"workers"_qs, context.workers());
    result.checks << makeCountCheck(trLoad("order violations"), violations, 0, false);
    result.checks << makeCountCheck(trLoad("replies received"), double(tracker.completed()),
                               double(total), true);
}

void commandsAtConcurrency(CaseContext &context, CaseResult &result)
{
    const int count = int(context.parameter(u"count"_qs, 1000));
    const int concurrency = std::max(1, int(context.parameter(u"concurrency"_qs, 10)));
    std::unique_ptr<Engine> engine = startEngine(context, loadEngineConfig(context));

    // `concurrency` clients, each sending its share of the commands one
    // after another through handle() and waiting for each reply.
    std::vector<QList<double>> latencies(static_cast<std::size_t>(concurrency));
    std::atomic<int> failures{0};
    QString firstError;
    std::mutex errorMutex;
    const auto start = steadyNow();
    std::vector<std::thread> clients;
    for (int client = 0; client < concurrency; ++client) {
        clients.emplace_back([&, client] {
            for (int i = client; i < count && !context.isCancelled(); i += concurrency) {
                const QString body = i % 2 == 0 ? u"!property list 5"_qs : u"!find-contact Khan"_qs;
                const Message message = trafficMessage(messageId(u"cmd"_qs, i), 0, i, body, false);
                const auto before = steadyNow();
                const HandleResult handled = engine->handle(message);
                latencies[std::size_t(client)] << double((steadyNow() - before).count());
                if (handled.outcome != HandleOutcome::Replied) {
                    failures.fetch_add(1);
                    std::lock_guard lock(errorMutex);
                    if (firstError.isEmpty())
                        firstError = handleOutcomeName(handled.outcome) + u": "_qs + handled.error;
                }
            }
        });
    }
    for (std::thread &client : clients)
        client.join();
    const double elapsedMs = nsToMs(double((steadyNow() - start).count()));
    context.checkCancelled();

    for (const QList<double> &values : latencies)
        result.samples += values;
    result.sampleUnit = u"ns"_qs;
    result.iterations = count;
    result.measured = elapsedMs;
    result.threshold = context.parameter(u"expectedDurationMs"_qs, 0);
    result.throughput = count / (elapsedMs / 1000.0);
    result.metrics.insert(u"elapsedMs"_qs, elapsedMs);
    result.metrics.insert(u"failedCommands"_qs, failures.load());
    if (!firstError.isEmpty())
        result.warnings << trLoad("First failed command: %1").arg(firstError);
    addParameterCheck(context, result, u"expectedDurationMs"_qs, trLoad("time for all commands"), u"ms"_qs,
                      elapsedMs, false);
    addParameterCheck(context, result, u"limitMs"_qs, trLoad("p95 command latency"), u"ms"_qs,
                      nsToMs(percentileOf(result.samples, 95)), false);
    result.checks << makeCountCheck(trLoad("failed commands"), failures.load(), 0, false);
}

void commandBacklog(CaseContext &context, CaseResult &result)
{
    const int count = std::max(500, int(context.parameter(u"count"_qs, 5000) * context.settings().workScale));
    EngineConfig config = loadEngineConfig(context);
    config.queue.capacity = int(context.parameter(u"capacity"_qs, 256));
    std::unique_ptr<Engine> engine = startEngine(context, config);
    BatchTracker tracker(count);
    SeriesSampler sampler(engineProbes(*engine), 5ms);
    sampler.start();

    // Submits as fast as the queue takes them: a full queue blocks submit()
    // (back-pressure) for up to 5 s instead of dropping the message.
    int rejected = 0;
    for (int i = 0; i < count; ++i) {
        context.checkCancelled();
        tracker.markSubmitted(i);
        const Message message = trafficMessage(messageId(u"backlog"_qs, i), 0, i, trafficBody(i), false);
        if (engine->submit(message, tracker.callbackFor(i), 5s) != SubmitResult::Accepted)
            ++rejected;
    }
    const auto lastSubmit = steadyNow();
    waitOrFail(context, tracker, count - rejected);
    engine->flush();
    const double drainMs = nsToMs(double((steadyNow() - lastSubmit).count()));
    sampler.stop();

    const WorkQueueStats stats = engine->queueStats();
    const qint64 lost = qint64(count) - rejected - tracker.completed();
    result.samples = tracker.latencies();
    result.sampleUnit = u"ns"_qs;
    result.iterations = count;
    result.series = sampler.series();
    result.measured = double(lost + rejected);
    result.metrics.insert(u"maxDepth"_qs, stats.maxDepth);
    result.metrics.insert(u"capacity"_qs, config.queue.capacity);
    result.metrics.insert(u"drainMs"_qs, drainMs);
    result.metrics.insert(u"rejected"_qs, rejected);
    result.metrics.insert(u"lost"_qs, double(lost));
    result.throughput = count / (nsToMs(tracker.spanNs()) / 1000.0);
    result.checks << makeCountCheck(trLoad("lost or rejected messages"), double(lost + rejected), 0, false);
}

MessageLogEntry writeEntry(const QString &chat, int index, qint64 bodyBytes)
{
    MessageLogEntry entry;
    entry.messageId = u"%1-%2"_qs.arg(chat).arg(index);
    entry.chat = chat;
    entry.sender = uaeMobile(index, true);
    entry.type = u"text"_qs;
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    QString body = u"Row %1 of %2. "_qs.arg(index).arg(chat);
    while (body.size() < bodyBytes)
        body += u"Tenancy renewal notes for unit MH-1204. "_qs;
    body.truncate(qsizetype(bodyBytes));
    entry.body = body;
    return entry;
}

void databaseWrites(CaseContext &context, CaseResult &result)
{
    const int count = int(context.parameter(u"count"_qs, 500));
    const int writers = std::max(1, int(context.parameter(u"concurrency"_qs, 50)));
    const qint64 bodyBytes = qint64(context.parameter(u"itemSizeBytes"_qs, 1024));
    const std::unique_ptr<Store> store = openEmptyStore(context);

    std::vector<QList<double>> latencies(static_cast<std::size_t>(writers));
    std::atomic<int> succeeded{0};
    std::atomic<int> peakConnections{0};
    QString firstError;
    std::mutex errorMutex;
    const auto start = steadyNow();
    std::vector<std::thread> threads;
    for (int writer = 0; writer < writers; ++writer) {
        threads.emplace_back([&, writer] {
            const QString chat = u"writer-%1"_qs.arg(writer);
            LogRepository logs = store->logs();
            for (int i = writer; i < count && !context.isCancelled(); i += writers) {
                const MessageLogEntry entry = writeEntry(chat, i, bodyBytes);
                const auto before = steadyNow();
                const Status written = logs.appendMessage(entry);
                latencies[std::size_t(writer)] << double((steadyNow() - before).count());
                if (written) {
                    succeeded.fetch_add(1);
                } else {
                    std::lock_guard lock(errorMutex);
                    if (firstError.isEmpty())
                        firstError = written.error();
                }
                int seen = peakConnections.load();
                const int now = store->connectionCount();
                while (now > seen && !peakConnections.compare_exchange_weak(seen, now)) {
                }
            }
            store->releaseThreadConnection();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double elapsedMs = nsToMs(double((steadyNow() - start).count()));
    context.checkCancelled();

    for (const QList<double> &values : latencies)
        result.samples += values;
    result.sampleUnit = u"ns"_qs;
    result.iterations = count;
    result.measured = elapsedMs;
    result.threshold = context.parameter(u"expectedDurationMs"_qs, 0);
    result.throughput = count / (elapsedMs / 1000.0);
    result.metrics.insert(u"elapsedMs"_qs, elapsedMs);
    result.metrics.insert(u"succeeded"_qs, succeeded.load());
    result.metrics.insert(u"writers"_qs, writers);
    result.metrics.insert(u"peakConnections"_qs, peakConnections.load());
    result.metrics.insert(u"bodyBytes"_qs, double(bodyBytes));
    if (!firstError.isEmpty())
        result.warnings << trLoad("First failed write: %1").arg(firstError);
    addParameterCheck(context, result, u"expectedDurationMs"_qs, trLoad("time for all writes"), u"ms"_qs,
                      elapsedMs, false);
    addParameterCheck(context, result, u"successThreshold"_qs, trLoad("succeeded writes"), u"count"_qs,
                      succeeded.load(), true);
}

QByteArray checksumOf(const QStringList &bodies)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &body : bodies) {
        hash.addData(body.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result();
}

void databaseConsistency(CaseContext &context, CaseResult &result)
{
    const int writers = int(context.parameter(u"writers"_qs, 8));
    const int rows = int(context.parameter(u"rowsPerWriter"_qs, 100));
    const std::unique_ptr<Store> store = openEmptyStore(context);

    // Each writer appends its rows alternately one by one and in
    // transactions of ten, concurrently with the others.
    std::vector<QStringList> sent(static_cast<std::size_t>(writers));
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int writer = 0; writer < writers; ++writer) {
        threads.emplace_back([&, writer] {
            const QString chat = u"consistency-%1"_qs.arg(writer);
            LogRepository logs = store->logs();
            QList<MessageLogEntry> group;
            for (int i = 0; i < rows && !context.isCancelled(); ++i) {
                const MessageLogEntry entry = writeEntry(chat, i, 200 + (i * 37) % 800);
                sent[std::size_t(writer)] << entry.body;
                if ((i / 10) % 2 == 0) {
                    if (!logs.appendMessage(entry))
                        failures.fetch_add(1);
                    continue;
                }
                group << entry;
                if (group.size() == 10) {
                    if (!logs.appendMessages(group))
                        failures.fetch_add(1);
                    group.clear();
                }
            }
            if (!group.isEmpty() && !logs.appendMessages(group))
                failures.fetch_add(1);
            store->releaseThreadConnection();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    context.checkCancelled();

    int mismatches = 0;
    int rowsRead = 0;
    LogRepository logs = store->logs();
    for (int writer = 0; writer < writers; ++writer) {
        const auto read = logs.messagesForChat(u"consistency-%1"_qs.arg(writer));
        if (!read)
            failCase(trLoad("Reading back the written rows failed: %1").arg(read.error()));
        QStringList bodies;
        for (const MessageLogEntry &entry : read.value())
            bodies << entry.body;
        rowsRead += int(bodies.size());
        if (checksumOf(bodies) != checksumOf(sent[std::size_t(writer)]))
            ++mismatches;
    }
    result.measured = mismatches;
    result.metrics.insert(u"rowsWritten"_qs, writers * rows);
    result.metrics.insert(u"rowsRead"_qs, rowsRead);
    result.metrics.insert(u"failedWrites"_qs, failures.load());
    result.checks << makeCountCheck(trLoad("writers whose rows or checksum differ"), mismatches, 0, false);
    result.checks << makeCountCheck(trLoad("failed writes"), failures.load(), 0, false);
    result.checks << makeCountCheck(trLoad("rows read back"), rowsRead, writers * rows, true);
}

void sessionsAtScale(CaseContext &context, CaseResult &result)
{
    const int sessions = int(context.parameter(u"sessionCount"_qs, 50));
    const int operations = int(context.parameter(u"count"_qs, 500));
    std::unique_ptr<Engine> engine = startEngine(context, loadEngineConfig(context));
    const int before = engine->sessions().count();

    QList<Message> messages;
    for (int i = 0; i < operations; ++i)
        messages << trafficMessage(messageId(u"sess"_qs, i), i % sessions, i, trafficBody(i), true);
    BatchTracker tracker(operations);
    submitAll(*engine, tracker, messages);
    waitOrFail(context, tracker, operations);
    const double elapsedMs = nsToMs(tracker.spanNs());
    const int opened = engine->sessions().count() - before;

    result.samples = tracker.latencies();
    result.sampleUnit = u"ns"_qs;
    result.iterations = operations;
    result.measured = elapsedMs;
    result.throughput = operations / (elapsedMs / 1000.0);
    if (!context.info().parameters.contains(u"expectedDurationMs"_qs))
        result.warnings << trLoad("The fixtures give no duration for this scenario; no time limit is judged.");
    result.threshold = context.parameter(u"expectedDurationMs"_qs, 0);
    result.metrics.insert(u"sessionsOpened"_qs, opened);
    result.metrics.insert(u"handled"_qs, double(tracker.handled()));
    addParameterCheck(context, result, u"expectedDurationMs"_qs, trLoad("time for all operations"), u"ms"_qs,
                      elapsedMs, false);
    result.checks << makeCountCheck(trLoad("sessions open"), opened, sessions, true);
    result.checks << makeCountCheck(trLoad("operations handled"), double(tracker.handled()), operations, true);
}

void sessionCleanup(CaseContext &context, CaseResult &result)
{
    const int sessions = int(context.parameter(u"sessionCount"_qs, 50));
    const int rapid = int(context.parameter(u"rapidCount"_qs, 100));
    const auto idleTimeout = std::chrono::milliseconds(qint64(context.parameter(u"idleTimeoutMs"_qs, 30'000)));

    // The engine's sessions and rate limiter read a manual clock, so the idle
    // timeout passes without waiting for it.
    ManualClock clock;
    EngineConfig config = loadEngineConfig(context);
    config.sessions.idleTimeout = idleTimeout;
    config.housekeepingInterval = std::chrono::milliseconds(0);
    std::unique_ptr<Engine> engine = startEngine(context, config, clock);

    for (int i = 0; i < sessions; ++i) {
        context.checkCancelled();
        (void)engine->handle(trafficMessage(messageId(u"sustained"_qs, i), i, i, u"!help"_qs, true));
    }
    const auto rapidStart = steadyNow();
    for (int i = 0; i < rapid; ++i)
        (void)engine->handle(trafficMessage(messageId(u"rapid"_qs, i), sessions + i, sessions + i, u"!help"_qs, true));
    const double rapidMs = nsToMs(double((steadyNow() - rapidStart).count()));
    const int open = engine->sessions().count();

    clock.advance(idleTimeout + 1ms);
    const SweepResult sweep = engine->housekeep();
    const int left = engine->sessions().count();

    result.measured = left;
    result.metrics.insert(u"opened"_qs, open);
    result.metrics.insert(u"expired"_qs, sweep.expired);
    result.metrics.insert(u"sweepMs"_qs, nsToMs(double(sweep.duration.count())));
    result.metrics.insert(u"rapidCreationMs"_qs, rapidMs);
    result.checks << makeCountCheck(trLoad("sessions opened"), open, sessions + rapid, true);
    result.checks << makeCountCheck(trLoad("sessions left after the sweep"), left, 0, false);
    addParameterCheck(context, result, u"rapidTargetMs"_qs, trLoad("time to open the rapid sessions"), u"ms"_qs,
                      rapidMs, false);
}

// Submits `count` messages to an engine with `workers` workers and returns
// messages per second from the first submit to the last reply.
double queueRun(CaseContext &context, Engine &engine, int count, const QString &tag, double *spanMs = nullptr)
{
    QList<Message> messages;
    for (int i = 0; i < count; ++i)
        messages << trafficMessage(messageId(tag, i), i, i, trafficBody(i), true);
    BatchTracker tracker(count);
    submitAll(engine, tracker, messages);
    waitOrFail(context, tracker, count);
    const double span = tracker.spanNs();
    if (spanMs)
        *spanMs = nsToMs(span);
    return operationsPerSecond(count, span);
}

void queue100x4(CaseContext &context, CaseResult &result)
{
    const int count = int(context.parameter(u"count"_qs, 100));
    const int workers = int(context.parameter(u"workers"_qs, 4));
    std::unique_ptr<Engine> engine = startEngine(context, loadEngineConfig(context, workers));
    QList<double> spans;
    const int repetitions = std::max(3, context.settings().loadRepetitions);
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        double span = 0;
        result.samples << queueRun(context, *engine, count, u"q%1"_qs.arg(repetition), &span);
        spans << span;
    }
    result.sampleUnit = u"ops/s"_qs;
    result.higherIsBetter = true;
    result.iterations = qint64(count) * repetitions;
    const double rate = medianOf(result.samples);
    const double spanMs = medianOf(spans);
    result.measured = rate;
    result.threshold = context.parameter(u"minItemsPerSecond"_qs, 0);
    result.metrics.insert(u"medianSpanMs"_qs, spanMs);
    result.metrics.insert(u"workers"_qs, workers);
    addParameterCheck(context, result, u"limitMs"_qs, trLoad("time for the queued items"), u"ms"_qs, spanMs, false);
    addParameterCheck(context, result, u"minItemsPerSecond"_qs, trLoad("items per second"), u"ops/s"_qs, rate, true);
}

// Measures engine throughput with logging for each worker count. It submits
// `count` messages from 5000 chats, nine in ten plain chat text and one in ten
// !status or !help, because the bot mostly listens. The clock runs from the
// first submit to the commit of the last message-log row. The rate limiter
// runs for every message but is set high enough to let the traffic through.
void queueScaling(CaseContext &context, CaseResult &result)
{
    const int count = std::max(2'000, int(context.parameter(u"count"_qs, 40'000) * context.settings().workScale));
    constexpr int chats = 5'000;
    const QVariantList workerCounts = context.info().parameters.value(u"workerCounts"_qs).toList();
    Series curve{trLoad("throughput by workers"), u"workers"_qs, u"ops/s"_qs, {}};
    (void)openSeededStore(context, {}, u"engine.sqlite"_qs);

    QList<Message> messages;
    messages.reserve(count);
    for (int i = 0; i < count; ++i) {
        const bool command = (i * 7919) % 100 < 10; // spread evenly, not in bursts
        const QString body = !command   ? u"Is the two-bedroom in Marina Heights still available?"_qs
                             : i % 2 == 0 ? u"!status"_qs
                                          : u"!help"_qs;
        messages << trafficMessage(QString(), i % chats, i % chats, body, false);
    }

    for (const QVariant &value : workerCounts) {
        const int workers = value.toInt();
        EngineConfig config = loadEngineConfig(context, workers);
        config.queue.capacity = std::max(config.queue.capacity, count);
        config.rateLimit.ratePerSecond = 1e6;
        config.rateLimit.burst = 1e6;
        config.sessions.maxSessions = chats + 1;
        std::unique_ptr<Engine> engine = startEngine(context, config, Clock::steady(), false);
        for (int i = 0; i < count; ++i)
            messages[i].id = messageId(u"scale%1"_qs.arg(workers), i);

        BatchTracker tracker(count);
        const auto start = steadyNow();
        submitAll(*engine, tracker, messages);
        waitOrFail(context, tracker, count);
        engine->flush(); // until the last log row is committed
        const double seconds = std::chrono::duration<double>(steadyNow() - start).count();
        const double rate = seconds > 0 ? count / seconds : 0;
        engine.reset();
        result.samples << rate;
        curve.points << QPointF(workers, rate);
        result.metrics.insert(u"workers%1"_qs.arg(workers), rate);
    }
    result.warnings << trLoad("Each point is %1 messages from %2 chats, timed to the commit of the last "
                              "message-log row.")
                           .arg(count)
                           .arg(chats);
    result.sampleUnit = u"ops/s"_qs;
    result.higherIsBetter = true;
    result.iterations = qint64(count) * workerCounts.size();
    result.series << curve;
    result.measured = result.samples.isEmpty() ? 0 : *std::max_element(result.samples.cbegin(), result.samples.cend());
}

// Constant arrival rate: message i is due at start + i / rate. Latency runs
// from that intended time, not from the actual submit, so a sender that
// falls behind does not hide the delay (no coordinated omission).
void arrivalScenario(CaseContext &context, CaseResult &result)
{
    const double rate = context.parameter(u"messagesPerSecond"_qs, 0);
    const int connections = std::max(1, int(context.parameter(u"connections"_qs, 1)));
    const double fixtureSeconds = context.parameter(u"durationSeconds"_qs, 0);
    const double expected = context.parameter(u"expectedHandled"_qs, 0);
    if (rate <= 0 || fixtureSeconds <= 0)
        failCase(trLoad("The fixtures give no arrival rate or duration for %1.").arg(context.info().id));

    double seconds = fixtureSeconds;
    if (context.settings().scenarioSeconds > 0 && context.settings().scenarioSeconds < fixtureSeconds) {
        seconds = context.settings().scenarioSeconds;
        result.warnings << trLoad("This profile runs the scenario for %1 s instead of %2 s at the same rate; "
                                  "the expected handled count is scaled to match.")
                               .arg(seconds)
                               .arg(fixtureSeconds);
    }
    const auto count = qsizetype(std::llround(rate * seconds));
    const double expectedHandled = std::floor(expected * seconds / fixtureSeconds);

    std::unique_ptr<Engine> engine = startEngine(context, loadEngineConfig(context));
    BatchTracker tracker(count);
    std::vector<std::vector<int>> arrival(static_cast<std::size_t>(connections));
    std::vector<std::mutex> locks(static_cast<std::size_t>(connections));
    SeriesSampler sampler(engineProbes(*engine), 50ms);
    sampler.start();

    const auto lateThreshold = 1ms;
    int lateSends = 0;
    int rejected = 0;
    const auto start = steadyNow() + 20ms;
    for (qsizetype i = 0; i < count; ++i) {
        const auto intended = start + std::chrono::nanoseconds(qint64(double(i) * 1e9 / rate));
        for (auto now = steadyNow(); now < intended; now = steadyNow()) {
            context.checkCancelled();
            std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(intended - now, 20ms));
        }
        if (steadyNow() - intended > lateThreshold)
            ++lateSends;
        const int connection = int(i % connections);
        const int seq = int(i / connections);
        tracker.setIntended(i, intended);
        tracker.markSubmitted(i);
        auto record = tracker.callbackFor(i);
        Message message = trafficMessage(messageId(context.info().id, i), connection, connection, trafficBody(i), false);
        const SubmitResult submitted = engine->submit(
            std::move(message),
            [&arrival, &locks, connection, seq, record](const HandleResult &handled) {
                {
                    std::lock_guard lock(locks[std::size_t(connection)]);
                    arrival[std::size_t(connection)].push_back(seq);
                }
                record(handled);
            });
        if (submitted != SubmitResult::Accepted)
            ++rejected;
    }
    waitOrFail(context, tracker, count - rejected);
    sampler.stop();

    int violations = 0;
    for (const std::vector<int> &order : arrival) {
        for (std::size_t k = 1; k < order.size(); ++k) {
            if (order[k] < order[k - 1])
                ++violations;
        }
    }
    const double handled = double(tracker.handled());
    result.samples = tracker.latencies();
    result.sampleUnit = u"ns"_qs;
    result.iterations = count;
    result.series = sampler.series();
    result.measured = nsToMs(percentileOf(result.samples, 95));
    result.throughput = handled / seconds;
    result.metrics.insert(u"sent"_qs, double(count));
    result.metrics.insert(u"completed"_qs, double(tracker.completed()));
    result.metrics.insert(u"handled"_qs, handled);
    result.metrics.insert(u"replied"_qs, double(tracker.countOutcome(HandleOutcome::Replied)));
    result.metrics.insert(u"rateLimited"_qs, double(tracker.countOutcome(HandleOutcome::RateLimited)));
    result.metrics.insert(u"lateSends"_qs, lateSends);
    result.metrics.insert(u"rejected"_qs, rejected);
    result.metrics.insert(u"orderViolations"_qs, violations);
    result.metrics.insert(u"durationSeconds"_qs, seconds);
    result.checks << makeCountCheck(trLoad("messages handled"), handled, expectedHandled, true,
                               context.info().parameters.value(u"scenarioSource"_qs).toString());
    result.checks << makeCountCheck(trLoad("order violations"), violations, 0, false);
    if (lateSends > 0)
        result.warnings << trLoad("%1 of %2 messages were sent more than 1 ms after their intended time; "
                                  "their latency includes that delay.")
                               .arg(lateSends)
                               .arg(count);
}

} // namespace

CaseFunction loadCaseFunction(const QString &id)
{
    static const QHash<QString, CaseFunction> functions = {
        {u"load.messages.concurrent-100"_qs, concurrentMessages},
        {u"load.messages.order"_qs, messageOrder},
        {u"load.commands.1000"_qs, commandsAtConcurrency},
        {u"load.commands.backlog"_qs, commandBacklog},
        {u"load.db.writes-500"_qs, databaseWrites},
        {u"load.db.consistency"_qs, databaseConsistency},
        {u"load.sessions.50"_qs, sessionsAtScale},
        {u"load.sessions.cleanup"_qs, sessionCleanup},
        {u"load.queue.100x4"_qs, queue100x4},
        {u"load.queue.scaling"_qs, queueScaling},
        {u"load.scenario.light"_qs, arrivalScenario},
        {u"load.scenario.medium"_qs, arrivalScenario},
        {u"load.scenario.heavy"_qs, arrivalScenario},
        {u"load.scenario.spike"_qs, arrivalScenario},
    };
    return functions.value(id);
}

} // namespace linda::bench
