#include "caseimplementations.h"
#include "casehelpers.h"
#include "caseinputs.h"

#include "bot/messages/chatexportparser.h"
#include "bot/messages/webhookparser.h"
#include "bot/messages/wwebjsparser.h"

#include <QCoreApplication>
#include <QHash>

namespace linda::bench {

namespace {

QString trParse(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

// Distinct inputs to cycle through, so that no cache between calls makes a
// repeated input look cheaper than traffic would.
constexpr int kVariants = 64;

void parseSimpleText(CaseContext &context, CaseResult &result)
{
    QList<QByteArray> inputs;
    for (int i = 0; i < kVariants; ++i)
        inputs << wwebjsTextMessage(i);
    WwebjsParser parser;
    qint64 next = 0;
    const LatencySampling sampling = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            ParseError error;
            const std::optional<Message> message = parser.parseMessage(inputs.at(next++ % kVariants), &error);
            if (!message || message->body.isEmpty())
                failCase(trParse("The whatsapp-web.js message did not parse: %1").arg(error.reason));
        }
    });
    recordLatency(context, result, sampling);
    result.metrics.insert(u"inputBytes"_qs, double(inputs.first().size()));
}

void parseComplexJson(CaseContext &context, CaseResult &result)
{
    QList<QByteArray> inputs;
    for (int i = 0; i < kVariants; ++i)
        inputs << webhookEnvelope(i);
    WebhookParser parser;
    ParseResult parsed;
    qint64 next = 0;
    const LatencySampling sampling = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            parsed.records.clear();
            parsed.errors.clear();
            parser.parseEnvelope(inputs.at(next++ % kVariants), parsed);
            if (parsed.hasErrors())
                failCase(trParse("The webhook envelope did not parse: %1").arg(parsed.errors.first().reason));
            if (parsed.records.size() != kWebhookEnvelopeMessages + 1)
                failCase(trParse("The webhook envelope gave %1 records instead of %2.")
                             .arg(parsed.records.size())
                             .arg(kWebhookEnvelopeMessages + 1));
        }
    });
    recordLatency(context, result, sampling);
    result.metrics.insert(u"inputBytes"_qs, double(inputs.first().size()));
    result.metrics.insert(u"recordsPerEnvelope"_qs, double(kWebhookEnvelopeMessages + 1));
}

void parseThroughput(CaseContext &context, CaseResult &result)
{
    // The corpus: three whatsapp-web.js objects for every webhook envelope,
    // which itself carries four messages and a status.
    QList<QByteArray> wwebjs;
    QList<QByteArray> webhooks;
    for (int i = 0; i < kVariants; ++i) {
        wwebjs << wwebjsTextMessage(i);
        webhooks << webhookEnvelope(i);
    }
    WwebjsParser wwebjsParser;
    WebhookParser webhookParser;
    ParseResult parsed;
    qint64 next = 0;
    const QList<double> rates = context.sampleThroughput([&](qint64 iterations) {
        qint64 messages = 0;
        for (qint64 i = 0; i < iterations; ++i, ++next) {
            if (next % 4 == 3) {
                parsed.records.clear();
                webhookParser.parseEnvelope(webhooks.at(next % kVariants), parsed);
                messages += parsed.records.size();
            } else if (wwebjsParser.parseMessage(wwebjs.at(next % kVariants))) {
                ++messages;
            }
        }
        return messages;
    });
    if (rates.isEmpty() || rates.first() <= 0)
        failCase(trParse("No message of the corpus parsed."));
    recordThroughput(context, result, rates);
}

void parseChatExport(CaseContext &context, CaseResult &result)
{
    const int lines = std::max(500, int(context.parameter(u"lines"_qs, 20'000) * context.settings().workScale));
    const QList<QByteArray> files = {chatExport(lines, false), chatExport(lines, true)};
    ChatExportParser parser;
    const QString chatId = u"export:WhatsApp Chat with Layla Haddad"_qs;
    qint64 next = 0;
    qint64 records = 0;
    const QList<double> rates = context.sampleThroughput([&](qint64 iterations) {
        qint64 parsedLines = 0;
        for (qint64 i = 0; i < iterations; ++i) {
            // The streaming form hands each message to the visitor, as a
            // replay does, instead of keeping the whole file in a list.
            qint64 visited = 0;
            const ChatExportResult parsed = parser.parse(files.at(next++ % files.size()), chatId,
                                                         [&visited](const Message &) { ++visited; });
            if (parsed.hasErrors())
                failCase(trParse("The generated chat export did not parse: %1").arg(parsed.errors.first().reason));
            records = visited;
            parsedLines += lines;
        }
        return parsedLines;
    });
    recordThroughput(context, result, rates);
    result.metrics.insert(u"linesPerFile"_qs, lines);
    result.metrics.insert(u"recordsPerFile"_qs, double(records));
    result.metrics.insert(u"bytesPerFile"_qs, double(files.first().size()));
    if (context.settings().workScale < 1.0)
        result.warnings << trParse("This profile parses files of %1 lines instead of %2.")
                               .arg(lines)
                               .arg(context.parameter(u"lines"_qs, 20'000));
}

} // namespace

CaseFunction parseCaseFunction(const QString &id)
{
    static const QHash<QString, CaseFunction> functions = {
        {u"bench.parse.simple-text"_qs, parseSimpleText},
        {u"bench.parse.complex-json"_qs, parseComplexJson},
        {u"bench.parse.throughput"_qs, parseThroughput},
        {u"bench.parse.chat-export"_qs, parseChatExport},
    };
    return functions.value(id);
}

} // namespace linda::bench
