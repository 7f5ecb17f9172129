#include "caseimplementations.h"
#include "casehelpers.h"
#include "caseinputs.h"
#include "casesetup.h"
#include "enginerig.h"
#include "statistics.h"
#include "verdicts.h"

#include "bot/messages/webhookparser.h"
#include "bot/messages/wwebjsparser.h"
#include "fixtures/fixtures.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace linda::bench {

namespace {

using namespace std::chrono_literals;

QString trBaseline(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

// Everything the baseline operations run against, set up once.
struct BaselineRig
{
    std::unique_ptr<CommandStack> commands;
    std::unique_ptr<Engine> engine;
    ManualClock sessionClock; // never advanced, so a gc-cycle pass expires no session
    std::unique_ptr<Engine> housekeepingEngine;
    WwebjsParser wwebjs;
    WebhookParser webhook;
    std::unique_ptr<WwebjsParser> largeParser;
    QList<QByteArray> texts;
    QList<QByteArray> envelopes;
    QByteArray oneMB;
    QByteArray tenMB;
    QList<Property> properties;
    qint64 counter = 0;
};

void expect(bool ok, const QString &operation, const QString &error = {})
{
    if (!ok)
        failCase(trBaseline("The baseline operation %1 failed: %2").arg(operation, error));
}

// Submits `n` messages at once and waits for all replies.
void concurrentBatch(const CaseContext &context, BaselineRig &rig, int n)
{
    BatchTracker tracker(n);
    for (int i = 0; i < n; ++i) {
        const qint64 index = rig.counter++;
        tracker.markSubmitted(i);
        const SubmitResult submitted = rig.engine->submit(
            trafficMessage(u"base-%1"_qs.arg(index), int(index % 1000), int(index % 100'000), trafficBody(index), true),
            tracker.callbackFor(i), 5s);
        expect(submitted == SubmitResult::Accepted, u"concurrent-%1"_qs.arg(n), trBaseline("queue full"));
    }
    expect(tracker.waitFor(context, n, 60s), u"concurrent-%1"_qs.arg(n), trBaseline("timed out"));
}

// The body of each baseline operation id; each call runs one operation.
std::map<QString, std::function<void(BaselineRig &)>> operations(const CaseContext &context)
{
    std::map<QString, std::function<void(BaselineRig &)>> ops;
    ops[u"parse-simple-text"_qs] = [](BaselineRig &r) {
        expect(r.wwebjs.parseMessage(r.texts.at(r.counter++ % r.texts.size())).has_value(), u"parse-simple-text"_qs);
    };
    ops[u"parse-complex-json"_qs] = [](BaselineRig &r) {
        ParseResult parsed;
        r.webhook.parseEnvelope(r.envelopes.at(r.counter++ % r.envelopes.size()), parsed);
        expect(!parsed.hasErrors(), u"parse-complex-json"_qs);
    };
    // The engine's validation step alone: a message without a chat id is
    // rejected before any session, rate-limit or store work.
    ops[u"validate-message"_qs] = [](BaselineRig &r) {
        Message message = trafficMessage(u"invalid-%1"_qs.arg(r.counter++), 0, 0, u"!help"_qs, false);
        message.chatId.clear();
        expect(r.engine->handle(message).outcome == HandleOutcome::Invalid, u"validate-message"_qs);
    };
    ops[u"parse-command"_qs] = [](BaselineRig &r) {
        expect(r.commands->dispatcher->parse(u"!property search Marina Heights"_qs).kind
                   == ParsedCommand::Kind::Known,
               u"parse-command"_qs);
    };
    ops[u"validate-command"_qs] = [](BaselineRig &r) {
        const ParsedCommand parsed = r.commands->dispatcher->parse(u"!find-contact Khan"_qs);
        const Status valid = r.commands->dispatcher->validate(parsed, r.commands->context);
        expect(valid.ok(), u"validate-command"_qs, valid.error());
    };
    ops[u"execute-simple"_qs] = [](BaselineRig &r) {
        const ParsedCommand parsed = r.commands->dispatcher->parse(u"!help"_qs);
        expect(r.commands->dispatcher->execute(parsed, r.commands->context).ok, u"execute-simple"_qs);
    };
    ops[u"execute-complex"_qs] = [](BaselineRig &r) {
        const QStringList clusters = DemoSeeder::clusterNames();
        const QString text = u"!property search "_qs + clusters.at(r.counter++ % clusters.size());
        const ParsedCommand parsed = r.commands->dispatcher->parse(text);
        expect(r.commands->dispatcher->execute(parsed, r.commands->context).ok, u"execute-complex"_qs);
    };
    ops[u"single-read"_qs] = [](BaselineRig &r) {
        const auto found = r.commands->store->properties().findByUnit(
            r.properties.at(r.counter++ % r.properties.size()).unit);
        expect(found && found.value().has_value(), u"single-read"_qs, found.error());
    };
    ops[u"single-write"_qs] = [](BaselineRig &r) {
        MessageLogEntry entry;
        entry.messageId = u"single-%1"_qs.arg(r.counter++);
        entry.chat = u"971501234567@c.us"_qs;
        entry.sender = u"+971501234567"_qs;
        entry.type = u"text"_qs;
        entry.receivedAt = QDateTime::currentDateTimeUtc();
        entry.body = u"Is the studio in Palm Vista still free?"_qs;
        const Status written = r.commands->store->logs().appendMessage(entry);
        expect(written.ok(), u"single-write"_qs, written.error());
    };
    ops[u"batch-read"_qs] = [](BaselineRig &r) {
        const auto rows = r.commands->store->properties().list(100, int(r.counter++ % 20));
        expect(rows && rows->size() == 100, u"batch-read"_qs, rows.error());
    };
    ops[u"batch-write"_qs] = [](BaselineRig &r) {
        QList<MessageLogEntry> entries;
        const qint64 round = r.counter++;
        for (int i = 0; i < 100; ++i) {
            MessageLogEntry entry;
            entry.messageId = u"batch-%1-%2"_qs.arg(round).arg(i);
            entry.chat = u"971501234567@c.us"_qs;
            entry.sender = u"+971501234567"_qs;
            entry.type = u"text"_qs;
            entry.receivedAt = QDateTime::currentDateTimeUtc();
            entry.body = u"Viewing request %1"_qs.arg(i);
            entries << entry;
        }
        const Status written = r.commands->store->logs().appendMessages(entries);
        expect(written.ok(), u"batch-write"_qs, written.error());
    };
    for (const int n : {5, 10, 50})
        ops[u"concurrent-%1"_qs.arg(n)] = [&context, n](BaselineRig &r) { concurrentBatch(context, r, n); };
    // A message body of 1 MB or 10 MB through the parser: the allocation and
    // copy of a large payload, as the engine receives one.
    ops[u"allocate-1mb"_qs] = [](BaselineRig &r) {
        expect(r.largeParser->parseMessage(r.oneMB).has_value(), u"allocate-1mb"_qs);
    };
    ops[u"allocate-10mb"_qs] = [](BaselineRig &r) {
        expect(r.largeParser->parseMessage(r.tenMB).has_value(), u"allocate-10mb"_qs);
    };
    // One housekeeping pass over 1000 live sessions.
    ops[u"gc-cycle"_qs] = [](BaselineRig &r) { (void)r.housekeepingEngine->housekeep(); };
    return ops;
}

std::unique_ptr<BaselineRig> makeRig(const CaseContext &context)
{
    auto rig = std::make_unique<BaselineRig>();
    rig->commands = makeCommandStack(context);
    const auto rows = rig->commands->store->properties().list(1000);
    if (!rows || rows->isEmpty())
        failCase(trBaseline("The seeded store holds no properties."));
    rig->properties = rows.value();
    rig->engine = startEngine(context, {}, Clock::steady(), true, u"engine.sqlite"_qs);

    EngineConfig housekeeping;
    housekeeping.housekeepingInterval = 0ms;
    rig->housekeepingEngine = startEngine(context, housekeeping, rig->sessionClock, false, u"engine.sqlite"_qs);
    for (int i = 0; i < 1000; ++i)
        (void)rig->housekeepingEngine->handle(trafficMessage(u"gc-%1"_qs.arg(i), i, i, u"!help"_qs, true));

    for (int i = 0; i < 64; ++i) {
        rig->texts << wwebjsTextMessage(i);
        rig->envelopes << webhookEnvelope(i);
    }
    ParserOptions large;
    large.maxRecordBytes = 16 * 1024 * 1024;
    rig->largeParser = std::make_unique<WwebjsParser>(large);
    rig->oneMB = wwebjsLargeMessage(1024 * 1024);
    rig->tenMB = wwebjsLargeMessage(10 * 1024 * 1024);
    return rig;
}

void baselineReport(CaseContext &context, CaseResult &result)
{
    const std::unique_ptr<BaselineRig> rig = makeRig(context);
    const auto ops = operations(context);

    // Each operation gets an equal share of the profile's sampling time,
    // at least 30 ms.
    SamplingPlan plan = context.settings().latency;
    plan.minTime = std::max<std::chrono::nanoseconds>(30ms, plan.minTime / 6);
    plan.warmup = std::min<std::chrono::nanoseconds>(plan.warmup, 20ms);
    plan.minSamples = 5;

    Series ratios{trBaseline("median / expected by operation"), u"operation"_qs, u"ratio"_qs, {}};
    int outside = 0;
    int index = 0;
    for (const BaselineOperation &operation : context.fixtures().baseline) {
        const auto body = ops.find(operation.id);
        if (body == ops.end()) {
            result.warnings << trBaseline("The baseline operation %1 has no measurement in this build.")
                                   .arg(operation.id);
            continue;
        }
        BaselineRig &r = *rig;
        const auto &run = body->second;
        const LatencySampling sampling = context.sampleLatency(
            [&r, &run](qint64 iterations) {
                for (qint64 i = 0; i < iterations; ++i)
                    run(r);
            },
            plan);
        const double medianMs = nsToMs(percentileOf(sampling.samples, 50));
        const double ratio = operation.expectedMs > 0 ? medianMs / operation.expectedMs : 0;
        const Verdict verdict = judgeBaseline(ratio, operation.tolerancePercent);
        if (verdict != Verdict::Pass)
            ++outside;

        CheckResult check = makeCheck(trBaseline("%1 median / expected").arg(operation.id), u"ratio"_qs, ratio,
                                      1.0 + operation.tolerancePercent / 100.0, false, operation.source.toString());
        check.warnZone = false;
        check.verdict = verdict;
        result.checks << check;
        result.metrics.insert(operation.id + u".medianMs"_qs, medianMs);
        result.metrics.insert(operation.id + u".p95Ms"_qs, nsToMs(percentileOf(sampling.samples, 95)));
        result.metrics.insert(operation.id + u".ratio"_qs, ratio);
        result.metrics.insert(operation.id + u".severity"_qs, double(severityForChange(ratio - 1.0)));
        ratios.points << QPointF(index++, ratio);
        result.samples << ratio;
    }
    result.sampleUnit = u"ratio"_qs;
    result.series << ratios;
    result.measured = outside;
    result.threshold = 0;
    result.metrics.insert(u"operationsMeasured"_qs, index);
}

} // namespace

CaseFunction baselineCaseFunction(const QString &id)
{
    return id == u"bench.baseline-report"_qs ? CaseFunction(baselineReport) : CaseFunction();
}

} // namespace linda::bench
