#include "cli.h"

#include <bot/messages/chatexportparser.h>
#include <bot/messages/recordjson.h>
#include <bot/messages/webhookparser.h>
#include <bot/messages/wwebjsparser.h>
#include <bot/runtime/engine.h>
#include <bot/store/demoseeder.h>
#include <health/exportidentity.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

namespace linda::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::cli", text);
}

struct ReplayOptions
{
    QStringList files;
    InputFormat forcedFormat = InputFormat::Unknown;
    bool json = false;
    ParserOptions parser;
};

std::optional<int> readOptions(const QStringList &args, ReplayOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Parse whatsapp-web.js message objects, Cloud API webhook envelopes (one, an array, or "
           "NDJSON) or \"Export chat\" text files, print a summary and, with --json, one JSON "
           "object per parsed record in input order."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Input files; the format is detected "
                                                            "from each file's content."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Read every file as FORMAT: wwebjs, webhook or chat."),
                                    tr("FORMAT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object per record on standard output; the "
                                     "summary then goes to standard error."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("ISO 3166-1 region for numbers written without a country "
                                       "code (default: AE)."),
                                    tr("CODE"), QStringLiteral("AE"));
    parser.addOptions({format, json, region});
    if (const auto code = parseOrExit(parser, args))
        return code;

    options.files = parser.positionalArguments();
    if (!options.files.isEmpty())
        options.files.removeFirst(); // the subcommand name itself
    if (options.files.isEmpty()) {
        err() << tr("replay: no FILE given. Try '%1 replay --help'.")
                     .arg(QFileInfo(args.value(0)).fileName())
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(format)) {
        const QString name = parser.value(format);
        for (const InputFormat candidate :
             {InputFormat::WhatsAppWebJs, InputFormat::Webhook, InputFormat::ChatExport}) {
            if (inputFormatName(candidate) == name)
                options.forcedFormat = candidate;
        }
        if (options.forcedFormat == InputFormat::Unknown) {
            err() << tr("replay: --format %1 is not a known format; use wwebjs, webhook or chat.")
                         .arg(name)
                  << Qt::endl;
            return UsageError;
        }
    }
    options.json = parser.isSet(json);
    options.parser.region = parser.value(region).toUpper();
    const auto &util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    if (options.parser.region.size() != 2
        || util.GetCountryCodeForRegion(options.parser.region.toStdString()) == 0) {
        err() << tr("replay: --region %1 is not a region libphonenumber knows; use an ISO 3166-1 "
                    "code such as AE, SA or GB.")
                     .arg(parser.value(region))
              << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

struct FileReport
{
    InputFormat format = InputFormat::Unknown;
    ParseResult result;
    QString dateOrder; // chat exports only
};

FileReport parseFile(const QString &path, const QByteArray &data, const ReplayOptions &options)
{
    FileReport report;
    report.format = options.forcedFormat != InputFormat::Unknown ? options.forcedFormat
                                                                 : detectInputFormat(data);
    switch (report.format) {
    case InputFormat::WhatsAppWebJs:
        report.result = WwebjsParser(options.parser).parse(data);
        break;
    case InputFormat::Webhook:
        report.result = WebhookParser(options.parser).parse(data);
        break;
    case InputFormat::ChatExport: {
        ChatExportResult chat = ChatExportParser(options.parser)
                                    .parse(data, ChatExportParser::chatIdForFile(path));
        report.dateOrder = chat.dateOrder.toString();
        report.result = std::move(chat);
        break;
    }
    case InputFormat::Unknown:
        report.result.errors.append({{0, 1}, tr("the file is empty")});
        break;
    }
    return report;
}

QString summaryLine(const QString &path, const FileReport &report,
                    const QList<std::optional<QString>> &replies)
{
    const auto replied = std::count_if(replies.cbegin(), replies.cend(),
                                       [](const std::optional<QString> &reply) { return reply.has_value(); });
    qsizetype messages = 0;
    qsizetype systemLines = 0;
    qsizetype statuses = 0;
    qsizetype needingReply = 0;
    for (const InboundRecord &record : report.result.records) {
        if (const auto *message = std::get_if<Message>(&record)) {
            if (message->type == MessageType::System) {
                ++systemLines;
                continue;
            }
            ++messages;
            needingReply += message->shouldReply() ? 1 : 0;
        } else {
            ++statuses;
        }
    }
    const auto counted = [](const char *text, qsizetype count) {
        return QCoreApplication::translate("linda::cli", text, nullptr, int(count));
    };
    // "Could get a reply" counts messages the bot may reply to, so not its own
    // messages or reactions. Plain chat gets only the first hint as a reply.
    QString line = u"%1: %2, "_qs.arg(path, inputFormatName(report.format))
        + counted(QT_TRANSLATE_N_NOOP("linda::cli", "%n message(s)"), messages) + u" ("_qs
        + counted(QT_TRANSLATE_N_NOOP("linda::cli", "%n could get a reply"), needingReply) + u", "_qs
        + counted(QT_TRANSLATE_N_NOOP("linda::cli", "%n replied"), replied) + u"), "_qs;
    if (systemLines > 0)
        line += counted(QT_TRANSLATE_N_NOOP("linda::cli", "%n system line(s)"), systemLines) + u", "_qs;
    line += counted(QT_TRANSLATE_N_NOOP("linda::cli", "%n delivery status(es)"), statuses) + u", "_qs
        + counted(QT_TRANSLATE_N_NOOP("linda::cli", "%n error(s)"), report.result.errors.size());
    if (!report.dateOrder.isEmpty())
        line += u"; "_qs + report.dateOrder;
    if (!report.result.platformErrors.isEmpty())
        line += tr("; %1 platform errors in the input").arg(report.result.platformErrors.size());
    return line;
}

// An engine on a temporary database seeded with the demo data, so that
// commands in the replayed messages get the replies a deployment would give.
// Its clock follows the messages' own timestamps, so the rate limiter and
// session expiry see the pace the messages were sent at, not how fast the
// file is read.
struct ReplayEngine
{
    QTemporaryDir folder;
    ManualClock clock;
    std::unique_ptr<Engine> engine;
};

std::optional<int> startEngine(const ReplayOptions &options, ReplayEngine &replay)
{
    if (!replay.folder.isValid()) {
        err() << tr("replay: cannot create a temporary folder for the engine's database: %1")
                     .arg(replay.folder.errorString())
              << Qt::endl;
        return InternalError;
    }
    EngineConfig config;
    config.databasePath = replay.folder.filePath(QStringLiteral("replay.sqlite"));
    config.defaultRegion = options.parser.region;
    auto created = Engine::create(config, replay.clock);
    if (!created) {
        err() << tr("replay: cannot start the engine: %1").arg(created.error()) << Qt::endl;
        return InternalError;
    }
    replay.engine = std::move(created).value();
    if (const auto seeded = DemoSeeder().seed(replay.engine->store()); !seeded) {
        err() << tr("replay: cannot seed the demo data: %1").arg(seeded.error()) << Qt::endl;
        return InternalError;
    }
    return std::nullopt;
}

// Pushes each message through the engine, in input order, and returns the
// reply for every record (null for statuses and messages that get none).
// Chat export messages go in with the sender ids of
// assignChatExportIdentities(); the printed records keep what the parser read.
QList<std::optional<QString>> replyTo(const FileReport &report, qsizetype limit, ReplayEngine &replay,
                                      const ReplayOptions &options)
{
    QList<Message> messages;
    QList<qsizetype> recordIndexes; // of each entry in messages
    for (qsizetype i = 0; i < limit; ++i) {
        if (const auto *message = std::get_if<Message>(&report.result.records.at(i))) {
            messages.append(*message);
            recordIndexes.append(i);
        }
    }
    if (report.format == InputFormat::ChatExport)
        assignChatExportIdentities(messages, PhoneNumberNormalizer(options.parser.region));

    // The clock moves forward to each message's time after the first, never
    // back: a message without a time, or earlier than the one before, is
    // taken as sent right after it.
    const ManualClock::TimePoint start = replay.clock.now();
    QDateTime first;
    QList<std::optional<QString>> replies(limit);
    for (qsizetype m = 0; m < messages.size(); ++m) {
        const QDateTime &sent = messages.at(m).timestamp;
        if (sent.isValid()) {
            if (!first.isValid())
                first = sent;
            const auto at = start + std::chrono::milliseconds(first.msecsTo(sent));
            if (at > replay.clock.now())
                replay.clock.setNow(at);
        }
        replies[recordIndexes.at(m)] = replay.engine->handle(messages.at(m)).reply;
    }
    return replies;
}

// Prints one JSON object per record with the engine's reply.
void printRecords(const FileReport &report, const QList<std::optional<QString>> &replies)
{
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QJsonObject object = recordToJson(report.result.records.at(i));
        object.insert(QStringLiteral("reply"),
                      replies.at(i) ? QJsonValue(*replies.at(i)) : QJsonValue(QJsonValue::Null));
        out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    }
    out().flush();
}

} // namespace

int replay(const QStringList &args)
{
    ReplayOptions options;
    if (const auto code = readOptions(args, options))
        return *code;
    ReplayEngine replayEngine;
    if (const auto code = startEngine(options, replayEngine))
        return *code;

    // A file that cannot be read or parsed in full makes the exit code 2;
    // the other files are still replayed.
    int exitCode = Success;
    for (const QString &path : std::as_const(options.files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("replay: cannot open %1: %2").arg(path, file.errorString()) << Qt::endl;
            exitCode = UsageError;
            continue;
        }
        const QByteArray data = file.readAll();
        const FileReport report = parseFile(path, data, options);

        // Every parsed record, also those after an unreadable part: a file
        // with one bad line still shows, and replays, the rest.
        const QList<std::optional<QString>> replies
            = replyTo(report, report.result.records.size(), replayEngine, options);
        if (options.json)
            printRecords(report, replies);
        QTextStream &summary = options.json ? err() : out();
        summary << summaryLine(path, report, replies) << Qt::endl;
        for (const PlatformError &error : report.result.platformErrors) {
            err() << tr("%1: platform error %2: %3 (%4)")
                         .arg(path)
                         .arg(error.code)
                         .arg(error.title, error.details)
                  << Qt::endl;
        }
        for (const ParseError &error : report.result.errors)
            err() << error.toString(path) << Qt::endl;
        if (report.result.hasErrors())
            exitCode = UsageError;
    }
    return exitCode;
}

} // namespace linda::cli
