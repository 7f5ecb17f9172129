#pragma once

#include "bench/results.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

// The run history: every finished or cancelled run with its case results,
// statistics, verdicts and raw samples, in an SQLite file of its own (not
// the engine's store).
namespace linda::bench {

// Marks the file as ours in the SQLite header ("LNDH"), so that a foreign
// SQLite file is distinguished from an old or damaged history.
inline constexpr qint32 kHistoryApplicationId = 0x4c4e4448;
// The schema version this build writes, kept in PRAGMA user_version.
inline constexpr int kHistorySchemaVersion = 1;

// Origin of a saved run.
enum class RunOrigin { Run, Import };

// One row of the run list.
struct RunSummary
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime savedAt;
    Profile profile = Profile::Default;
    bool cancelled = false;
    bool baseline = false;
    RunOrigin origin = RunOrigin::Run;
    QString gitCommit;
    QString fixturesSource;
    int caseCount = 0;
    int passed = 0;
    int warned = 0;
    int failed = 0;
    int errors = 0; // error, cancelled or not run
};

// A case's judged figure in one run, for trend charts.
struct TrendPoint
{
    qint64 runId = 0;
    QDateTime startedAt;
    bool baseline = false;
    double measured = 0;  // in unit
    double threshold = 0; // in unit; 0 when the case has none
    QString unit;
    double median = 0; // of the raw samples, in sampleUnit
    QString sampleUnit;
    Verdict verdict = Verdict::NotRun;
};

// A case result together with the run it was read from.
struct StoredCaseResult
{
    qint64 runId = 0;
    CaseResult result;
};

// Owns one uniquely named Qt Sql connection; use an instance on the thread
// that created it only.
class HistoryDatabase
{
public:
    explicit HistoryDatabase(QString path = defaultPath());
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // $LINDA_HISTORY_DB when set, else history.sqlite in the application's
    // data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    // Policy of open() for an intact SQLite file that contains another
    // application's data.
    enum class ForeignFilePolicy {
        MoveAside, // move it aside like a damaged file, for the default location
        Reject,    // leave it untouched and fail, for a path the user named
    };
    void setForeignFilePolicy(ForeignFilePolicy policy);

    // Opens or creates the file and brings the schema up to date. A file that
    // is not SQLite or fails PRAGMA quick_check is renamed to
    // <path>.corrupt-<UTC time> (with its -wal and -shm files), a fresh
    // history is created, and notices() reports it. A file of another
    // application is handled the same way unless the foreign file policy is
    // Reject; then open() fails and foreignFileRejected() is true. A history
    // written by a newer build is left alone and open() fails.
    bool open();
    bool foreignFileRejected() const;
    bool isOpen() const;
    QString path() const;
    QString errorString() const;
    // Messages for the operator about what open() did, such as moving a
    // damaged file aside; empty when nothing unusual happened.
    QStringList notices() const;

    // Saves a run in one transaction; returns its new id.
    std::optional<qint64> saveRun(const RunResult &run, RunOrigin origin = RunOrigin::Run);

    // The id of a stored run with the same start time, profile, commit and
    // number of cases: the same run, e.g. exported and imported again.
    std::optional<qint64> findSameRun(const RunResult &run);
    bool contains(qint64 runId);
    QList<RunSummary> listRuns(); // newest first
    std::optional<RunSummary> summary(qint64 runId);
    std::optional<RunResult> loadRun(qint64 runId);
    // Marks the run as the baseline of its profile; a profile has at most one.
    bool setBaseline(qint64 runId);
    bool deleteRun(qint64 runId);
    std::optional<qint64> baselineRunId(Profile profile);

    // The newest comparable result of caseId (finished, with samples) in a
    // run of the same profile that started before `before`, skipping
    // excludeRunId.
    std::optional<StoredCaseResult> previousCaseResult(Profile profile, const QString &caseId,
                                                       const QDateTime &before,
                                                       std::optional<qint64> excludeRunId = {});

    // Every stored result of caseId, oldest run first.
    QList<TrendPoint> trend(const QString &caseId);
    // Ids of every case in the history, sorted.
    QStringList caseIds();

private:
    // NotSqlite, Damaged and Foreign files are moved aside. An Unusable file
    // (unreadable, locked by another process, or from a newer build) is
    // left in place and open() fails.
    enum class FileState { Missing, Usable, NotSqlite, Damaged, Foreign, Unusable };
    struct Inspection
    {
        FileState state = FileState::Missing;
        QString reason;
    };

    Inspection inspectFile() const;
    bool moveAside(const QString &reason);
    bool openConnection();
    bool migrate();
    bool exec(QSqlQuery &query);
    bool fail(const QString &message);
    bool failOpen(const QString &message);
    QSqlDatabase database() const;
    std::optional<CaseResult> readCase(QSqlQuery &query);

    QString m_path;
    QString m_connectionName;
    QString m_error;
    QStringList m_notices;
    ForeignFilePolicy m_foreignFilePolicy = ForeignFilePolicy::MoveAside;
    bool m_foreignFileRejected = false;
    bool m_open = false;
};

} // namespace linda::bench
