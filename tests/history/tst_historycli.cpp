#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs the real linda-dashboard executable (its path comes from CMake) on
// a temporary history and checks exit codes and messages.
class TestHistoryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exitCodes_data();
    void exitCodes();
    void exportImportRoundTrip();
    void languageOptionIsNotSaved();
    void garbageHistoryMovedAside();
    void unusableFileHandling_data();
    void unusableFileHandling();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestHistoryCli::Result TestHistoryCli::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LINDA_HISTORY_DB"), dbPath());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINDA_DASHBOARD_PATH), arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestHistoryCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedText");

    const QString bad = QFINDTESTDATA("data/bad-sample.json");
    const QString minimal = QFINDTESTDATA("data/minimal-run.json");
    QTest::addRow("list empty") << QStringList{u"history"_qs, u"list"_qs} << 0 << u"no runs yet"_qs;
    QTest::addRow("show unknown id") << QStringList{u"history"_qs, u"show"_qs, u"7"_qs} << 2 << u"no run 7"_qs;
    QTest::addRow("show malformed id") << QStringList{u"history"_qs, u"show"_qs, u"x1"_qs} << 2
                                       << u"'x1' is not a run id"_qs;
    QTest::addRow("import invalid") << QStringList{u"history"_qs, u"import"_qs, bad} << 2
                                    << u"run.cases[0].samples[2]"_qs;
    QTest::addRow("import unparseable")
        << QStringList{u"history"_qs, u"import"_qs, QFINDTESTDATA("data/syntax-error.json")} << 2
        << u"line 3, column 23: unterminated object. Nothing was imported."_qs;
    QTest::addRow("import missing file") << QStringList{u"history"_qs, u"import"_qs, u"/nonexistent/run.json"_qs}
                                         << 2 << u"cannot read /nonexistent/run.json"_qs;
    QTest::addRow("import valid") << QStringList{u"history"_qs, u"import"_qs, minimal} << 0 << u"as run 1"_qs;
    QTest::addRow("unknown action") << QStringList{u"history"_qs, u"purge"_qs} << 2 << u"got 'purge'"_qs;
    QTest::addRow("missing argument") << QStringList{u"history"_qs, u"export"_qs, u"1"_qs} << 2
                                      << u"expected 2 argument(s), got 1"_qs;
    QTest::addRow("mistyped --db") << QStringList{u"history"_qs, u"list"_qs, u"--db"_qs, u"/nonexistent/h.sqlite"_qs}
                                   << 2 << u"there is no history file /nonexistent/h.sqlite"_qs;
    // Neither opens a window: the GUI path reports them and exits.
    QTest::addRow("mistyped command") << QStringList{u"hisory"_qs, u"list"_qs} << 2 << u"unknown command \"hisory\""_qs;
    QTest::addRow("language without translation") << QStringList{u"--language"_qs, u"xx"_qs, u"--help"_qs} << 2
                                                   << u"no translation for this language"_qs;
}

// --language applies to one start: it is not saved, so the next command
// speaks the system language again.
void TestHistoryCli::languageOptionIsNotSaved()
{
    const Result gui = run({u"--language"_qs, u"ar_AE"_qs, u"--screenshot"_qs, m_dir->filePath(u"shot.png"_qs),
                            u"--quit-when-done"_qs});
    QCOMPARE(gui.exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"shot.png"_qs)));
    const Result list = run({u"history"_qs, u"list"_qs});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"has no runs yet"_qs), qPrintable(list.out));
}

void TestHistoryCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedText);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QString output = result.out + result.err;
    QVERIFY2(output.contains(expectedText), qPrintable(output));
}

void TestHistoryCli::exportImportRoundTrip()
{
    QCOMPARE(run({u"history"_qs, u"import"_qs, QFINDTESTDATA("data/minimal-run.json")}).exitCode, 0);
    const QString file = m_dir->filePath(QStringLiteral("exported.json"));
    QCOMPARE(run({u"history"_qs, u"export"_qs, u"1"_qs, file}).exitCode, 0);
    QVERIFY(QFile::exists(file));
    // The run is still in the history, so importing its export again is refused.
    const Result duplicate = run({u"history"_qs, u"import"_qs, file});
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY2(duplicate.err.contains(u"already in the history as run 1"_qs), qPrintable(duplicate.err));

    QCOMPARE(run({u"history"_qs, u"delete"_qs, u"1"_qs}).exitCode, 0);
    QCOMPARE(run({u"history"_qs, u"show"_qs, u"1"_qs}).exitCode, 2);
    const Result imported = run({u"history"_qs, u"import"_qs, file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"as run 2"_qs), qPrintable(imported.out));
    QCOMPARE(run({u"history"_qs, u"baseline"_qs, u"2"_qs}).exitCode, 0);
    const Result list = run({u"history"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(u"\"baseline\": true"_qs));
    QCOMPARE(run({u"history"_qs, u"show"_qs, u"2"_qs}).exitCode, 0);
}

void TestHistoryCli::garbageHistoryMovedAside()
{
    QVERIFY(QFile::copy(QFINDTESTDATA("data/garbage.sqlite"), dbPath()));
    const Result result = run({u"history"_qs, u"list"_qs});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"is not an SQLite database"_qs), qPrintable(result.err));
    QVERIFY2(result.err.contains(dbPath() + u".corrupt-"_qs), qPrintable(result.err));
    QCOMPARE(result.err.count(u"is not an SQLite database"_qs), 1);
}

namespace {

// An intact SQLite file of some other program, with one table.
bool writeForeignSqlite(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery query(raw);
        ok = ok && query.exec(QStringLiteral("CREATE TABLE listings (id INTEGER PRIMARY KEY, title TEXT)"));
        ok = ok && query.exec(QStringLiteral("INSERT INTO listings (title) VALUES ('Marina studio')"));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    return ok;
}

} // namespace

void TestHistoryCli::unusableFileHandling_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("namedWithDb"); // --db PATH, else $LINDA_HISTORY_DB
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedError");
    QTest::addRow("foreign file, --db") << u"foreign"_qs << true << 2 << u"is not a Linda Dashboard history"_qs;
    QTest::addRow("foreign file, default") << u"foreign"_qs << false << 0 << u"belongs to another application"_qs;
    QTest::addRow("garbage file, --db") << u"garbage"_qs << true << 0 << u"is not an SQLite database"_qs;
    QTest::addRow("garbage file, default") << u"garbage"_qs << false << 0 << u"is not an SQLite database"_qs;
    QTest::addRow("newer build, default") << u"newer"_qs << false << 2 << u"has schema version 99"_qs;
}

// A file named with --db that contains another application's tables is left
// alone. Anything else unusable is moved aside with one notice.
void TestHistoryCli::unusableFileHandling()
{
    QFETCH(QString, kind);
    QFETCH(bool, namedWithDb);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedError);

    const QString path = namedWithDb ? m_dir->filePath(u"other.db"_qs) : dbPath();
    if (kind == u"foreign"_qs) {
        QVERIFY(writeForeignSqlite(path));
    } else if (kind == u"newer"_qs) {
        // A real history, then marked as written by a later schema.
        QCOMPARE(run({u"history"_qs, u"import"_qs, QFINDTESTDATA("data/minimal-run.json")}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"newer"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_qs));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_qs);
    } else {
        QVERIFY(QFile::copy(QFINDTESTDATA("data/garbage.sqlite"), path));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    QStringList arguments{u"history"_qs, u"list"_qs};
    if (namedWithDb)
        arguments << u"--db"_qs << path;
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(expectedError), qPrintable(result.err));
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QCOMPARE(result.err.count(expectedError), 1);

    if (exitCode != 0) {
        // Rejected: the file and its folder are as they were, apart from
        // SQLite's -wal and -shm companions of a WAL database it read.
        QStringList filesAfter = QDir(m_dir->path()).entryList(QDir::Files);
        filesAfter.removeIf([](const QString &name) { return name.endsWith(u"-wal") || name.endsWith(u"-shm"); });
        QCOMPARE(filesAfter, filesBefore);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
        return;
    }
    QVERIFY2(result.err.contains(path + u".corrupt-"_qs), qPrintable(result.err));
    const QStringList moved =
        QDir(m_dir->path()).entryList({QFileInfo(path).fileName() + u".corrupt-*"_qs}, QDir::Files);
    QCOMPARE(moved.size(), 1);
    QVERIFY2(result.out.contains(u"no runs yet"_qs), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
