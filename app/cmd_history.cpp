#include "cli.h"

#include "bench/history/comparison.h"
#include "bench/history/historydatabase.h"
#include "bench/history/runjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace linda::cli {

namespace {

using bench::HistoryDatabase;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("linda::cli", text, nullptr, n);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs) : u"-"_qs;
}

QString statusText(const bench::RunSummary &run)
{
    QString text = run.cancelled ? tr("cancelled") : tr("completed");
    if (run.origin == bench::RunOrigin::Import)
        text += tr(", imported");
    return text;
}

// Left-aligned columns separated by two spaces.
void printColumns(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out() << line << '\n';
    }
    out() << Qt::flush;
}

// Parses a run id and checks that the run exists; prints why not otherwise.
std::optional<qint64> existingRunId(HistoryDatabase &db, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << tr("history: '%1' is not a run id; 'linda-dashboard history list' shows the ids.").arg(text)
              << Qt::endl;
        return std::nullopt;
    }
    if (!db.contains(id)) {
        err() << tr("history: there is no run %1 in %2; 'linda-dashboard history list' shows the saved runs.")
                     .arg(id)
                     .arg(db.path())
              << Qt::endl;
        return std::nullopt;
    }
    return id;
}

int listRuns(HistoryDatabase &db, bool json)
{
    const QList<bench::RunSummary> runs = db.listRuns();
    if (!db.errorString().isEmpty()) {
        err() << db.errorString() << Qt::endl;
        return InternalError;
    }
    if (json) {
        QJsonArray array;
        for (const bench::RunSummary &run : runs) {
            array.append(QJsonObject{
                {u"id"_qs, double(run.id)},
                {u"startedAt"_qs, run.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                {u"profile"_qs, bench::profileName(run.profile)},
                {u"status"_qs, run.cancelled ? u"cancelled"_qs : u"completed"_qs},
                {u"imported"_qs, run.origin == bench::RunOrigin::Import},
                {u"baseline"_qs, run.baseline},
                {u"gitCommit"_qs, run.gitCommit},
                {u"cases"_qs, run.caseCount},
                {u"passed"_qs, run.passed},
                {u"warned"_qs, run.warned},
                {u"failed"_qs, run.failed},
                {u"errors"_qs, run.errors},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    if (runs.isEmpty()) {
        out() << tr("The history %1 has no runs yet. 'linda-dashboard run' saves one.").arg(db.path()) << Qt::endl;
        return Success;
    }
    QList<QStringList> rows{{tr("id"), tr("started"), tr("profile"), tr("status"), tr("cases"),
                             tr("pass/warn/fail/error"), tr("baseline"), tr("commit")}};
    for (const bench::RunSummary &run : runs) {
        rows << QStringList{QString::number(run.id), timeText(run.startedAt), bench::profileName(run.profile),
                            statusText(run), QString::number(run.caseCount),
                            u"%1/%2/%3/%4"_qs.arg(run.passed).arg(run.warned).arg(run.failed).arg(run.errors),
                            run.baseline ? tr("yes") : QString(), run.gitCommit};
    }
    printColumns(rows);
    return Success;
}

void printEnvironment(const bench::RunResult &run, const bench::RunSummary &summary)
{
    const bench::Environment &e = run.environment;
    out() << tr("Run %1: %2 profile, %3%4").arg(summary.id).arg(bench::profileName(summary.profile), statusText(summary),
                                                  summary.baseline ? tr(", baseline of its profile") : QString())
          << '\n'
          << tr("Started %1, finished %2").arg(timeText(run.startedAt), timeText(run.finishedAt)) << '\n';
    // An imported run may lack any of these; print only what is known.
    const QList<std::pair<QString, QString>> facts{
        {tr("Commit"), e.gitCommit},       {tr("Build"), e.buildType}, {tr("Compiler"), e.compiler},
        {tr("Qt"), e.qtVersion},           {tr("SQLite"), e.sqliteVersion}, {tr("CPU"), e.cpuModel},
        {tr("Cores"), e.cores > 0 ? QString::number(e.cores) : QString()}, {tr("OS"), e.os},
        {tr("Fixtures"), e.fixturesSource},
    };
    for (const auto &[name, value] : facts) {
        if (!value.isEmpty())
            out() << name << ": " << value << '\n';
    }
    for (const QString &warning : e.noiseWarnings)
        out() << tr("Warning: %1").arg(warning) << '\n';
    out() << '\n';
}

int showRun(HistoryDatabase &db, const QString &idText, bool json)
{
    const std::optional<qint64> id = existingRunId(db, idText);
    if (!id)
        return UsageError;
    const std::optional<bench::RunResult> run = db.loadRun(*id);
    const std::optional<bench::RunSummary> summary = db.summary(*id);
    if (!run || !summary) {
        err() << db.errorString() << Qt::endl;
        return InternalError;
    }
    const bench::ComparisonReport comparison = bench::compareRun(db, *run, bench::CompareRequest{}, *id);
    if (json) {
        QJsonObject object = bench::runFileToJson(*run);
        object.insert(u"id"_qs, double(*id));
        object.insert(u"baseline"_qs, summary->baseline);
        object.insert(u"comparison"_qs, bench::comparisonToJson(comparison));
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }

    printEnvironment(*run, *summary);
    QList<QStringList> rows{{tr("case"), tr("verdict"), tr("samples"), tr("median"), tr("p95"), tr("measured"),
                             tr("threshold")}};
    for (const bench::CaseResult &c : run->cases) {
        rows << QStringList{c.info.id, bench::verdictLabel(c.verdict), QString::number(c.samples.size()),
                            bench::formatSampleValue(c.stats.median, c.sampleUnit),
                            bench::formatSampleValue(c.stats.p95, c.sampleUnit),
                            bench::formatSampleValue(c.measured, c.info.unit),
                            c.threshold != 0 ? bench::formatSampleValue(c.threshold, c.info.unit) : u"-"_qs};
    }
    printColumns(rows);
    out() << '\n' << tr("Compared with the previous run of each case:") << '\n'
          << bench::formatComparisonTable(comparison) << Qt::flush;
    return Success;
}

int exportRun(HistoryDatabase &db, const QString &idText, const QString &fileName)
{
    const std::optional<qint64> id = existingRunId(db, idText);
    if (!id)
        return UsageError;
    const std::optional<bench::RunResult> run = db.loadRun(*id);
    if (!run) {
        err() << db.errorString() << Qt::endl;
        return InternalError;
    }
    // QSaveFile writes to a temporary file and renames it on commit, so a
    // failed export never leaves a half-written file under the target name.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        err() << tr("history export: cannot write %1: %2").arg(fileName, file.errorString()) << Qt::endl;
        return UsageError;
    }
    file.write(QJsonDocument(bench::runFileToJson(*run)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        err() << tr("history export: writing %1 failed: %2").arg(fileName, file.errorString()) << Qt::endl;
        return UsageError;
    }
    out() << tr("Exported run %1 (%n case(s)) to %2.", int(run->cases.size())).arg(*id).arg(fileName)
          << Qt::endl;
    return Success;
}

int importRun(HistoryDatabase &db, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("history import: cannot read %1: %2").arg(fileName, file.errorString()) << Qt::endl;
        return UsageError;
    }
    QString error;
    const std::optional<bench::RunResult> run = bench::runFileFromBytes(file.readAll(), &error);
    if (!run) {
        err() << tr("history import: %1: %2 Nothing was imported.").arg(fileName, error) << Qt::endl;
        return UsageError;
    }
    // The same file imported twice would count one measurement twice in
    // every trend and "previous" comparison.
    if (const std::optional<qint64> same = db.findSameRun(*run)) {
        err() << tr("history import: %1 is already in the history as run %2 (same start time, profile, "
                    "commit and cases). Nothing was imported.")
                     .arg(fileName)
                     .arg(*same)
              << Qt::endl;
        return UsageError;
    }
    const std::optional<qint64> id = db.saveRun(*run, bench::RunOrigin::Import);
    if (!id) {
        err() << db.errorString() << Qt::endl;
        return InternalError;
    }
    out() << tr("Imported %1 as run %2 (%n case(s)).", int(run->cases.size())).arg(fileName).arg(*id)
          << Qt::endl;
    return Success;
}

int markBaseline(HistoryDatabase &db, const QString &idText)
{
    const std::optional<qint64> id = existingRunId(db, idText);
    if (!id)
        return UsageError;
    const std::optional<bench::RunSummary> run = db.summary(*id);
    if (run && run->cancelled) {
        err() << tr("history baseline: run %1 was cancelled, so some cases have no results; choose a completed "
                    "run.")
                     .arg(*id)
              << Qt::endl;
        return UsageError;
    }
    if (!run || !db.setBaseline(*id)) {
        err() << db.errorString() << Qt::endl;
        return InternalError;
    }
    out() << tr("Run %1 is now the baseline of the %2 profile.").arg(*id).arg(bench::profileName(run->profile))
          << Qt::endl;
    return Success;
}

int deleteRun(HistoryDatabase &db, const QString &idText)
{
    const std::optional<qint64> id = existingRunId(db, idText);
    if (!id)
        return UsageError;
    if (!db.deleteRun(*id)) {
        err() << db.errorString() << Qt::endl;
        return InternalError;
    }
    out() << tr("Deleted run %1 with its case results and samples.").arg(*id) << Qt::endl;
    return Success;
}

// Number of arguments each action takes after its name.
int argumentCount(const QString &action)
{
    if (action == u"list"_qs)
        return 0;
    if (action == u"export"_qs)
        return 2;
    if (action == u"show"_qs || action == u"import"_qs || action == u"baseline"_qs || action == u"delete"_qs)
        return 1;
    return -1;
}

} // namespace

int history(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Work with the run history.\n"
           "  list                 list the saved runs, newest first\n"
           "  show RUN_ID          print a run's environment and cases, compared with the previous runs\n"
           "  export RUN_ID FILE   write a run with its raw samples as JSON\n"
           "  import FILE          add a run exported by 'history export'\n"
           "  baseline RUN_ID      make a run the baseline of its profile (for 'run --compare baseline')\n"
           "  delete RUN_ID        delete a run with its results and samples"));
    parser.addPositionalArgument(u"ACTION"_qs, tr("list, show, export, import, baseline or delete."));
    const QCommandLineOption databaseOption(
        u"db"_qs, tr("History database to use (default: $LINDA_HISTORY_DB, else %1).").arg(HistoryDatabase::defaultPath()),
        tr("PATH"));
    const QCommandLineOption jsonOption(u"json"_qs, tr("For list and show: print JSON instead of a table."));
    parser.addOptions({databaseOption, jsonOption});
    if (const auto code = parseOrExit(parser, args))
        return *code;

    // positionalArguments() starts with the subcommand name.
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const int expected = argumentCount(action);
    if (expected < 0 || positional.size() != expected + 1) {
        err() << (expected < 0 ? tr("history: expected an action (list, show, export, import, baseline, delete), "
                                    "got '%1'.")
                                     .arg(action)
                               : tr("history %1: expected %2 argument(s), got %3.")
                                     .arg(action)
                                     .arg(expected)
                                     .arg(positional.size() - 1))
              << '\n'
              << tr("Try 'linda-dashboard history --help'.") << Qt::endl;
        return UsageError;
    }

    // A --db path that does not exist is most likely mistyped: only import
    // creates a history there.
    if (parser.isSet(databaseOption) && action != u"import"_qs && !QFileInfo::exists(parser.value(databaseOption))) {
        err() << tr("history: there is no history file %1. Check the path, or let 'linda-dashboard run' or "
                    "'history import' create one.")
                     .arg(parser.value(databaseOption))
              << Qt::endl;
        return UsageError;
    }
    HistoryDatabase db(parser.isSet(databaseOption) ? parser.value(databaseOption) : HistoryDatabase::defaultPath());
    // A file named with --db that contains another application's data is
    // most likely a wrong path, so it is rejected rather than moved aside.
    if (parser.isSet(databaseOption))
        db.setForeignFilePolicy(HistoryDatabase::ForeignFilePolicy::Reject);
    const bool opened = db.open();
    for (const QString &notice : db.notices())
        err() << notice << Qt::endl;
    if (!opened) {
        // Every reason lies in the named file: another application's, one
        // from a newer build, unreadable or locked. The file is left alone.
        err() << tr("history: %1").arg(db.errorString()) << Qt::endl;
        return UsageError;
    }

    const bool json = parser.isSet(jsonOption);
    if (action == u"list"_qs)
        return listRuns(db, json);
    if (action == u"show"_qs)
        return showRun(db, positional.at(1), json);
    if (action == u"export"_qs)
        return exportRun(db, positional.at(1), positional.at(2));
    if (action == u"import"_qs)
        return importRun(db, positional.at(1));
    if (action == u"baseline"_qs)
        return markBaseline(db, positional.at(1));
    return deleteRun(db, positional.at(1));
}

} // namespace linda::cli
