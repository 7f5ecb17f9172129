#include "historydatabase.h"

#include "common/logging.h"
#include "runjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <atomic>
#include <cstring>
#include <span>

namespace linda::bench {

namespace {

QString trHistory(const char *text)
{
    return QCoreApplication::translate("linda::bench::HistoryDatabase", text);
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return u"linda-history-"_qs + QString::number(++counter);
}

// Times are stored as ISO 8601 UTC text with milliseconds, which sorts in time order.
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Raw samples as little-endian IEEE 754 doubles, 8 bytes each.
QByteArray encodeSamples(const QList<double> &samples)
{
    QByteArray blob(samples.size() * qsizetype(sizeof(double)), Qt::Uninitialized);
    for (qsizetype i = 0; i < samples.size(); ++i)
        qToLittleEndian(samples.at(i), blob.data() + i * qsizetype(sizeof(double)));
    return blob;
}

QList<double> decodeSamples(const QByteArray &blob)
{
    QList<double> samples(blob.size() / qsizetype(sizeof(double)));
    for (qsizetype i = 0; i < samples.size(); ++i)
        samples[i] = qFromLittleEndian<double>(blob.constData() + i * qsizetype(sizeof(double)));
    return samples;
}

// Schema version 1. Statistics are columns so that trends are plain queries.
// The whole case (checks, metrics, series) is kept as JSON next to them, so
// a stored run reads back unchanged.
const char *const kSchemaV1[] = {
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " started_at TEXT NOT NULL,"
    " finished_at TEXT,"
    " saved_at TEXT NOT NULL,"
    " profile TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN ('completed', 'cancelled')),"
    " is_baseline INTEGER NOT NULL DEFAULT 0,"
    " origin TEXT NOT NULL DEFAULT 'run' CHECK (origin IN ('run', 'import')),"
    " git_commit TEXT,"
    " fixtures_source TEXT,"
    " environment_json TEXT NOT NULL,"
    " request_json TEXT NOT NULL)",
    "CREATE INDEX runs_by_profile ON runs (profile, started_at)",
    "CREATE TABLE case_results ("
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " case_id TEXT NOT NULL,"
    " suite TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " title TEXT,"
    " unit TEXT,"
    " verdict TEXT NOT NULL,"
    " verdict_reason TEXT,"
    " baseline_verdict TEXT,"
    " baseline_ratio REAL,"
    " measured REAL,"
    " threshold REAL,"
    " higher_is_better INTEGER NOT NULL DEFAULT 0,"
    " throughput REAL,"
    " sample_unit TEXT,"
    " sample_count INTEGER NOT NULL,"
    " minimum REAL, maximum REAL, mean REAL, median REAL, stddev REAL, cv REAL,"
    " p50 REAL, p90 REAL, p95 REAL, p99 REAL, mad REAL,"
    " median_ci_low REAL, median_ci_high REAL,"
    " detail_json TEXT NOT NULL,"
    " PRIMARY KEY (run_id, position))",
    "CREATE INDEX case_results_by_case ON case_results (case_id, run_id)",
    "CREATE TABLE samples ("
    " run_id INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " encoding TEXT NOT NULL DEFAULT 'f64le',"
    " data BLOB NOT NULL,"
    " PRIMARY KEY (run_id, position),"
    " FOREIGN KEY (run_id, position) REFERENCES case_results (run_id, position) ON DELETE CASCADE)",
};

struct Migration
{
    int version;
    std::span<const char *const> statements;
};

const Migration kMigrations[] = {
    {1, kSchemaV1},
};

const QStringList &requiredTables()
{
    static const QStringList tables{u"runs"_qs, u"case_results"_qs, u"samples"_qs};
    return tables;
}

// Reads one integer PRAGMA or query value; nullopt when the query fails.
std::optional<qint64> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds a lock.
// Such a file is healthy and must not be moved aside.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5"_qs || code == u"6"_qs;
}

QString busyMessage(const QString &path, const QSqlError &error)
{
    return QCoreApplication::translate("linda::bench::HistoryDatabase",
                                       "The history database %1 is locked by another process (%2). "
                                       "Close the other Linda Dashboard or wait for its run to "
                                       "finish, then try again.")
        .arg(path, error.text());
}

} // namespace

HistoryDatabase::HistoryDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName())
{
}

HistoryDatabase::~HistoryDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString HistoryDatabase::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LINDA_HISTORY_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.sqlite"_qs);
}

bool HistoryDatabase::isOpen() const
{
    return m_open;
}

QString HistoryDatabase::path() const
{
    return m_path;
}

QString HistoryDatabase::errorString() const
{
    return m_error;
}

QStringList HistoryDatabase::notices() const
{
    return m_notices;
}

QSqlDatabase HistoryDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool HistoryDatabase::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcHistory).noquote() << message;
    return false;
}

// Every caller of open() shows errorString() to the operator, so a failed
// open is logged at info level only; a warning would print it twice.
bool HistoryDatabase::failOpen(const QString &message)
{
    m_error = message;
    qCInfo(lcHistory).noquote() << message;
    return false;
}

bool HistoryDatabase::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return fail(trHistory("A query on the history database %1 failed: %2")
                    .arg(m_path, query.lastError().text()));
}

void HistoryDatabase::setForeignFilePolicy(ForeignFilePolicy policy)
{
    m_foreignFilePolicy = policy;
}

bool HistoryDatabase::foreignFileRejected() const
{
    return m_foreignFileRejected;
}

bool HistoryDatabase::open()
{
    if (m_open)
        return true;
    m_error.clear();
    m_foreignFileRejected = false;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failOpen(trHistory("Cannot create the folder %1 for the history database.").arg(info.absolutePath()));

    const Inspection inspection = inspectFile();
    switch (inspection.state) {
    case FileState::Missing:
    case FileState::Usable:
        break;
    case FileState::Unusable:
        return failOpen(inspection.reason);
    case FileState::Foreign:
        if (m_foreignFilePolicy == ForeignFilePolicy::Reject) {
            // Only a caller that set this policy gets here, and it shows
            // errorString() itself; fail() would log it as a warning as well.
            m_foreignFileRejected = true;
            m_error = trHistory("The file %1 is not a Linda Dashboard history: it %2. It was left unchanged. "
                                "Name a history file, or a path where a new history can be created.")
                          .arg(m_path, inspection.reason);
            qCInfo(lcHistory).noquote() << m_error;
            return false;
        }
        if (!moveAside(inspection.reason))
            return false;
        break;
    case FileState::NotSqlite:
    case FileState::Damaged:
        if (!moveAside(inspection.reason))
            return false;
        break;
    }
    if (!openConnection() || !migrate())
        return false;
    m_open = true;
    return true;
}

HistoryDatabase::Inspection HistoryDatabase::inspectFile() const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return {FileState::Missing, {}};
    if (!file.open(QIODevice::ReadOnly))
        return {FileState::Unusable, trHistory("Cannot read the history database %1: %2").arg(m_path, file.errorString())};
    // Every SQLite 3 database starts with this 16-byte string.
    static const QByteArray kHeader("SQLite format 3\0", 16);
    if (file.read(16) != kHeader)
        return {FileState::NotSqlite, trHistory("is not an SQLite database")};
    file.close();

    Inspection result{FileState::Usable, {}};
    const QString name = m_connectionName + u"-inspect"_qs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_qs);
        if (!db.open()) {
            result = {isBusy(db.lastError()) ? FileState::Unusable : FileState::Damaged,
                      trHistory("could not be opened (%1)").arg(db.lastError().text())};
            if (result.state == FileState::Unusable)
                result.reason = busyMessage(m_path, db.lastError());
        } else {
            result = [&]() -> Inspection {
                QSqlQuery check(db);
                if (!check.exec(u"PRAGMA quick_check"_qs) || !check.next()) {
                    if (isBusy(check.lastError()))
                        return {FileState::Unusable, busyMessage(m_path, check.lastError())};
                    return {FileState::Damaged,
                            trHistory("failed the SQLite integrity check (%1)").arg(check.lastError().text())};
                }
                const QString verdict = check.value(0).toString();
                if (verdict != u"ok"_qs) {
                    // quick_check lists one problem per line; the first few name the damaged pages.
                    const QString summary = verdict.split(u'\n', Qt::SkipEmptyParts).mid(0, 3).join(u"; "_qs);
                    return {FileState::Damaged, trHistory("failed the SQLite integrity check (%1)").arg(summary)};
                }
                check.finish();

                const qint64 applicationId = scalar(db, u"PRAGMA application_id"_qs).value_or(-1);
                const qint64 userVersion = scalar(db, u"PRAGMA user_version"_qs).value_or(-1);
                const qint64 tables = scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%'"_qs)
                                          .value_or(-1);
                if (applicationId == 0 && userVersion == 0 && tables == 0)
                    return {FileState::Usable, {}}; // an empty SQLite file, e.g. made by sqlite3 alone
                if (applicationId != kHistoryApplicationId)
                    return {FileState::Foreign,
                            trHistory("belongs to another application (SQLite application_id %1, %2 tables)")
                                .arg(applicationId)
                                .arg(tables)};
                if (userVersion > kHistorySchemaVersion)
                    return {FileState::Unusable,
                            trHistory("The history database %1 has schema version %2, but this build reads up to "
                                      "version %3. Use a newer Linda Dashboard, or point LINDA_HISTORY_DB at "
                                      "another file.")
                                .arg(m_path)
                                .arg(userVersion)
                                .arg(kHistorySchemaVersion)};
                for (const QString &table : requiredTables()) {
                    const qint64 found = scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                    "AND name = '"_qs + table + u"'"_qs)
                                             .value_or(0);
                    if (userVersion >= 1 && found == 0)
                        return {FileState::Damaged, trHistory("lacks the table %1 of schema version %2")
                                                        .arg(table)
                                                        .arg(userVersion)};
                }
                return {FileState::Usable, {}};
            }();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool HistoryDatabase::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_qs);
    QString target = m_path + u".corrupt-"_qs + stamp;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = m_path + u".corrupt-"_qs + stamp + u'-' + QString::number(n);

    if (!QFile::rename(m_path, target))
        return failOpen(trHistory("The history database %1 %2, and it could not be moved to %3. Move or delete it "
                              "yourself, then start again.")
                        .arg(m_path, reason, target));
    // A write-ahead log or rollback journal belongs to the file it was written for.
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs, u"-journal"_qs}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    const QString notice = trHistory("The history database %1 %2. It was moved to %3 and a new, empty history "
                                     "was created.")
                               .arg(m_path, reason, target);
    // Callers show notices() to the user; a warning here would print the
    // same message a second time on the console.
    qCInfo(lcHistory).noquote() << notice;
    m_notices << notice;
    return true;
}

bool HistoryDatabase::openConnection()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
    db.setDatabaseName(m_path);
    // Another process (the GUI and a command-line run) may be writing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_qs);
    if (!db.open())
        return failOpen(trHistory("Cannot open the history database %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery query(db);
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_qs, u"PRAGMA journal_mode = WAL"_qs}) {
        if (!query.exec(pragma))
            return failOpen(trHistory("Cannot configure the history database %1 (%2): %3")
                            .arg(m_path, pragma, query.lastError().text()));
    }
    return true;
}

bool HistoryDatabase::migrate()
{
    QSqlDatabase db = database();
    const qint64 current = scalar(db, u"PRAGMA user_version"_qs).value_or(0);
    for (const Migration &migration : kMigrations) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return failOpen(trHistory("Cannot start the schema upgrade of %1: %2").arg(m_path, db.lastError().text()));
        QSqlQuery query(db);
        bool ok = true;
        for (const char *statement : migration.statements)
            ok = ok && query.exec(QString::fromLatin1(statement));
        ok = ok && query.exec(u"PRAGMA application_id = "_qs + QString::number(kHistoryApplicationId));
        ok = ok && query.exec(u"PRAGMA user_version = "_qs + QString::number(migration.version));
        if (!ok) {
            const QString reason = query.lastError().text();
            db.rollback();
            return failOpen(trHistory("Upgrading the history database %1 to schema version %2 failed: %3")
                            .arg(m_path)
                            .arg(migration.version)
                            .arg(reason));
        }
        if (!db.commit())
            return failOpen(trHistory("Cannot commit the schema upgrade of %1: %2").arg(m_path, db.lastError().text()));
        qCInfo(lcHistory) << "history schema of" << m_path << "is now at version" << migration.version;
    }
    return true;
}

std::optional<qint64> HistoryDatabase::findSameRun(const RunResult &run)
{
    for (const RunSummary &stored : listRuns()) {
        if (stored.startedAt == run.startedAt && stored.profile == run.request.profile
            && stored.gitCommit == run.environment.gitCommit && stored.caseCount == run.cases.size())
            return stored.id;
    }
    return std::nullopt;
}

std::optional<qint64> HistoryDatabase::saveRun(const RunResult &run, RunOrigin origin)
{
    if (!m_open) {
        fail(trHistory("The history database %1 is not open.").arg(m_path));
        return std::nullopt;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        fail(trHistory("Cannot start saving a run to %1: %2").arg(m_path, db.lastError().text()));
        return std::nullopt;
    }
    const auto rollback = [&db] {
        db.rollback();
        return std::nullopt;
    };

    QSqlQuery insertRun(db);
    insertRun.prepare(u"INSERT INTO runs (started_at, finished_at, saved_at, profile, status, origin, git_commit, "
                      "fixtures_source, environment_json, request_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    insertRun.addBindValue(timeText(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    insertRun.addBindValue(timeText(run.finishedAt));
    insertRun.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    insertRun.addBindValue(profileName(run.request.profile));
    insertRun.addBindValue(run.cancelled ? u"cancelled"_qs : u"completed"_qs);
    insertRun.addBindValue(origin == RunOrigin::Import ? u"import"_qs : u"run"_qs);
    insertRun.addBindValue(run.environment.gitCommit);
    insertRun.addBindValue(run.environment.fixturesSource);
    insertRun.addBindValue(compactJson(environmentRecordToJson(run.environment)));
    insertRun.addBindValue(compactJson(requestRecordToJson(run.request)));
    if (!exec(insertRun))
        return rollback();
    const qint64 runId = insertRun.lastInsertId().toLongLong();

    QSqlQuery insertCase(db);
    insertCase.prepare(u"INSERT INTO case_results (run_id, position, case_id, suite, kind, title, unit, verdict, "
                       "verdict_reason, baseline_verdict, baseline_ratio, measured, threshold, higher_is_better, "
                       "throughput, sample_unit, sample_count, minimum, maximum, mean, median, stddev, cv, p50, p90, "
                       "p95, p99, mad, median_ci_low, median_ci_high, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    QSqlQuery insertSamples(db);
    insertSamples.prepare(u"INSERT INTO samples (run_id, position, encoding, data) VALUES (?, ?, 'f64le', ?)"_qs);
    for (qsizetype position = 0; position < run.cases.size(); ++position) {
        const CaseResult &c = run.cases.at(position);
        const Statistics &s = c.stats;
        const QVariantList values{runId, qint64(position), c.info.id, suiteName(c.info.suite), caseKindName(c.info.kind),
                                  c.info.title, c.info.unit, verdictName(c.verdict), c.verdictReason,
                                  verdictName(c.baselineVerdict), c.baselineRatio, c.measured, c.threshold,
                                  c.higherIsBetter ? 1 : 0, c.throughput, c.sampleUnit, qint64(c.samples.size()), s.min,
                                  s.max, s.mean, s.median, s.stddev, s.cv, s.p50, s.p90, s.p95, s.p99, s.mad,
                                  s.medianCiLow, s.medianCiHigh, compactJson(caseRecordToJson(c, false))};
        for (const QVariant &value : values)
            insertCase.addBindValue(value);
        if (!exec(insertCase))
            return rollback();
        insertSamples.addBindValue(runId);
        insertSamples.addBindValue(qint64(position));
        insertSamples.addBindValue(encodeSamples(c.samples));
        if (!exec(insertSamples))
            return rollback();
    }
    if (!db.commit()) {
        fail(trHistory("Cannot commit the run to %1: %2").arg(m_path, db.lastError().text()));
        return rollback();
    }
    qCDebug(lcHistory) << "saved run" << runId << "with" << run.cases.size() << "cases to" << m_path;
    return runId;
}

bool HistoryDatabase::contains(qint64 runId)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT 1 FROM runs WHERE id = ?"_qs);
    query.addBindValue(runId);
    return exec(query) && query.next();
}

namespace {

const QString kSummarySelect = u"SELECT r.id, r.started_at, r.finished_at, r.saved_at, r.profile, r.status, "
                                "r.is_baseline, r.origin, r.git_commit, r.fixtures_source, count(c.position), "
                                "sum(c.verdict = 'pass'), sum(c.verdict = 'warn'), sum(c.verdict = 'fail'), "
                                "sum(c.verdict IN ('error', 'cancelled', 'not-run')) "
                                "FROM runs r LEFT JOIN case_results c ON c.run_id = r.id "_qs;

RunSummary summaryFromQuery(const QSqlQuery &q)
{
    RunSummary s;
    s.id = q.value(0).toLongLong();
    s.startedAt = timeFromText(q.value(1).toString());
    s.finishedAt = timeFromText(q.value(2).toString());
    s.savedAt = timeFromText(q.value(3).toString());
    s.profile = profileFromName(q.value(4).toString()).value_or(Profile::Default);
    s.cancelled = q.value(5).toString() == u"cancelled"_qs;
    s.baseline = q.value(6).toInt() != 0;
    s.origin = q.value(7).toString() == u"import"_qs ? RunOrigin::Import : RunOrigin::Run;
    s.gitCommit = q.value(8).toString();
    s.fixturesSource = q.value(9).toString();
    s.caseCount = q.value(10).toInt();
    s.passed = q.value(11).toInt();
    s.warned = q.value(12).toInt();
    s.failed = q.value(13).toInt();
    s.errors = q.value(14).toInt();
    return s;
}

} // namespace

QList<RunSummary> HistoryDatabase::listRuns()
{
    QList<RunSummary> runs;
    QSqlQuery query(database());
    query.prepare(kSummarySelect + u"GROUP BY r.id ORDER BY r.started_at DESC, r.id DESC"_qs);
    if (!exec(query))
        return runs;
    while (query.next())
        runs.append(summaryFromQuery(query));
    return runs;
}

std::optional<RunSummary> HistoryDatabase::summary(qint64 runId)
{
    QSqlQuery query(database());
    query.prepare(kSummarySelect + u"WHERE r.id = ? GROUP BY r.id"_qs);
    query.addBindValue(runId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return summaryFromQuery(query);
}

// Reads detail_json (column 0) and the sample blob (column 1) of one case row.
std::optional<CaseResult> HistoryDatabase::readCase(QSqlQuery &query)
{
    QString error;
    std::optional<CaseResult> result = caseRecordFromJson(objectFromText(query.value(0).toString()), &error);
    if (!result) {
        fail(trHistory("A stored case in %1 could not be read: %2").arg(m_path, error));
        return std::nullopt;
    }
    result->samples = decodeSamples(query.value(1).toByteArray());
    return result;
}

std::optional<RunResult> HistoryDatabase::loadRun(qint64 runId)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT started_at, finished_at, status, environment_json, request_json FROM runs WHERE id = ?"_qs);
    query.addBindValue(runId);
    if (!exec(query) || !query.next())
        return std::nullopt;

    RunResult run;
    QString error;
    run.startedAt = timeFromText(query.value(0).toString());
    run.finishedAt = timeFromText(query.value(1).toString());
    run.cancelled = query.value(2).toString() == u"cancelled"_qs;
    const auto environment = environmentRecordFromJson(objectFromText(query.value(3).toString()), &error);
    const auto request = environment ? requestRecordFromJson(objectFromText(query.value(4).toString()), &error)
                                     : std::nullopt;
    if (!environment || !request) {
        fail(trHistory("Run %1 in %2 could not be read: %3").arg(runId).arg(m_path, error));
        return std::nullopt;
    }
    run.environment = *environment;
    run.request = *request;

    QSqlQuery cases(database());
    cases.prepare(u"SELECT c.detail_json, s.data FROM case_results c LEFT JOIN samples s "
                  "ON s.run_id = c.run_id AND s.position = c.position WHERE c.run_id = ? ORDER BY c.position"_qs);
    cases.addBindValue(runId);
    if (!exec(cases))
        return std::nullopt;
    while (cases.next()) {
        std::optional<CaseResult> c = readCase(cases);
        if (!c)
            return std::nullopt;
        run.cases.append(std::move(*c));
    }
    return run;
}

bool HistoryDatabase::setBaseline(qint64 runId)
{
    const std::optional<RunSummary> run = summary(runId);
    if (!run)
        return fail(trHistory("There is no run %1 in %2.").arg(runId).arg(m_path));
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(trHistory("Cannot start a transaction on %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery clear(db);
    clear.prepare(u"UPDATE runs SET is_baseline = 0 WHERE profile = ?"_qs);
    clear.addBindValue(profileName(run->profile));
    QSqlQuery mark(db);
    mark.prepare(u"UPDATE runs SET is_baseline = 1 WHERE id = ?"_qs);
    mark.addBindValue(runId);
    if (!exec(clear) || !exec(mark) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool HistoryDatabase::deleteRun(qint64 runId)
{
    QSqlQuery query(database());
    query.prepare(u"DELETE FROM runs WHERE id = ?"_qs);
    query.addBindValue(runId);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() == 0)
        return fail(trHistory("There is no run %1 in %2.").arg(runId).arg(m_path));
    return true;
}

std::optional<qint64> HistoryDatabase::baselineRunId(Profile profile)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM runs WHERE is_baseline = 1 AND profile = ? ORDER BY id DESC LIMIT 1"_qs);
    query.addBindValue(profileName(profile));
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<StoredCaseResult> HistoryDatabase::previousCaseResult(Profile profile, const QString &caseId,
                                                                    const QDateTime &before,
                                                                    std::optional<qint64> excludeRunId)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT c.detail_json, s.data, r.id FROM case_results c "
                  "JOIN runs r ON r.id = c.run_id "
                  "JOIN samples s ON s.run_id = c.run_id AND s.position = c.position "
                  "WHERE c.case_id = ? AND r.profile = ? AND r.started_at < ? AND r.id != ? "
                  "AND c.sample_count > 0 AND c.verdict NOT IN ('error', 'cancelled', 'not-run') "
                  "ORDER BY r.started_at DESC, r.id DESC LIMIT 1"_qs);
    query.addBindValue(caseId);
    query.addBindValue(profileName(profile));
    query.addBindValue(timeText(before.isValid() ? before : QDateTime::currentDateTimeUtc()));
    query.addBindValue(excludeRunId.value_or(-1));
    if (!exec(query) || !query.next())
        return std::nullopt;
    std::optional<CaseResult> result = readCase(query);
    if (!result)
        return std::nullopt;
    return StoredCaseResult{query.value(2).toLongLong(), std::move(*result)};
}

QList<TrendPoint> HistoryDatabase::trend(const QString &caseId)
{
    QList<TrendPoint> points;
    QSqlQuery query(database());
    query.prepare(u"SELECT r.id, r.started_at, r.is_baseline, c.measured, c.threshold, c.unit, c.median, "
                  "c.sample_unit, c.verdict FROM case_results c JOIN runs r ON r.id = c.run_id "
                  "WHERE c.case_id = ? ORDER BY r.started_at, r.id"_qs);
    query.addBindValue(caseId);
    if (!exec(query))
        return points;
    while (query.next()) {
        TrendPoint p;
        p.runId = query.value(0).toLongLong();
        p.startedAt = timeFromText(query.value(1).toString());
        p.baseline = query.value(2).toInt() != 0;
        p.measured = query.value(3).toDouble();
        p.threshold = query.value(4).toDouble();
        p.unit = query.value(5).toString();
        p.median = query.value(6).toDouble();
        p.sampleUnit = query.value(7).toString();
        p.verdict = parseVerdictName(query.value(8).toString()).value_or(Verdict::NotRun);
        points.append(p);
    }
    return points;
}

QStringList HistoryDatabase::caseIds()
{
    QStringList ids;
    QSqlQuery query(database());
    query.prepare(u"SELECT DISTINCT case_id FROM case_results ORDER BY case_id"_qs);
    if (!exec(query))
        return ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace linda::bench
