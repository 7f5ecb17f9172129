// Runs `linda-dashboard import-contacts` as a child process and checks its
// exit codes, messages and JSON report.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// HOME and XDG_DATA_HOME point into dir, so the default database of the
// command lands there and never in the user's profile.
CommandResult runImport(const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, dir.path());
    environment.insert(u"XDG_DATA_HOME"_qs, dir.filePath(u"data"_qs));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINDA_DASHBOARD_PATH), QStringList{u"import-contacts"_qs} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("import-contacts did not finish: %s", qPrintable(process.errorString()));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString testFile(const QString &name)
{
    return QFINDTESTDATA(u"data/"_qs + name);
}

qint64 contactCount(const QString &path)
{
    qint64 count = -1;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_importcontacts"_qs);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(u"SELECT count(*) FROM contacts"_qs, db);
            if (query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"tst_importcontacts"_qs);
    return count;
}

QString nameOf(const QString &path, const QString &e164)
{
    QString name;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_importcontacts"_qs);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT name FROM contacts WHERE e164 = ?"_qs);
            query.addBindValue(e164);
            if (query.exec() && query.next())
                name = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"tst_importcontacts"_qs);
    return name;
}

} // namespace

class TestImportContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonReport();
    void secondImportUnchanged();
    void textReportNamesRows();
    void dryRunCreatesNoDatabase();
    void defaultDatabaseInAppData();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void importsWithWarnings();
    void failedSyncExitsInternal();
};

void TestImportContacts::jsonReport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"linda.sqlite"_qs);
    const CommandResult result = runImport(dir, {testFile(u"google_new.csv"_qs), u"--db"_qs, db, u"--json"_qs});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"format").toString(), u"Google CSV"_qs);
    QCOMPARE(json.value(u"region").toString(), u"AE"_qs);
    QCOMPARE(json.value(u"dryRun").toBool(true), false);
    const QJsonArray rows = json.value(u"rows").toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].toObject().value(u"line").toInt(), 3);
    QCOMPARE(rows[1].toObject().value(u"action").toString(), u"duplicate"_qs);
    QCOMPARE(json.value(u"totals").toObject().value(u"added").toInt(), 2);
    QCOMPARE(contactCount(db), 3);
}

void TestImportContacts::secondImportUnchanged()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"linda.sqlite"_qs);
    const QStringList arguments{testFile(u"vcard21_quoted_printable.vcf"_qs), u"--db"_qs, db, u"--json"_qs};
    QCOMPARE(runImport(dir, arguments).exitCode, 0);

    const CommandResult second = runImport(dir, arguments);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QJsonObject totals = QJsonDocument::fromJson(second.out).object().value(u"totals").toObject();
    QCOMPARE(totals.value(u"unchanged").toInt(), 3);
    QCOMPARE(totals.value(u"added").toInt(), 0);
    QCOMPARE(contactCount(db), 5);
}

void TestImportContacts::textReportNamesRows()
{
    QTemporaryDir dir;
    const CommandResult result
        = runImport(dir, {testFile(u"google_legacy.csv"_qs), u"--db"_qs, dir.filePath(u"linda.sqlite"_qs)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(u"+971501234567 (Mobile)"), qPrintable(text));
    QVERIFY2(text.contains(u"\"050 12\": not a valid number"), qPrintable(text));
    QVERIFY2(text.contains(u"4 contacts: 3 added, 0 updated, 0 unchanged, 0 duplicate, 1 invalid"), qPrintable(text));
}

void TestImportContacts::dryRunCreatesNoDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"linda.sqlite"_qs);
    const CommandResult result
        = runImport(dir, {testFile(u"vcard40_tel_uri.vcf"_qs), u"--db"_qs, db, u"--dry-run"_qs, u"--json"_qs});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"dryRun").toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"totals").toObject().value(u"added").toInt(), 2);
    QVERIFY(!QFile::exists(db));
}

void TestImportContacts::defaultDatabaseInAppData()
{
    QTemporaryDir dir;
    const CommandResult result = runImport(dir, {testFile(u"vcard40_tel_uri.vcf"_qs), u"--json"_qs});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString db = QJsonDocument::fromJson(result.out).object().value(u"database").toString();
    QVERIFY2(db.startsWith(dir.filePath(u"data"_qs)), qPrintable(db));
    QVERIFY2(db.endsWith(u"/linda.sqlite"), qPrintable(db));
    QCOMPARE(contactCount(db), 3);
}

void TestImportContacts::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("content"); // written to a file unless empty
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    QTest::addRow("vCard unknown charset")
        << QByteArray("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=X-NOPE:A\nTEL:0501234567\nEND:VCARD\n") << QStringList()
        << u"contacts.txt:3: unsupported CHARSET=X-NOPE"_qs;
    QTest::addRow("CSV unclosed quote") << QByteArray("Name,Phone 1 - Value\n\"Omar,0501234567\n") << QStringList()
                                        << u"contacts.txt:2: the quoted field"_qs;
    QTest::addRow("unknown format") << QByteArray("hello\n") << QStringList() << u"contacts.txt:1: neither a vCard"_qs;
    QTest::addRow("missing file") << QByteArray() << QStringList() << u"cannot read"_qs;
    QTest::addRow("unknown region") << QByteArray("BEGIN:VCARD\nEND:VCARD\n") << QStringList{u"--region"_qs, u"XX"_qs}
                                    << u"--region XX"_qs;
    QTest::addRow("two files") << QByteArray("BEGIN:VCARD\nEND:VCARD\n") << QStringList{u"other.vcf"_qs}
                               << u"expected one FILE, got 2"_qs;
}

void TestImportContacts::rejectsBadInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"contacts.txt"_qs);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString db = dir.filePath(u"linda.sqlite"_qs);
    const CommandResult result = runImport(dir, QStringList{path, u"--db"_qs, db} + options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(db));
}

// A card without END:VCARD is imported, and the warning names its line.
void TestImportContacts::importsWithWarnings()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"linda.sqlite"_qs);
    const CommandResult result = runImport(dir, {testFile(u"vcard30_missing_end.vcf"_qs), u"--db"_qs, db});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(u"vcard30_missing_end.vcf:5: warning: the card that starts here has no "
                                 "END:VCARD; it was read up to the BEGIN:VCARD on line 9"_qs),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"vcard30_missing_end.vcf:15: warning:"_qs), qPrintable(result.err));
    QCOMPARE(contactCount(db), 4);
}

void TestImportContacts::failedSyncExitsInternal()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"linda.sqlite"_qs);
    QCOMPARE(runImport(dir, {testFile(u"vcard40_tel_uri.vcf"_qs), u"--db"_qs, db}).exitCode, 0);
    {
        auto connection = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_importcontacts_trigger"_qs);
        connection.setDatabaseName(db);
        QVERIFY(connection.open());
        QSqlQuery query(connection);
        QVERIFY(query.exec(u"CREATE TRIGGER reject_contact BEFORE INSERT ON contacts WHEN NEW.name = 'Layla Sayed'"
                           " BEGIN SELECT RAISE(ABORT, 'rejected by the test trigger'); END"_qs));
    }
    QSqlDatabase::removeDatabase(u"tst_importcontacts_trigger"_qs);

    // Omar (line 1, new numbers) comes before Layla (line 28) in the file.
    const CommandResult result = runImport(dir, {testFile(u"vcard30_folded_groups.vcf"_qs), u"--db"_qs, db});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(u"line 28"), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"no contact was changed"), qPrintable(result.err));
    QCOMPARE(contactCount(db), 3);
    // Omar's card would have renamed this number before the failure.
    QCOMPARE(nameOf(db, u"+97142345678"_qs), u"Sara Al Marzouqi"_qs);
}

QTEST_GUILESS_MAIN(TestImportContacts)
#include "tst_importcontacts.moc"
