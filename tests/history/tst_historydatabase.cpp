#include "bench/history/comparison.h"
#include "bench/history/historydatabase.h"
#include "sampleruns.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace linda::bench;

class TestHistoryDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newFileGetsSchema();
    void savedRunReadsBackUnchanged();
    void listNewestFirstWithCounts();
    void cancelledRunKeepsStatus();
    void baselineOnePerProfile();
    void deleteRemovesCasesAndSamples();
    void deleteUnknownRunFails();
    void previousSkipsOtherProfilesAndSelf();
    void previousSkipsErroredCases();
    void compareAgainstPreviousFindsRegression();
    void compareAgainstMissingBaselineExplains();
    void trendListsEveryRun();
    void damagedFileMovedAside_data();
    void damagedFileMovedAside();
    void rejectPolicyKeepsForeignFile_data();
    void rejectPolicyKeepsForeignFile();
    void newerSchemaLeftAlone();
    void lockedFileLeftAlone();
    void connectionsAreIndependent();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    static QDateTime at(int day) { return QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryDatabase::newFileGetsSchema()
{
    {
        HistoryDatabase db(dbPath());
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QVERIFY(db.notices().isEmpty());
        QVERIFY(db.listRuns().isEmpty());
    }
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    raw.setDatabaseName(dbPath());
    QVERIFY(raw.open());
    QSqlQuery query(raw);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), kHistorySchemaVersion);
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toInt(), kHistoryApplicationId);
    query.finish();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestHistoryDatabase::savedRunReadsBackUnchanged()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const RunResult run = sampleruns::run(at(3));
    const std::optional<qint64> id = db.saveRun(run);
    QVERIFY2(id, qPrintable(db.errorString()));
    const std::optional<RunResult> back = db.loadRun(*id);
    QVERIFY2(back, qPrintable(db.errorString()));
    QCOMPARE(back->startedAt, run.startedAt);
    QCOMPARE(back->environment.cpuModel, run.environment.cpuModel);
    QCOMPARE(back->request.workers, run.request.workers);
    QCOMPARE(back->cases.size(), run.cases.size());
    QCOMPARE(back->cases.at(0).samples, run.cases.at(0).samples);
    QCOMPARE(back->cases.at(0).stats.p95, run.cases.at(0).stats.p95);
    QCOMPARE(back->cases.at(1).samples, run.cases.at(1).samples);
    QCOMPARE(back->cases.at(1).verdict, Verdict::Warn);
}

void TestHistoryDatabase::listNewestFirstWithCounts()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const qint64 older = db.saveRun(sampleruns::run(at(1))).value();
    const qint64 newer = db.saveRun(sampleruns::run(at(2), Profile::Default)).value();
    const QList<RunSummary> runs = db.listRuns();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).id, newer);
    QCOMPARE(runs.at(1).id, older);
    QCOMPARE(runs.at(0).profile, Profile::Default);
    QCOMPARE(runs.at(0).caseCount, 2);
    QCOMPARE(runs.at(0).passed, 1);
    QCOMPARE(runs.at(0).warned, 1);
    QCOMPARE(runs.at(0).gitCommit, QStringLiteral("0123456789ab"));
}

void TestHistoryDatabase::cancelledRunKeepsStatus()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    RunResult run = sampleruns::run(at(1));
    run.cancelled = true;
    run.cases[1].verdict = Verdict::Cancelled;
    const qint64 id = db.saveRun(run).value();
    QVERIFY(db.summary(id)->cancelled);
    QCOMPARE(db.summary(id)->errors, 1);
    QVERIFY(db.loadRun(id)->cancelled);
}

void TestHistoryDatabase::baselineOnePerProfile()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const qint64 quick1 = db.saveRun(sampleruns::run(at(1), Profile::Quick)).value();
    const qint64 quick2 = db.saveRun(sampleruns::run(at(2), Profile::Quick)).value();
    const qint64 thorough = db.saveRun(sampleruns::run(at(3), Profile::Thorough)).value();
    QVERIFY(db.setBaseline(quick1));
    QVERIFY(db.setBaseline(thorough));
    QVERIFY(db.setBaseline(quick2));
    QCOMPARE(db.baselineRunId(Profile::Quick), quick2);
    QCOMPARE(db.baselineRunId(Profile::Thorough), thorough);
    QVERIFY(!db.baselineRunId(Profile::Default));
    QVERIFY(!db.summary(quick1)->baseline);
    QVERIFY(!db.setBaseline(999));
    QVERIFY(db.errorString().contains(QStringLiteral("no run 999")));
}

void TestHistoryDatabase::deleteRemovesCasesAndSamples()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const qint64 id = db.saveRun(sampleruns::run(at(1))).value();
    QVERIFY(db.deleteRun(id));
    QVERIFY(!db.contains(id));
    QVERIFY(db.trend(QStringLiteral("bench.parse.simple-text")).isEmpty());

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
    raw.setDatabaseName(dbPath());
    QVERIFY(raw.open());
    QSqlQuery query(raw);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM samples")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

void TestHistoryDatabase::deleteUnknownRunFails()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    QVERIFY(!db.deleteRun(42));
    QVERIFY(db.errorString().contains(QStringLiteral("no run 42")));
}

void TestHistoryDatabase::previousSkipsOtherProfilesAndSelf()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const qint64 quickOld = db.saveRun(sampleruns::run(at(1), Profile::Quick)).value();
    db.saveRun(sampleruns::run(at(2), Profile::Thorough));
    const qint64 current = db.saveRun(sampleruns::run(at(3), Profile::Quick)).value();
    const auto previous = db.previousCaseResult(Profile::Quick, QStringLiteral("bench.parse.simple-text"), at(3),
                                                current);
    QVERIFY(previous);
    QCOMPARE(previous->runId, quickOld);
    QCOMPARE(previous->result.samples.size(), 40);
    QVERIFY(!db.previousCaseResult(Profile::Quick, QStringLiteral("bench.parse.simple-text"), at(1)));
}

void TestHistoryDatabase::previousSkipsErroredCases()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const qint64 good = db.saveRun(sampleruns::run(at(1))).value();
    RunResult errored = sampleruns::run(at(2));
    errored.cases[0].verdict = Verdict::Error;
    db.saveRun(errored);
    const auto previous = db.previousCaseResult(Profile::Quick, QStringLiteral("bench.parse.simple-text"), at(5));
    QVERIFY(previous);
    QCOMPARE(previous->runId, good);
}

void TestHistoryDatabase::compareAgainstPreviousFindsRegression()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const qint64 before = db.saveRun(sampleruns::run(at(1), Profile::Quick, 2000)).value();
    const RunResult slower = sampleruns::run(at(2), Profile::Quick, 2500);
    const qint64 now = db.saveRun(slower).value();

    const ComparisonReport report = compareRun(db, slower, CompareRequest{}, now);
    QVERIFY(report.isValid());
    QCOMPARE(report.cases.size(), 2);
    QCOMPARE(report.cases.at(0).kind, ChangeKind::Regression);
    QCOMPARE(report.cases.at(0).severity, Severity::Critical);
    QCOMPARE(report.cases.at(0).referenceRunId, before);
    QCOMPARE(report.cases.at(1).kind, ChangeKind::Unchanged);
    QVERIFY(report.hasCriticalRegression());
    QVERIFY(formatComparisonTable(report).contains(QStringLiteral("regression (critical)")));
    QCOMPARE(comparisonToJson(report).value(QStringLiteral("summary")).toObject().value(QStringLiteral("critical")).toInt(), 1);
}

void TestHistoryDatabase::compareAgainstMissingBaselineExplains()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const RunResult run = sampleruns::run(at(1));
    CompareRequest request;
    request.target = CompareTarget::Baseline;
    const ComparisonReport report = compareRun(db, run, request);
    QVERIFY(!report.isValid());
    QVERIFY2(report.error.contains(QStringLiteral("history baseline")), qPrintable(report.error));
    QVERIFY(!report.hasCriticalRegression());
}

void TestHistoryDatabase::trendListsEveryRun()
{
    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    db.saveRun(sampleruns::run(at(2), Profile::Quick, 2100));
    db.saveRun(sampleruns::run(at(1), Profile::Quick, 2000));
    const QList<TrendPoint> points = db.trend(QStringLiteral("bench.parse.simple-text"));
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).startedAt, at(1));
    QCOMPARE(points.at(0).threshold, 50.0);
    QCOMPARE(points.at(0).unit, QStringLiteral("ms"));
    QVERIFY(points.at(1).median > points.at(0).median);
    QCOMPARE(db.caseIds(), (QStringList{QStringLiteral("bench.command.throughput"), QStringLiteral("bench.parse.simple-text")}));
}

namespace {

void writeForeignSqlite(const QString &path)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE listings (id INTEGER PRIMARY KEY, title TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO listings (title) VALUES ('Marina studio')")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

// A real history whose first table page is overwritten, so that the header
// still says SQLite but quick_check fails.
void writeDamagedHistory(const QString &path)
{
    {
        HistoryDatabase db(path);
        QVERIFY(db.open());
        for (int day = 1; day <= 20; ++day)
            QVERIFY(db.saveRun(sampleruns::run(QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC), Profile::Quick,
                                               2000, 2000)));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    QVERIFY(file.seek(4096));
    QVERIFY(file.write(QByteArray(3 * 4096, '\x5a')) == 3 * 4096);
}

} // namespace

void TestHistoryDatabase::damagedFileMovedAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addRow("garbage") << QStringLiteral("garbage") << QStringLiteral("is not an SQLite database");
    QTest::addRow("foreign sqlite") << QStringLiteral("foreign") << QStringLiteral("belongs to another application");
    QTest::addRow("damaged pages") << QStringLiteral("damaged") << QStringLiteral("integrity check");
}

void TestHistoryDatabase::damagedFileMovedAside()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    QByteArray original;
    if (kind == u"garbage"_qs) {
        QVERIFY(QFile::copy(QFINDTESTDATA("data/garbage.sqlite"), dbPath()));
    } else if (kind == u"foreign"_qs) {
        writeForeignSqlite(dbPath());
    } else {
        writeDamagedHistory(dbPath());
    }
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        original = file.readAll();
    }

    HistoryDatabase db(dbPath());
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QCOMPARE(db.notices().size(), 1);
    const QString notice = db.notices().first();
    QVERIFY2(notice.contains(reason), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral(".corrupt-")), qPrintable(notice));
    QVERIFY(db.listRuns().isEmpty());
    QVERIFY(db.saveRun(sampleruns::run(at(1))));

    // The old file is kept byte for byte under the name the notice gives.
    const QStringList moved = QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
    QVERIFY(!moved.filter(QRegularExpression(QStringLiteral("corrupt-\\d{8}T\\d{6}Z(-\\d+)?$"))).isEmpty());
    const QString movedPath = m_dir->filePath(moved.filter(QRegularExpression(QStringLiteral("Z(-\\d+)?$"))).first());
    QVERIFY(notice.contains(movedPath));
    QFile kept(movedPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original);
}

void TestHistoryDatabase::rejectPolicyKeepsForeignFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("rejected");
    // Only another application's intact file is rejected. Damaged files are
    // still moved aside, because nothing else can read them either.
    QTest::addRow("foreign sqlite") << QStringLiteral("foreign") << true;
    QTest::addRow("garbage") << QStringLiteral("garbage") << false;
    QTest::addRow("damaged pages") << QStringLiteral("damaged") << false;
}

void TestHistoryDatabase::rejectPolicyKeepsForeignFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, rejected);

    if (kind == u"garbage"_qs)
        QVERIFY(QFile::copy(QFINDTESTDATA("data/garbage.sqlite"), dbPath()));
    else if (kind == u"foreign"_qs)
        writeForeignSqlite(dbPath());
    else
        writeDamagedHistory(dbPath());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    QByteArray original;
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        original = file.readAll();
    }

    HistoryDatabase db(dbPath());
    db.setForeignFilePolicy(HistoryDatabase::ForeignFilePolicy::Reject);
    QCOMPARE(db.open(), !rejected);
    QCOMPARE(db.foreignFileRejected(), rejected);
    if (!rejected) {
        QCOMPARE(db.notices().size(), 1);
        QVERIFY(!QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.corrupt-*")}).isEmpty());
        return;
    }

    QVERIFY(db.notices().isEmpty());
    QVERIFY2(db.errorString().contains(dbPath()), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("not a Linda Dashboard history")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("left unchanged")), qPrintable(db.errorString()));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    QFile kept(dbPath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original);
}

void TestHistoryDatabase::newerSchemaLeftAlone()
{
    {
        HistoryDatabase db(dbPath());
        QVERIFY(db.open());
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));

    HistoryDatabase db(dbPath());
    QVERIFY(!db.open());
    QVERIFY2(db.errorString().contains(QStringLiteral("schema version 99")), qPrintable(db.errorString()));
    QVERIFY(QFile::exists(dbPath()));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
}

// A healthy file locked by another process must fail to open, not be moved aside.
void TestHistoryDatabase::lockedFileLeftAlone()
{
    {
        HistoryDatabase db(dbPath());
        QVERIFY(db.open());
        QVERIFY(db.saveRun(sampleruns::run(at(1))));
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        // Readers wait for an exclusive lock only outside WAL mode.
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE runs SET git_commit = 'locked'")));

        HistoryDatabase db(dbPath());
        QVERIFY(!db.open());
        QVERIFY2(db.errorString().contains(QStringLiteral("locked by another process")), qPrintable(db.errorString()));
        QVERIFY(db.notices().isEmpty());
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());

        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    HistoryDatabase db(dbPath());
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QCOMPARE(db.listRuns().size(), 1);
}

void TestHistoryDatabase::connectionsAreIndependent()
{
    HistoryDatabase first(dbPath());
    HistoryDatabase second(dbPath());
    QVERIFY(first.open());
    QVERIFY(second.open());
    const qint64 id = first.saveRun(sampleruns::run(at(1))).value();
    QVERIFY(second.contains(id));
}

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_historydatabase.moc"
