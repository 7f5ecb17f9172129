#include "cli.h"

#include "bot/contacts/contactfile.h"
#include "bot/contacts/contactsync.h"
#include "bot/store/store.h"

#include <phonenumbers/phonenumberutil.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace linda::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::cli", text);
}

// The app's own database; the folder is created on first use.
QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("linda.sqlite"));
}

bool isKnownRegion(const QString &region)
{
    if (region.size() != 2)
        return false;
    const auto &util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    return util.GetCountryCodeForRegion(region.toStdString()) != 0;
}

struct ImportOptions
{
    QString file;
    QString database;
    QString region;
    bool dryRun = false;
    bool json = false;
};

std::optional<int> readOptions(const QStringList &args, ImportOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sync a vCard (2.1, 3.0, 4.0) or Google Contacts CSV file into the store. Every phone "
           "number is normalized to E.164; numbers are unique in the store, so a number that is "
           "already there updates that contact. All rows are written in one transaction: a failed "
           "sync changes nothing, and a file with an error is not imported at all. Problems the "
           "reader can work around, such as a card without END:VCARD, are printed as warnings with "
           "their line, and the file is imported."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The .vcf or .csv file; the format is detected from its content."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("ISO 3166-1 region for numbers written without a country code (default: AE)."),
                                    tr("CODE"), QStringLiteral("AE"));
    const QCommandLineOption database(QStringLiteral("db"),
                                      tr("SQLite database to sync into (default: %1).").arg(defaultDatabasePath()),
                                      tr("PATH"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print what the sync would do without changing the database."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as one JSON document."));
    parser.addOptions({region, database, dryRun, json});
    if (const auto code = parseOrExit(parser, args))
        return code;

    // positionalArguments() starts with the subcommand name.
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        err() << tr("import-contacts: expected one FILE, got %1. Try '%2 import-contacts --help'.")
                     .arg(files.size())
                     .arg(QFileInfo(args.value(0)).fileName())
              << Qt::endl;
        return UsageError;
    }
    options.file = files.front();
    options.region = parser.value(region).toUpper();
    if (!isKnownRegion(options.region)) {
        err() << tr("import-contacts: --region %1 is not a region libphonenumber knows; "
                    "use an ISO 3166-1 code such as AE, SA or GB.")
                     .arg(parser.value(region))
              << Qt::endl;
        return UsageError;
    }
    options.database = parser.isSet(database) ? parser.value(database) : defaultDatabasePath();
    options.dryRun = parser.isSet(dryRun);
    options.json = parser.isSet(json);
    return std::nullopt;
}

// Parses the file; on failure prints every error as FILE:LINE: message.
std::optional<QList<ContactRecord>> readContacts(const ImportOptions &options, ContactFileFormat &format)
{
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("import-contacts: cannot read %1: %2").arg(options.file, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    format = ContactFile::detectFormat(data);
    const ContactParseResult result = ContactFile::parse(data, format);
    const auto location = [&](const ContactParseError &problem) {
        return problem.line > 0 ? options.file + u':' + QString::number(problem.line) : options.file;
    };
    for (const ContactParseError &warning : result.warnings)
        err() << location(warning) << ": " << tr("warning: %1").arg(warning.message) << '\n';
    if (!result.hasErrors())
        return result.records;

    for (const ContactParseError &error : result.errors)
        err() << location(error) << ": " << error.message << '\n';
    err() << QCoreApplication::translate("linda::cli",
                                         "import-contacts: %1 has %n error(s); nothing was imported. Fix "
                                         "the lines above and run the import again.",
                                         nullptr, int(result.errors.size()))
                 .arg(options.file)
          << Qt::endl;
    return std::nullopt;
}

// A dry run against a database that does not exist yet uses an empty
// temporary one, so it creates no file.
std::optional<QString> databaseToOpen(const ImportOptions &options, QTemporaryDir &scratch)
{
    if (options.dryRun && !QFileInfo::exists(options.database)) {
        if (!scratch.isValid()) {
            err() << tr("import-contacts: cannot create a temporary folder: %1").arg(scratch.errorString())
                  << Qt::endl;
            return std::nullopt;
        }
        return scratch.filePath(QStringLiteral("dry-run.sqlite"));
    }
    const QString folder = QFileInfo(options.database).absolutePath();
    if (!QDir().mkpath(folder)) {
        err() << tr("import-contacts: cannot create the folder %1 for the database").arg(folder) << Qt::endl;
        return std::nullopt;
    }
    return options.database;
}

QString describeNumber(const SyncNumber &number)
{
    QString text = number.e164;
    if (!number.extension.isEmpty())
        text += QStringLiteral(" ext. ") + number.extension;
    if (!number.label.isEmpty())
        text += QStringLiteral(" (") + number.label + u')';
    return text;
}

void printRow(const SyncRow &row)
{
    QStringList imported;
    QStringList problems;
    for (const SyncNumber &number : row.numbers) {
        if (number.imported())
            imported.append(describeNumber(number));
        else
            problems.append(QStringLiteral("\"%1\": %2").arg(number.input, number.problem));
    }
    const QString indent(6 + 2 + 10 + 2 + 28 + 2, u' ');
    out() << QString::number(row.line).rightJustified(6) << "  " << syncActionName(row.action).leftJustified(10)
          << "  " << row.name.leftJustified(28) << "  " << imported.join(QStringLiteral(", ")) << '\n';
    // Invalid and duplicate numbers get a line each, so none is silently dropped.
    for (const QString &problem : std::as_const(problems))
        out() << indent << problem << '\n';
    // A row with no number at all has only its reason, e.g. "no phone number".
    if (problems.isEmpty() && !row.reason.isEmpty())
        out() << indent << row.reason << '\n';
}

void printTextReport(const ImportOptions &options, ContactFileFormat format, const SyncReport &report)
{
    out() << tr("%1 (%2) into %3, default region %4")
                 .arg(options.file, ContactFile::formatName(format), options.database, options.region)
          << '\n'
          << QStringLiteral("%1  %2  %3  %4")
                 .arg(tr("line").rightJustified(6), tr("action").leftJustified(10), tr("name").leftJustified(28),
                      tr("numbers (E.164)"))
          << '\n';
    for (const SyncRow &row : report.rows)
        printRow(row);

    const SyncTotals totals = report.totals();
    out() << tr("%1 contacts: %2 added, %3 updated, %4 unchanged, %5 duplicate, %6 invalid; "
                "%7 numbers imported, %8 rejected.")
                 .arg(totals.rows)
                 .arg(totals.added)
                 .arg(totals.updated)
                 .arg(totals.unchanged)
                 .arg(totals.duplicate)
                 .arg(totals.invalid)
                 .arg(totals.numbersImported)
                 .arg(totals.numbersRejected)
          << '\n';
    if (report.dryRun)
        out() << tr("Dry run: the database was not changed.") << '\n';
    out() << Qt::flush;
}

void printJsonReport(const ImportOptions &options, ContactFileFormat format, const SyncReport &report)
{
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("file"), options.file);
    json.insert(QStringLiteral("format"), ContactFile::formatName(format));
    json.insert(QStringLiteral("database"), options.database);
    json.insert(QStringLiteral("region"), options.region);
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace

int importContacts(const QStringList &args)
{
    ImportOptions options;
    if (const auto code = readOptions(args, options))
        return *code;

    ContactFileFormat format = ContactFileFormat::Unknown;
    const std::optional<QList<ContactRecord>> records = readContacts(options, format);
    if (!records)
        return UsageError;

    QTemporaryDir scratch;
    const std::optional<QString> databasePath = databaseToOpen(options, scratch);
    if (!databasePath)
        return UsageError;
    auto store = Store::open(*databasePath);
    if (!store) {
        err() << tr("import-contacts: cannot open the database: %1").arg(store.error()) << Qt::endl;
        return UsageError;
    }

    const Result<SyncReport> report = ContactSync(options.region).sync(*store.value(), *records, options.dryRun);
    if (!report) {
        err() << tr("import-contacts: the sync failed and no contact was changed: %1").arg(report.error())
              << Qt::endl;
        return InternalError;
    }
    if (options.json)
        printJsonReport(options, format, report.value());
    else
        printTextReport(options, format, report.value());
    return Success;
}

} // namespace linda::cli
