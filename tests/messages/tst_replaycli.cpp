// Runs `linda-dashboard replay` as a child process and checks that a bad file
// among several neither hides the others nor passes unnoticed.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReplayCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileIsRead_data();
    void everyFileIsRead();
};

void TestReplayCli::everyFileIsRead_data()
{
    const QString good = QFINDTESTDATA("data/chat-ios-dmy.txt");
    const QString invalid = QFINDTESTDATA("data/chat-invalid-utf8.txt");
    const QString missing = u"/nonexistent-folder/chat.txt"_qs;
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::addRow("good file") << QStringList{good} << 0 << QString();
    QTest::addRow("invalid file first") << QStringList{invalid, good} << 2 << u"not valid UTF-8"_qs;
    QTest::addRow("missing file first") << QStringList{missing, good} << 2 << u"cannot open"_qs;
}

void TestReplayCli::everyFileIsRead()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    QVERIFY(!files.contains(QString())); // QFINDTESTDATA found every file

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, home.path());
    environment.insert(u"XDG_DATA_HOME"_qs, home.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINDA_DASHBOARD_PATH), QStringList{u"replay"_qs} + files);
    QVERIFY(process.waitForFinished(120'000));

    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(err.contains(error), qPrintable(err));
    // The last file is good: its summary line shows although an earlier file failed.
    QVERIFY2(out.contains(files.last() + u": chat, "_qs), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestReplayCli)
#include "tst_replaycli.moc"
