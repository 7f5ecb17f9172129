#include "caseregistry.h"

#include "fixtures/fixtures.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace linda::bench {

namespace {

QString trCase(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

CaseInfo makeCase(QString id, Suite suite, CaseKind kind, QString unit, QString title,
                  QString thresholdKey = {}, QString baselineKey = {})
{
    CaseInfo info;
    info.id = std::move(id);
    info.suite = suite;
    info.kind = kind;
    info.unit = std::move(unit);
    info.title = std::move(title);
    info.thresholdKey = std::move(thresholdKey);
    info.baselineKey = std::move(baselineKey);
    return info;
}

// Copies a threshold's limit into the parameters as `name`, with its source.
void addThreshold(CaseInfo &info, const Fixtures &fixtures, QStringView key, const QString &name)
{
    if (const Threshold *threshold = fixtures.threshold(key)) {
        info.parameters.insert(name, threshold->limit);
        info.parameters.insert(name + u"Source"_qs, threshold->source.toString());
        if (threshold->itemCount)
            info.parameters.insert(name + u"Items"_qs, *threshold->itemCount);
    }
}

void addBaseline(CaseInfo &info, const Fixtures &fixtures, const QString &operationId,
                 const QString &prefix = u"baseline"_qs)
{
    if (const BaselineOperation *op = fixtures.baselineOperation(operationId)) {
        info.parameters.insert(prefix + u"ExpectedMs"_qs, op->expectedMs);
        info.parameters.insert(prefix + u"TolerancePercent"_qs, op->tolerancePercent);
        info.parameters.insert(prefix + u"Source"_qs, op->source.toString());
    }
}

// Throughput cases pass when the median rate is at least the minimum of the
// lowest ("degraded") band and the expectation at peak load.
void addThroughput(CaseInfo &info, const Fixtures &fixtures, ThroughputKind kind)
{
    double lowestBandMin = 0;
    bool haveBand = false;
    for (const PerformanceBand &band : fixtures.bands) {
        if (!haveBand || band.throughputOpsPerSec.min < lowestBandMin) {
            lowestBandMin = band.throughputOpsPerSec.min;
            haveBand = true;
        }
    }
    if (haveBand)
        info.parameters.insert(u"minOpsPerSecond"_qs, lowestBandMin);
    if (const ThroughputExpectation *expectation = fixtures.throughputFor(kind)) {
        info.parameters.insert(u"expectedOpsPerSecond"_qs, expectation->at(LoadLevel::Peak));
        info.parameters.insert(u"expectedOpsPerSecondSource"_qs, expectation->source.toString());
        info.parameters.insert(u"throughputKind"_qs, throughputKindName(kind));
    }
}

void addBatchScenario(CaseInfo &info, const Fixtures &fixtures, QStringView caseId)
{
    const BatchScenario *scenario = fixtures.batchScenario(caseId);
    if (!scenario)
        return;
    QVariantMap &p = info.parameters;
    p.insert(u"count"_qs, scenario->count);
    if (scenario->concurrency)
        p.insert(u"concurrency"_qs, *scenario->concurrency);
    if (scenario->workers)
        p.insert(u"workers"_qs, *scenario->workers);
    if (scenario->sessionCount)
        p.insert(u"sessionCount"_qs, *scenario->sessionCount);
    if (scenario->expectedDurationMs)
        p.insert(u"expectedDurationMs"_qs, *scenario->expectedDurationMs);
    if (scenario->successThreshold)
        p.insert(u"successThreshold"_qs, *scenario->successThreshold);
    if (scenario->minItemsPerSecond)
        p.insert(u"minItemsPerSecond"_qs, *scenario->minItemsPerSecond);
    if (scenario->expectedHandled)
        p.insert(u"expectedHandled"_qs, *scenario->expectedHandled);
    if (scenario->itemSizeBytes)
        p.insert(u"itemSizeBytes"_qs, *scenario->itemSizeBytes);
    p.insert(u"scenarioSource"_qs, scenario->source.toString());
}

void addArrivalScenario(CaseInfo &info, const Fixtures &fixtures)
{
    const ArrivalRateScenario *scenario = fixtures.arrivalRateScenario(info.id);
    if (!scenario)
        return;
    QVariantMap &p = info.parameters;
    p.insert(u"connections"_qs, scenario->connections);
    p.insert(u"messagesPerSecond"_qs, scenario->messagesPerSecond);
    p.insert(u"durationSeconds"_qs, scenario->durationSeconds);
    p.insert(u"expectedHandled"_qs, scenario->expectedHandled);
    p.insert(u"scenarioSource"_qs, scenario->source.toString());
}

void addLeakScenario(CaseInfo &info, const Fixtures &fixtures)
{
    const LeakScenario *scenario = fixtures.leakScenario(info.id);
    if (!scenario)
        return;
    info.parameters.insert(u"operations"_qs, scenario->operations);
    info.parameters.insert(u"tolerance"_qs, scenario->tolerance);
    info.parameters.insert(u"expectedCount"_qs, scenario->expectedCount);
    info.parameters.insert(u"scenarioSource"_qs, scenario->source.toString());
}

void addMemoryLimit(CaseInfo &info, const MemoryLimit &limit, const QString &name)
{
    info.parameters.insert(name, limit.value);
    info.parameters.insert(name + u"Source"_qs, limit.source.toString());
}

QList<CaseInfo> benchmarkCases(const Fixtures &f)
{
    using namespace thresholdkey;
    const Suite s = Suite::Benchmark;
    const QString ms = u"ms"_qs;
    const QString rate = u"ops/s"_qs;
    QList<CaseInfo> cases;

    CaseInfo c = makeCase(u"bench.parse.simple-text"_qs, s, CaseKind::Latency, ms,
                          trCase("Parse a whatsapp-web.js text message"),
                          MessageParse.toString(), u"parse-simple-text"_qs);
    addThreshold(c, f, MessageParse, u"limitMs"_qs);
    addBaseline(c, f, c.baselineKey);
    cases << c;

    c = makeCase(u"bench.parse.complex-json"_qs, s, CaseKind::Latency, ms,
                 trCase("Parse a Cloud API webhook envelope"), MessageParse.toString(),
                 u"parse-complex-json"_qs);
    addThreshold(c, f, MessageParse, u"limitMs"_qs);
    addBaseline(c, f, c.baselineKey);
    cases << c;

    c = makeCase(u"bench.parse.throughput"_qs, s, CaseKind::Throughput, rate,
                 trCase("Parse a mixed message corpus (messages/s)"));
    addThroughput(c, f, ThroughputKind::Messages);
    cases << c;

    c = makeCase(u"bench.command.simple"_qs, s, CaseKind::Latency, ms,
                 trCase("Route and run help / status / property list"), CommandResponse.toString(),
                 u"execute-simple"_qs);
    addThreshold(c, f, CommandResponse, u"limitMs"_qs);
    addBaseline(c, f, c.baselineKey);
    cases << c;

    c = makeCase(u"bench.command.complex"_qs, s, CaseKind::Latency, ms,
                 trCase("Property search and contact search over a seeded store"),
                 CommandResponse.toString(), u"execute-complex"_qs);
    addThreshold(c, f, CommandResponse, u"limitMs"_qs);
    addBaseline(c, f, c.baselineKey);
    cases << c;

    c = makeCase(u"bench.command.throughput"_qs, s, CaseKind::Throughput, rate,
                 trCase("Mixed commands (commands/s)"));
    addThroughput(c, f, ThroughputKind::Commands);
    cases << c;

    c = makeCase(u"bench.db.query"_qs, s, CaseKind::Latency, ms,
                 trCase("Point read by key and indexed search"), DatabaseQuery.toString(),
                 u"single-read"_qs);
    addThreshold(c, f, DatabaseQuery, u"limitMs"_qs);
    addBaseline(c, f, c.baselineKey);
    cases << c;

    c = makeCase(u"bench.db.batch"_qs, s, CaseKind::Latency, ms,
                 trCase("Read 100 rows; write 100 rows in one transaction"),
                 DatabaseQuery.toString(), u"batch-read"_qs);
    addThreshold(c, f, DatabaseQuery, u"limitMs"_qs);
    addBaseline(c, f, u"batch-read"_qs);
    addBaseline(c, f, u"batch-write"_qs, u"writeBaseline"_qs);
    c.parameters.insert(u"rows"_qs, 100);
    cases << c;

    c = makeCase(u"bench.contacts.sync"_qs, s, CaseKind::Latency, ms,
                 trCase("Sync a 100-contact vCard into the store"), ContactSync.toString());
    addThreshold(c, f, ContactSync, u"limitMs"_qs);
    c.parameters.insert(u"contacts"_qs, 100);
    cases << c;

    c = makeCase(u"bench.contacts.throughput"_qs, s, CaseKind::Throughput, rate,
                 trCase("Sync a 10,000-contact file (contacts/s)"));
    addThroughput(c, f, ThroughputKind::Operations);
    c.parameters.insert(u"contacts"_qs, 10'000);
    cases << c;

    c = makeCase(u"bench.baseline-report"_qs, s, CaseKind::Correctness, u"count"_qs,
                 trCase("Every baseline operation against its expected cost"));
    for (const BaselineOperation &op : f.baseline)
        addBaseline(c, f, op.id, op.id);
    cases << c;

    c = makeCase(u"bench.parse.chat-export"_qs, s, CaseKind::Throughput, rate,
                 trCase("Parse a large generated chat export (lines/s)"));
    addThroughput(c, f, ThroughputKind::Messages);
    c.parameters.insert(u"lines"_qs, 20'000);
    cases << c;

    c = makeCase(u"bench.contacts.phone"_qs, s, CaseKind::Latency, ms,
                 trCase("Normalize a phone number to E.164"));
    c.parameters.insert(u"defaultRegion"_qs, u"AE"_qs);
    cases << c;
    return cases;
}

QList<CaseInfo> loadCases(const Fixtures &f)
{
    using namespace thresholdkey;
    const Suite s = Suite::Load;
    const QString ms = u"ms"_qs;
    QList<CaseInfo> cases;

    CaseInfo c = makeCase(loadcase::ConcurrentMessages.toString(), s, CaseKind::Latency, ms,
                          trCase("100 messages at once: time to the last reply"),
                          ConcurrentMessageLimit.toString());
    addBatchScenario(c, f, loadcase::ConcurrentMessages);
    addThreshold(c, f, ConcurrentMessageLimit, u"minHandled"_qs);
    cases << c;

    c = makeCase(u"load.messages.order"_qs, s, CaseKind::Correctness, u"count"_qs,
                 trCase("Replies of one chat leave in message order"));
    c.parameters.insert(u"chats"_qs, 20);
    c.parameters.insert(u"messagesPerChat"_qs, 50);
    cases << c;

    c = makeCase(loadcase::Commands.toString(), s, CaseKind::Latency, ms,
                 trCase("1000 commands at concurrency 10"), CommandResponse.toString());
    addBatchScenario(c, f, loadcase::Commands);
    addThreshold(c, f, CommandResponse, u"limitMs"_qs);
    cases << c;

    c = makeCase(u"load.commands.backlog"_qs, s, CaseKind::Correctness, u"count"_qs,
                 trCase("Submit faster than a bounded queue drains; nothing lost"));
    c.parameters.insert(u"count"_qs, 5'000);
    c.parameters.insert(u"capacity"_qs, 256);
    cases << c;

    c = makeCase(loadcase::DatabaseWrites.toString(), s, CaseKind::Latency, ms,
                 trCase("500 writes from 50 writers"));
    addBatchScenario(c, f, loadcase::DatabaseWrites);
    cases << c;

    c = makeCase(u"load.db.consistency"_qs, s, CaseKind::Correctness, u"count"_qs,
                 trCase("Rows and checksums match after concurrent writes"));
    c.parameters.insert(u"writers"_qs, 8);
    c.parameters.insert(u"rowsPerWriter"_qs, 100);
    cases << c;

    c = makeCase(loadcase::Sessions.toString(), s, CaseKind::Latency, ms,
                 trCase("50 sessions doing 500 operations"));
    addBatchScenario(c, f, loadcase::Sessions);
    cases << c;

    c = makeCase(u"load.sessions.cleanup"_qs, s, CaseKind::Correctness, u"count"_qs,
                 trCase("Idle sessions expire and the sweep leaves none"));
    if (const SessionPattern *sustained = f.sessionPattern(SessionPatternKind::Sustained)) {
        c.parameters.insert(u"sessionCount"_qs, sustained->sessionCount);
        if (sustained->idleTimeoutMs)
            c.parameters.insert(u"idleTimeoutMs"_qs, *sustained->idleTimeoutMs);
        if (sustained->durationMs)
            c.parameters.insert(u"durationMs"_qs, *sustained->durationMs);
        c.parameters.insert(u"scenarioSource"_qs, sustained->source.toString());
    }
    if (const SessionPattern *rapid = f.sessionPattern(SessionPatternKind::Rapid)) {
        c.parameters.insert(u"rapidCount"_qs, rapid->sessionCount);
        if (rapid->targetDurationMs)
            c.parameters.insert(u"rapidTargetMs"_qs, *rapid->targetDurationMs);
    }
    cases << c;

    c = makeCase(loadcase::Queue.toString(), s, CaseKind::Throughput, u"ops/s"_qs,
                 trCase("100 queued items, 4 workers"), QueueProcessing.toString());
    addBatchScenario(c, f, loadcase::Queue);
    addThreshold(c, f, QueueProcessing, u"limitMs"_qs);
    cases << c;

    c = makeCase(u"load.queue.scaling"_qs, s, CaseKind::Throughput, u"ops/s"_qs,
                 trCase("Queue throughput with 1, 2, 4 and 8 workers"));
    c.parameters.insert(u"workerCounts"_qs, QVariantList{1, 2, 4, 8});
    c.parameters.insert(u"count"_qs, 40'000);
    cases << c;

    const QList<std::pair<QString, const char *>> scenarios = {
        {u"load.scenario.light"_qs, QT_TRANSLATE_NOOP("linda::bench", "Light arrival rate")},
        {u"load.scenario.medium"_qs, QT_TRANSLATE_NOOP("linda::bench", "Medium arrival rate")},
        {u"load.scenario.heavy"_qs, QT_TRANSLATE_NOOP("linda::bench", "Heavy arrival rate")},
        {u"load.scenario.spike"_qs, QT_TRANSLATE_NOOP("linda::bench", "Traffic spike")},
    };
    for (const auto &[id, title] : scenarios) {
        c = makeCase(id, s, CaseKind::Latency, ms, trCase(title));
        addArrivalScenario(c, f);
        cases << c;
    }
    return cases;
}

QList<CaseInfo> memoryCases(const Fixtures &f)
{
    using namespace thresholdkey;
    const Suite s = Suite::Memory;
    const MemoryLimits &limits = f.memoryLimits;
    QList<CaseInfo> cases;

    const QList<std::pair<QString, const char *>> leaks = {
        {u"mem.leak.listeners"_qs, QT_TRANSLATE_NOOP("linda::bench", "Subscribe and drop event listeners")},
        {u"mem.leak.handlers"_qs, QT_TRANSLATE_NOOP("linda::bench", "Register and drop message handlers")},
        {u"mem.leak.sessions"_qs, QT_TRANSLATE_NOOP("linda::bench", "Create and expire sessions")},
        {u"mem.leak.connections"_qs, QT_TRANSLATE_NOOP("linda::bench", "Open and release store connections")},
    };
    for (const auto &[id, title] : leaks) {
        CaseInfo c = makeCase(id, s, CaseKind::Memory, u"count"_qs, trCase(title));
        addLeakScenario(c, f);
        if (id == u"mem.leak.connections"_qs) {
            c.thresholdKey = ConnectionPoolSize.toString();
            addThreshold(c, f, ConnectionPoolSize, u"maxConnections"_qs);
        }
        cases << c;
    }

    CaseInfo c = makeCase(u"mem.baseline"_qs, s, CaseKind::Memory, u"MB"_qs,
                          trCase("Heap and RSS of a freshly started engine"));
    addMemoryLimit(c, limits.baselineMB, u"limitMB"_qs);
    cases << c;

    c = makeCase(u"mem.growth-1000"_qs, s, CaseKind::Memory, u"MB"_qs,
                 trCase("Heap after each of 1000 handled messages"), MemoryPeakIncrease.toString());
    addMemoryLimit(c, limits.growthMBPer1000Ops, u"limitMB"_qs);
    addMemoryLimit(c, limits.peakMB, u"peakMB"_qs);
    addThreshold(c, f, MemoryPeakIncrease, u"maxIncreaseMB"_qs);
    c.parameters.insert(u"operations"_qs, 1000);
    cases << c;

    c = makeCase(u"mem.pause"_qs, s, CaseKind::Memory, u"ms"_qs,
                 trCase("Longest housekeeping stall and its share of run time"), GcTimeRatio.toString());
    addMemoryLimit(c, limits.pauseMs, u"limitMs"_qs);
    addThreshold(c, f, GcTimeRatio, u"maxSharePercent"_qs);
    addBaseline(c, f, u"gc-cycle"_qs);
    cases << c;

    c = makeCase(u"mem.recovery"_qs, s, CaseKind::Memory, u"%"_qs,
                 trCase("Share of the workload's heap growth returned after release"));
    addMemoryLimit(c, limits.recoveryPercent, u"minPercent"_qs);
    cases << c;
    return cases;
}

} // namespace

QList<CaseInfo> registeredCases(const Fixtures &fixtures)
{
    return benchmarkCases(fixtures) + loadCases(fixtures) + memoryCases(fixtures);
}

QList<CaseInfo> registeredCases()
{
    const FixturesLoadResult loaded = fixtures::loadBundled();
    // The bundled copy is checked by its own tests; should it ever fail, the
    // cases are still listed, with empty parameters.
    return registeredCases(loaded.fixtures);
}

QStringList selectCaseIds(const QList<CaseInfo> &cases, const QStringList &patterns,
                          const QList<Suite> &suites)
{
    QList<QRegularExpression> expressions;
    for (const QString &pattern : patterns) {
        // Case ids contain no '/', so the path rules of the conversion never apply.
        expressions << QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
    }
    QStringList ids;
    for (const CaseInfo &info : cases) {
        if (!suites.isEmpty() && !suites.contains(info.suite))
            continue;
        const bool matches = expressions.isEmpty()
                             || std::any_of(expressions.cbegin(), expressions.cend(),
                                            [&info](const QRegularExpression &re) {
                                                return re.match(info.id).hasMatch();
                                            });
        if (matches)
            ids << info.id;
    }
    return ids;
}

QStringList unmatchedPatterns(const QList<CaseInfo> &cases, const QStringList &patterns)
{
    QStringList unmatched;
    for (const QString &pattern : patterns) {
        if (selectCaseIds(cases, {pattern}).isEmpty())
            unmatched << pattern;
    }
    return unmatched;
}

} // namespace linda::bench
