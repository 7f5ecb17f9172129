#include "caseimplementations.h"
#include "casehelpers.h"
#include "casesetup.h"
#include "statistics.h"
#include "verdicts.h"

#include "bot/contacts/contactfile.h"
#include "bot/contacts/contactsync.h"
#include "bot/contacts/vcardparser.h"
#include "common/phonenumber.h"

#include <QCoreApplication>
#include <QHash>

namespace linda::bench {

namespace {

QString trBench(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

// Runs one command and fails the case when the command does not run: a
// timing of an error reply would measure the wrong path.
void runCommand(const CommandStack &stack, const QString &text)
{
    const std::optional<CommandOutcome> outcome = stack.dispatcher->dispatch(text, stack.context);
    if (!outcome)
        failCase(trBench("'%1' was not read as a command.").arg(text));
    if (!outcome->ok)
        failCase(trBench("The command '%1' failed: %2").arg(text, outcome->error));
}

BatchFunction cyclingCommands(const CommandStack &stack, const QStringList &commands)
{
    auto next = std::make_shared<qsizetype>(0);
    return [&stack, commands, next](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            runCommand(stack, commands.at(*next));
            *next = (*next + 1) % commands.size();
        }
    };
}

void commandLatency(CaseContext &context, CaseResult &result, const QStringList &commands)
{
    const std::unique_ptr<CommandStack> stack = makeCommandStack(context);
    const LatencySampling sampling = context.sampleLatency(cyclingCommands(*stack, commands));
    recordLatency(context, result, sampling);
    result.metrics.insert(u"commands"_qs, double(commands.size()));
}

void commandSimple(CaseContext &context, CaseResult &result)
{
    commandLatency(context, result, simpleCommands());
}

void commandComplex(CaseContext &context, CaseResult &result)
{
    commandLatency(context, result, complexCommands());
}

void commandThroughput(CaseContext &context, CaseResult &result)
{
    const std::unique_ptr<CommandStack> stack = makeCommandStack(context);
    const BatchFunction run = cyclingCommands(*stack, simpleCommands() + complexCommands());
    const QList<double> rates = context.sampleThroughput([&run](qint64 iterations) {
        run(iterations);
        return iterations;
    });
    recordThroughput(context, result, rates);
}

void databaseQuery(CaseContext &context, CaseResult &result)
{
    const std::unique_ptr<Store> store = openSeededStore(context);
    PropertyRepository properties = store->properties();
    const Result<QList<Property>> all = properties.list(1000);
    if (!all || all->isEmpty())
        failCase(trBench("The seeded store holds no properties to read."));
    const QList<Property> &rows = all.value();
    const QStringList clusters = DemoSeeder::clusterNames();

    // Alternates a point read by the unique unit code with an indexed
    // cluster lookup, as the property get and property search commands do.
    qint64 next = 0;
    const LatencySampling sampling = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i, ++next) {
            if (next % 2 == 0) {
                const auto found = properties.findByUnit(rows.at(next / 2 % rows.size()).unit);
                if (!found || !found.value())
                    failCase(trBench("A point read found no row: %1").arg(found.error()));
            } else {
                const auto found = properties.searchCluster(clusters.at(next / 2 % clusters.size()), 50);
                if (!found)
                    failCase(trBench("An indexed search failed: %1").arg(found.error()));
            }
        }
    });
    recordLatency(context, result, sampling);
    result.metrics.insert(u"rows"_qs, double(rows.size()));
}

QList<MessageLogEntry> logEntries(int count, qint64 round)
{
    QList<MessageLogEntry> entries;
    entries.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        MessageLogEntry entry;
        entry.messageId = u"bench-%1-%2"_qs.arg(round).arg(i);
        entry.chat = u"971501234567@c.us"_qs;
        entry.sender = u"+971501234567"_qs;
        entry.type = u"text"_qs;
        entry.receivedAt = now;
        entry.body = u"Is unit MH-12%1 still available for viewing this week?"_qs.arg(i % 100);
        entries << entry;
    }
    return entries;
}

void databaseBatch(CaseContext &context, CaseResult &result)
{
    const std::unique_ptr<Store> store = openSeededStore(context);
    const int rows = int(context.parameter(u"rows"_qs, 100));
    PropertyRepository properties = store->properties();
    LogRepository logs = store->logs();

    qint64 offset = 0;
    const LatencySampling reads = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            const auto page = properties.list(rows, int(offset++ % 20));
            if (!page || page->size() < rows)
                failCase(trBench("Reading %1 rows returned fewer: %2").arg(rows).arg(page.error()));
        }
    });
    recordLatency(context, result, reads);

    qint64 round = 0;
    const LatencySampling writes = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            const Status written = logs.appendMessages(logEntries(rows, round++));
            if (!written)
                failCase(trBench("Writing %1 rows in one transaction failed: %2").arg(rows).arg(written.error()));
        }
    });
    QList<double> sorted = writes.samples;
    std::sort(sorted.begin(), sorted.end());
    const double writeP50 = nsToMs(percentileSorted(sorted, 50));
    const double writeP95 = nsToMs(percentileSorted(sorted, 95));
    result.metrics.insert(u"readP50Ms"_qs, nsToMs(result.stats.p50));
    result.metrics.insert(u"writeP50Ms"_qs, writeP50);
    result.metrics.insert(u"writeP95Ms"_qs, writeP95);
    result.metrics.insert(u"writeSamples"_qs, double(writes.samples.size()));
    addParameterCheck(context, result, u"limitMs"_qs, trBench("p95 latency of a 100-row write"), u"ms"_qs,
                      writeP95, false);
    const double writeExpected = context.parameter(u"writeBaselineExpectedMs"_qs, 0);
    if (writeExpected > 0) {
        const double ratio = writeP50 / writeExpected;
        result.metrics.insert(u"writeBaselineRatio"_qs, ratio);
        result.checks << makeCheck(trBench("batch-write median / expected"), u"ratio"_qs, ratio,
                                   1.0 + context.parameter(u"writeBaselineTolerancePercent"_qs, 0) / 100.0,
                                   false, context.info().parameters.value(u"writeBaselineSource"_qs).toString());
    }
}

// Parses one generated vCard and syncs it into store; returns the contacts synced.
qint64 syncVCard(const QByteArray &file, Store &store, const ContactSync &sync)
{
    const ContactParseResult parsed = VCardParser::parse(file);
    if (parsed.hasErrors())
        failCase(trBench("The generated vCard did not parse: line %1: %2")
                     .arg(parsed.errors.first().line)
                     .arg(parsed.errors.first().message));
    const Result<SyncReport> report = sync.sync(store, parsed.records);
    if (!report)
        failCase(trBench("The contact sync failed: %1").arg(report.error()));
    return parsed.records.size();
}

// Pre-generated variants of one file: syncing them in turn updates every
// contact each time, so every sample writes all its rows.
QList<QByteArray> vcardVariants(int contacts)
{
    QList<QByteArray> variants;
    for (int variant = 0; variant < 4; ++variant)
        variants << generateVCard(contacts, 0, variant);
    return variants;
}

void contactsSync(CaseContext &context, CaseResult &result)
{
    const std::unique_ptr<Store> store = openSeededStore(context);
    const int contacts = int(context.parameter(u"contacts"_qs, 100));
    const QList<QByteArray> variants = vcardVariants(contacts);
    const ContactSync sync;
    qint64 next = 0;
    const LatencySampling sampling = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i)
            syncVCard(variants.at(next++ % variants.size()), *store, sync);
    });
    recordLatency(context, result, sampling);
    result.metrics.insert(u"contactsPerSync"_qs, contacts);
}

void contactsThroughput(CaseContext &context, CaseResult &result)
{
    const std::unique_ptr<Store> store = openEmptyStore(context);
    const int contacts = std::max(100, int(context.parameter(u"contacts"_qs, 10'000) * context.settings().workScale));
    const QList<QByteArray> variants = vcardVariants(contacts);
    const ContactSync sync;
    qint64 next = 0;
    // One sync of the whole file takes about a second, so three repetitions
    // keep the case within its share of the default profile's 90 s.
    const QList<double> rates = context.sampleThroughput(std::min(3, context.settings().throughputRepetitions),
                                                         [&](qint64 iterations) {
        qint64 synced = 0;
        for (qint64 i = 0; i < iterations; ++i)
            synced += syncVCard(variants.at(next++ % variants.size()), *store, sync);
        return synced;
    });
    recordThroughput(context, result, rates);
    result.metrics.insert(u"contactsPerFile"_qs, contacts);
    if (context.settings().workScale < 1.0) {
        result.warnings << trBench("This profile syncs files of %1 contacts instead of %2.")
                               .arg(contacts)
                               .arg(context.parameter(u"contacts"_qs, 10'000));
    }
}

// Numbers as operators type them: local and international forms, spaces,
// dashes, brackets and a bidi mark from a right-to-left chat export.
const QStringList &phoneInputs()
{
    static const QStringList inputs = {
        u"050 123 4567"_qs,       u"+971 50 123 4567"_qs, u"00971501234567"_qs,
        u"(04) 345-6789"_qs,      u"\u200e+971 55 765 4321"_qs, u"+44 20 7946 0958"_qs,
        u"0561234567"_qs,         u"+1 (415) 555-2671"_qs,
    };
    return inputs;
}

void phoneNormalization(CaseContext &context, CaseResult &result)
{
    const PhoneNumberNormalizer normalizer(context.info().parameters.value(u"defaultRegion"_qs).toString());
    const QStringList &inputs = phoneInputs();
    qint64 valid = 0;
    qsizetype next = 0;
    const LatencySampling sampling = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            if (normalizer.normalize(inputs.at(next)).isValid())
                ++valid;
            next = (next + 1) % inputs.size();
        }
    });
    if (valid == 0)
        failCase(trBench("libphonenumber accepted none of the sample numbers."));
    recordLatency(context, result, sampling);
    result.metrics.insert(u"inputs"_qs, double(inputs.size()));
}

} // namespace

CaseFunction benchmarkCaseFunction(const QString &id)
{
    static const QHash<QString, CaseFunction> functions = {
        {u"bench.command.simple"_qs, commandSimple},
        {u"bench.command.complex"_qs, commandComplex},
        {u"bench.command.throughput"_qs, commandThroughput},
        {u"bench.db.query"_qs, databaseQuery},
        {u"bench.db.batch"_qs, databaseBatch},
        {u"bench.contacts.sync"_qs, contactsSync},
        {u"bench.contacts.throughput"_qs, contactsThroughput},
        {u"bench.contacts.phone"_qs, phoneNormalization},
    };
    return functions.value(id);
}

} // namespace linda::bench
