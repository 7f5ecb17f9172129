#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `linda-dashboard watch` and `replay` as a user runs them: the real
// executable, a real engine and the test data.
class TestWatchCli : public QObject
{
    Q_OBJECT

    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Output run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LINDA_DASHBOARD_PATH), arguments);
        if (!process.waitForFinished(60'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The per-second lines of a watch, split into their columns: time,
    // msgs/s, replies/s, p50, p95, p99, wait p95, queue, sessions, limited,
    // errors, heap MB.
    static QList<QStringList> healthLines(const QString &out)
    {
        static const QRegularExpression line(u"^\\s*\\d+s\\s"_qs);
        QList<QStringList> lines;
        for (const QString &text : out.split(u'\n')) {
            if (line.match(text).hasMatch())
                lines.append(text.split(u' ', Qt::SkipEmptyParts));
        }
        return lines;
    }

    static QString exportPath() { return QFINDTESTDATA("data/WhatsApp Chat with Marina Lettings June.txt"); }

private Q_SLOTS:
    void scenarioPrintsOneLinePerSecond()
    {
        const Output result = run({u"watch"_qs, u"--scenario"_qs, u"light"_qs, u"--duration"_qs, u"3"_qs});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QStringList> lines = healthLines(result.out);
        QCOMPARE(lines.size(), qsizetype(3));
        for (const QStringList &columns : lines) {
            QCOMPARE(columns.size(), qsizetype(12));
            QVERIFY2(columns.at(1).toDouble() > 0, qPrintable(columns.join(u' '))); // msgs/s
            QVERIFY2(columns.at(8).toInt() > 0, qPrintable(columns.join(u' ')));    // sessions
            QVERIFY2(columns.at(11).toDouble() > 0, qPrintable(columns.join(u' '))); // heap MB
        }
        QVERIFY(result.out.contains(u"Submitted 15 messages"_qs));
    }

    void chatExportReplayOpensASession()
    {
        const QString path = exportPath();
        QVERIFY(!path.isEmpty());
        const Output result = run({u"watch"_qs, u"--replay"_qs, path, u"--speed"_qs, u"0"_qs});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QStringList> lines = healthLines(result.out);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.constFirst().at(8), u"1"_qs); // one export, one chat session
        QVERIFY2(lines.constFirst().at(2).toDouble() > 0, qPrintable(result.out)); // replies/s
        QVERIFY2(result.out.contains(u"264 handled"_qs), qPrintable(result.out));
        static const QRegularExpression replies(u"(\\d+) replies"_qs);
        const QRegularExpressionMatch match = replies.match(result.out);
        QVERIFY(match.hasMatch());
        QVERIFY(match.captured(1).toInt() > 0);
    }

    void replayCommandRepliesToExport()
    {
        const Output result = run({u"replay"_qs, u"--json"_qs, exportPath()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        static const QRegularExpression replied(u"(\\d+) replied"_qs);
        const QRegularExpressionMatch match = replied.match(result.err); // the summary goes to stderr with --json
        QVERIFY2(match.hasMatch(), qPrintable(result.err));
        // The engine's clock follows the messages' timestamps, so all 46
        // commands, sent minutes apart, get a reply and no sender is rate limited.
        QCOMPARE(match.captured(1).toInt(), 46);
        QVERIFY2(!result.out.contains(u"faster than I can answer"_qs), qPrintable(result.out.left(400)));
        const QStringList records = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(records.size(), qsizetype(264));
        const auto status = std::find_if(records.cbegin(), records.cend(), [](const QString &record) {
            return record.contains(u"\"body\":\"/status\""_qs);
        });
        QVERIFY(status != records.cend());
        QVERIFY2(status->contains(u"\"reply\":\"*Status*"_qs), qPrintable(*status));
        // The printed record keeps what the parser read: no sender id was added.
        QVERIFY(status->contains(u"\"group_author\":null"_qs));
    }

    // An error in one part of a file, or one missing file, still replays
    // and prints every record that was read, and the exit code is 2.
    void replayKeepsRecordsAroundErrors()
    {
        QTemporaryDir dir;
        const QString chat = dir.filePath(u"note.txt"_qs);
        QFile file(chat);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Notes pasted above the export\n"
                   "12/03/2024, 10:15 - Omar: !help\n"
                   "12/03/2024, 10:16 - Omar: thanks\n");
        file.close();
        const QString ndjson = dir.filePath(u"messages.ndjson"_qs);
        QFile lines(ndjson);
        QVERIFY(lines.open(QIODevice::WriteOnly));
        lines.write("{\"id\":\"m1\",\"from\":\"971501234567@c.us\",\"body\":\"!status\",\"type\":\"chat\",\"timestamp\":1700000000}\n"
                    "not json\n"
                    "{\"id\":\"m2\",\"from\":\"971501234567@c.us\",\"body\":\"hello\",\"type\":\"chat\",\"timestamp\":1700000060}\n");
        lines.close();

        const Output result = run({u"replay"_qs, u"--json"_qs, chat, dir.filePath(u"missing.json"_qs), ndjson});

        QCOMPARE(result.exitCode, 2);
        const QStringList records = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(records.size(), qsizetype(4));
        QVERIFY2(records.at(0).contains(u"\"body\":\"!help\""_qs), qPrintable(records.at(0)));
        QVERIFY2(records.at(0).contains(u"\"reply\":\"*Commands*"_qs), qPrintable(records.at(0)));
        QVERIFY2(records.at(1).contains(u"\"body\":\"thanks\""_qs), qPrintable(records.at(1)));
        QVERIFY2(records.at(2).contains(u"\"id\":\"m1\""_qs), qPrintable(records.at(2)));
        QVERIFY2(records.at(3).contains(u"\"id\":\"m2\""_qs), qPrintable(records.at(3)));
        QVERIFY2(result.err.contains(u"note.txt:1:"_qs), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"missing.json"_qs), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"messages.ndjson:2:"_qs), qPrintable(result.err));
    }

    void badInputExitsWithUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown scenario") << QStringList{u"watch"_qs, u"--scenario"_qs, u"storm"_qs}
                                          << u"--scenario storm is not in the fixtures"_qs;
        QTest::addRow("missing replay file") << QStringList{u"watch"_qs, u"--replay"_qs, u"/nonexistent/chat.txt"_qs}
                                             << u"Cannot read the replay file /nonexistent/chat.txt"_qs;
        QTest::addRow("two sources") << QStringList{u"watch"_qs, u"--rate"_qs, u"5"_qs, u"--scenario"_qs, u"light"_qs}
                                     << u"give only one of"_qs;
        QTest::addRow("speed without replay") << QStringList{u"watch"_qs, u"--speed"_qs, u"2"_qs}
                                              << u"--speed applies only to --replay"_qs;
    }
    void badInputExitsWithUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Output result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(healthLines(result.out).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchCli)
#include "tst_watchcli.moc"
