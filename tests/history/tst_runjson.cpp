#include "bench/history/runjson.h"
#include "sampleruns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace linda::bench;

class TestRunJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField();
    void roundTripKeepsSamplesExactly();
    void minimalFileReads();
    void invalidFileNamesPath_data();
    void invalidFileNamesPath();
    void nonFiniteFigureWrittenAsNull();
};

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data %s is missing", qPrintable(name));
    return file.readAll();
}

} // namespace

void TestRunJson::roundTripKeepsEveryField()
{
    const RunResult original = sampleruns::run(QDateTime(QDate(2026, 12, 1), QTime(9, 30, 0, 125), Qt::UTC));
    const QJsonObject json = runFileToJson(original);
    QString error;
    const std::optional<RunResult> back = runFileFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    // Writing the read-back run gives the same document, so no field was dropped or changed.
    QCOMPARE(runFileToJson(*back), json);
    QCOMPARE(back->startedAt, original.startedAt);
    QCOMPARE(back->request.minTimePerCase, original.request.minTimePerCase);
    QCOMPARE(back->cases.size(), 2);
    QCOMPARE(back->cases.at(0).checks.size(), 1);
    QCOMPARE(back->cases.at(0).checks.at(0).source, original.cases.at(0).checks.at(0).source);
    QCOMPARE(back->cases.at(0).series.at(0).points, original.cases.at(0).series.at(0).points);
    QCOMPARE(back->cases.at(0).info.parameters, original.cases.at(0).info.parameters);
    QCOMPARE(back->cases.at(1).higherIsBetter, true);
}

void TestRunJson::roundTripKeepsSamplesExactly()
{
    RunResult original = sampleruns::run(QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    original.cases[0].samples = {0.1, 1.0 / 3.0, 123456789.123456789, 5e-300};
    const QByteArray text = QJsonDocument(runFileToJson(original)).toJson();
    QString error;
    const std::optional<RunResult> back = runFileFromBytes(text, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->cases.at(0).samples, original.cases.at(0).samples);
}

void TestRunJson::minimalFileReads()
{
    QString error;
    const std::optional<RunResult> run = runFileFromBytes(readData(QStringLiteral("minimal-run.json")), &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->request.profile, Profile::Quick);
    QCOMPARE(run->cases.size(), 1);
    QCOMPARE(run->cases.at(0).info.id, QStringLiteral("bench.db.query"));
    QCOMPARE(run->cases.at(0).samples.size(), 4);
    QCOMPARE(run->cases.at(0).batchSize, qint64(1));
}

void TestRunJson::invalidFileNamesPath_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedStart");

    QTest::addRow("string sample") << QStringLiteral("bad-sample.json")
                                   << QStringLiteral("run.cases[0].samples[2]: expected a finite number");
    QTest::addRow("missing case id") << QStringLiteral("missing-case-id.json")
                                     << QStringLiteral("run.cases[1].info.id: the member is missing");
    QTest::addRow("foreign format") << QStringLiteral("foreign-format.json") << QStringLiteral("format: expected");
    QTest::addRow("newer version") << QStringLiteral("newer-version.json")
                                   << QStringLiteral("formatVersion: version 7 is not supported");
    QTest::addRow("unknown profile") << QStringLiteral("unknown-profile.json")
                                     << QStringLiteral("run.request.profile: 'extreme' is not a known value");
    QTest::addRow("bad time") << QStringLiteral("bad-time.json")
                              << QStringLiteral("run.startedAt: 'yesterday' is not an ISO 8601");
    QTest::addRow("syntax error") << QStringLiteral("syntax-error.json") << QStringLiteral("line 3, column ");
}

void TestRunJson::invalidFileNamesPath()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedStart);
    QString error;
    QVERIFY(!runFileFromBytes(readData(file), &error));
    QVERIFY2(error.startsWith(expectedStart), qPrintable(error));
}

void TestRunJson::nonFiniteFigureWrittenAsNull()
{
    RunResult run = sampleruns::run(QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    run.cases[0].baselineRatio = std::numeric_limits<double>::quiet_NaN();
    const QJsonObject json = runRecordToJson(run);
    QVERIFY(json.value(QStringLiteral("cases")).toArray().at(0).toObject().value(QStringLiteral("baselineRatio")).isNull());
    QString error;
    const std::optional<RunResult> back = runRecordFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(std::isnan(back->cases.at(0).baselineRatio));
}

QTEST_GUILESS_MAIN(TestRunJson)
#include "tst_runjson.moc"
