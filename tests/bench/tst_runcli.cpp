#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The `run` subcommand as a user calls it: exit codes, reports and SIGINT.
class TestRunCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void singleCaseWritesReports();
    void interruptKeepsFinishedCases();
    void compareWithPreviousRun();

private:
    static QString program() { return QStringLiteral(LINDA_DASHBOARD_PATH); }

    // Starts the program with its history in a private folder.
    void start(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_qs, m_dataHome.path());
        process.setProcessEnvironment(environment);
        process.start(program(), arguments);
    }

    QTemporaryDir m_dataHome;
};

void TestRunCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown suite") << QStringList{u"--suite"_qs, u"speed"_qs} << u"--suite 'speed'"_qs;
    QTest::addRow("unknown profile") << QStringList{u"--profile"_qs, u"fast"_qs} << u"--profile 'fast'"_qs;
    QTest::addRow("pattern matches nothing") << QStringList{u"--case"_qs, u"bench.nothing.*"_qs}
                                             << u"bench.nothing.*"_qs;
    QTest::addRow("output folder missing") << QStringList{u"--json"_qs, u"/nonexistent-folder/run.json"_qs}
                                           << u"/nonexistent-folder"_qs;
    QTest::addRow("output path is a folder") << QStringList{u"--csv"_qs, QDir::tempPath()}
                                             << u"it is a folder"_qs;
    QTest::addRow("unknown compare target") << QStringList{u"--compare"_qs, u"yesterday"_qs} << u"yesterday"_qs;
    QTest::addRow("fixtures folder missing") << QStringList{u"--fixtures"_qs, u"/nonexistent-fixtures"_qs}
                                             << u"/nonexistent-fixtures"_qs;
    // Checked before any case runs, so a CI gate cannot pass uncompared.
    QTest::addRow("compare with a run not in the history")
        << QStringList{u"--case"_qs, u"bench.db.query"_qs, u"--compare"_qs, u"999"_qs} << u"has no run 999"_qs;
    QTest::addRow("compare with no baseline")
        << QStringList{u"--case"_qs, u"bench.db.query"_qs, u"--compare"_qs, u"baseline"_qs}
        << u"is marked as the baseline"_qs;
}

void TestRunCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    start(process, QStringList{u"run"_qs} + arguments);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    const QString stdoutText = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(!stdoutText.contains(u"Cases to run"_qs), qPrintable(stdoutText)); // refused before the run
}

void TestRunCli::singleCaseWritesReports()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"run.json"_qs);
    const QString junit = dir.filePath(u"run.xml"_qs);
    QProcess process;
    start(process, {u"run"_qs, u"--profile"_qs, u"quick"_qs, u"--case"_qs, u"bench.contacts.phone"_qs, u"--json"_qs,
                    json, u"--junit"_qs, junit});
    QVERIFY(process.waitForFinished(120'000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(output.contains(u"bench.contacts.phone"_qs), qPrintable(output));
    QVERIFY2(output.contains(u"Cases: 1; 1 pass"_qs), qPrintable(output));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray cases = root.value(u"cases"_qs).toArray();
    QCOMPARE(cases.size(), 1);
    QVERIFY(!cases.first().toObject().value(u"samples"_qs).toArray().isEmpty());
    QVERIFY(QFile::exists(junit));
}

void TestRunCli::interruptKeepsFinishedCases()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"run.json"_qs);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // The heavy scenario runs 10 s in the default profile; the interrupt
    // comes while it runs, after the first case has finished.
    start(process, {u"run"_qs, u"--case"_qs, u"bench.contacts.phone"_qs, u"--case"_qs, u"load.scenario.heavy"_qs,
                    u"--json"_qs, json});
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("load.scenario.heavy"), 60'000);
    QTest::qWait(500);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(root.value(u"cancelled"_qs).toBool());
    const QJsonArray cases = root.value(u"cases"_qs).toArray();
    QCOMPARE(cases.size(), 2);
    QCOMPARE(cases.at(0).toObject().value(u"verdict"_qs).toString(), u"pass"_qs);
    QCOMPARE(cases.at(1).toObject().value(u"verdict"_qs).toString(), u"cancelled"_qs);
}

void TestRunCli::compareWithPreviousRun()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"second.json"_qs);
    const QString junit = dir.filePath(u"second.xml"_qs);
    const QString pdf = dir.filePath(u"second.pdf"_qs);
    const QStringList arguments = {u"run"_qs, u"--profile"_qs, u"quick"_qs, u"--case"_qs, u"bench.parse.simple-text"_qs};
    QProcess first;
    start(first, arguments);
    QVERIFY(first.waitForFinished(120'000));
    QCOMPARE(first.exitCode(), 0);
    // Earlier tests share the history, so the run ids are read from the output.
    const QRegularExpression savedAs(u"Saved as run (\\d+) in the history"_qs);
    const QRegularExpressionMatch firstSaved = savedAs.match(QString::fromUtf8(first.readAllStandardOutput()));
    QVERIFY(firstSaved.hasMatch());
    const QString firstId = firstSaved.captured(1);

    QProcess second;
    start(second, arguments
                      + QStringList{u"--compare"_qs, u"previous"_qs, u"--json"_qs, json, u"--junit"_qs, junit,
                                    u"--pdf"_qs, pdf});
    QVERIFY(second.waitForFinished(120'000));
    // 0, or 1 if noise alone made a critical regression; never a usage error.
    QVERIFY2(second.exitCode() == 0 || second.exitCode() == 1, qPrintable(QString::number(second.exitCode())));
    const QString output = QString::fromUtf8(second.readAllStandardOutput());
    const QRegularExpressionMatch secondSaved = savedAs.match(output);
    QVERIFY2(secondSaved.hasMatch(), qPrintable(output));
    const QString secondId = secondSaved.captured(1);
    QVERIFY2(output.contains(QRegularExpression(u"bench\\.parse\\.simple-text +run "_qs + firstId + u' ')),
             qPrintable(output));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject comparison = QJsonDocument::fromJson(file.readAll()).object().value(u"comparison"_qs).toObject();
    QCOMPARE(comparison.value(u"target"_qs).toString(), u"previous"_qs);
    const QJsonArray cases = comparison.value(u"cases"_qs).toArray();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(u"referenceRunId"_qs).toInteger(), firstId.toLongLong());

    QFile xml(junit);
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const QString junitText = QString::fromUtf8(xml.readAll());
    QVERIFY2(junitText.contains(u"name=\"comparison.target\" value=\"previous\""_qs), qPrintable(junitText));
    QVERIFY2(junitText.contains(u"comparison with run "_qs + firstId + u": median"_qs), qPrintable(junitText));

    QPdfDocument document;
    QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
    QString pdfText;
    for (int page = 0; page < document.pageCount(); ++page)
        pdfText += document.getAllText(page).text() + u'\n';
    pdfText = pdfText.simplified();
    QVERIFY2(pdfText.contains(u"the previous run of each case with the quick profile: run "_qs + firstId),
             qPrintable(pdfText));
    QVERIFY2(pdfText.contains(u"run "_qs + secondId + u" in the history"_qs), qPrintable(pdfText));
}

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_runcli.moc"
