#include "bench/history/comparison.h"
#include "bench/reportwriters.h"
#include "sampleruns.h"

#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

using namespace linda::bench;

namespace {

// One <testcase> of a JUnit document.
struct JUnitCase
{
    QString failureType; // empty when the case has no <failure>
    QString failureMessage;
    QString text; // the <failure> text or the <system-out>
};

struct JUnitDocument
{
    int failures = -1; // of <testsuites>
    QHash<QString, QString> properties; // of the first <testsuite>
    QHash<QString, JUnitCase> cases;
};

JUnitDocument parseJUnit(const QByteArray &data)
{
    JUnitDocument document;
    QXmlStreamReader xml(data);
    QString caseName;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attribute = [&xml](const char *name) { return xml.attributes().value(QLatin1String(name)).toString(); };
        if (xml.name() == u"testsuites") {
            document.failures = attribute("failures").toInt();
        } else if (xml.name() == u"property" && !document.properties.contains(attribute("name"))) {
            document.properties.insert(attribute("name"), attribute("value"));
        } else if (xml.name() == u"testcase") {
            caseName = attribute("name");
            document.cases.insert(caseName, {});
        } else if (xml.name() == u"failure") {
            JUnitCase &c = document.cases[caseName];
            c.failureType = attribute("type");
            c.failureMessage = attribute("message");
            c.text = xml.readElementText();
        } else if (xml.name() == u"system-out") {
            document.cases[caseName].text = xml.readElementText();
        }
    }
    return document;
}

QDateTime at(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
}

} // namespace

// The comparison as runToJUnit() writes it: properties, a line per case and
// a failure for each critical regression.
class TestComparisonJUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regressionInJUnit_data();
    void regressionInJUnit();
    void failedComparisonInJUnit();
    void withoutComparisonUnchanged();
};

void TestComparisonJUnit::regressionInJUnit_data()
{
    QTest::addColumn<double>("currentMedianNs");
    QTest::addColumn<bool>("thresholdFailed");
    QTest::addColumn<QString>("expectedVerdict");
    QTest::addColumn<QString>("expectedFailureType"); // of bench.parse.simple-text; empty: none
    QTest::addColumn<int>("expectedFailures");

    QTest::addRow("unchanged") << 2000.0 << false << u"unchanged"_qs << QString() << 0;
    QTest::addRow("medium regression") << 2150.0 << false << u"regression (medium)"_qs << QString() << 0;
    QTest::addRow("high regression") << 2300.0 << false << u"regression (high)"_qs << QString() << 0;
    QTest::addRow("critical regression") << 2500.0 << false << u"regression (critical)"_qs << u"regression"_qs << 1;
    QTest::addRow("improvement") << 1500.0 << false << u"improvement"_qs << QString() << 0;
    QTest::addRow("critical and threshold failed") << 2500.0 << true << u"regression (critical)"_qs
                                                   << u"threshold"_qs << 1;
}

void TestComparisonJUnit::regressionInJUnit()
{
    QFETCH(double, currentMedianNs);
    QFETCH(bool, thresholdFailed);
    QFETCH(QString, expectedVerdict);
    QFETCH(QString, expectedFailureType);
    QFETCH(int, expectedFailures);

    const RunResult reference = sampleruns::run(at(1), Profile::Quick, 2000.0);
    RunResult current = sampleruns::run(at(2), Profile::Quick, currentMedianNs);
    if (thresholdFailed) {
        current.cases[0].verdict = Verdict::Fail;
        current.cases[0].verdictReason = u"p95 exceeds its limit"_qs;
    }
    ComparisonReport report = compareRunPair(reference, current);
    report.referenceRunId = 5;
    for (CaseComparison &c : report.cases)
        c.referenceRunId = 5;

    const JUnitDocument document = parseJUnit(runToJUnit(current, junitComparison(report)));
    QCOMPARE(document.failures, expectedFailures);
    QCOMPARE(document.properties.value(u"comparison.target"_qs), u"run"_qs);
    QCOMPARE(document.properties.value(u"comparison.referenceRunId"_qs), u"5"_qs);
    QCOMPARE(document.properties.value(u"comparison.critical"_qs), expectedFailureType.isEmpty() ? u"0"_qs : u"1"_qs);

    const JUnitCase parse = document.cases.value(u"bench.parse.simple-text"_qs);
    QVERIFY2(parse.text.contains(u"comparison with run 5"_qs), qPrintable(parse.text));
    QVERIFY2(parse.text.contains(expectedVerdict), qPrintable(parse.text));
    QCOMPARE(parse.failureType, expectedFailureType);
    if (expectedFailureType == u"regression")
        QVERIFY2(parse.failureMessage.contains(u"critical regression against run 5"_qs), qPrintable(parse.failureMessage));

    // The unchanged second case gets its line and no failure.
    const JUnitCase other = document.cases.value(current.cases.at(1).info.id);
    QVERIFY(other.failureType.isEmpty());
    QVERIFY2(other.text.contains(u"unchanged"_qs), qPrintable(other.text));
}

void TestComparisonJUnit::failedComparisonInJUnit()
{
    const RunResult current = sampleruns::run(at(2));
    ComparisonReport report;
    report.request.target = CompareTarget::Baseline;
    report.error = u"No baseline run is saved for the quick profile."_qs;

    const JUnitDocument document = parseJUnit(runToJUnit(current, junitComparison(report)));
    QCOMPARE(document.failures, 0);
    QCOMPARE(document.properties.value(u"comparison.target"_qs), u"baseline"_qs);
    QCOMPARE(document.properties.value(u"comparison.error"_qs), report.error);
    for (const JUnitCase &c : document.cases)
        QVERIFY2(!c.text.contains(u"comparison with"_qs), qPrintable(c.text));
}

void TestComparisonJUnit::withoutComparisonUnchanged()
{
    const RunResult current = sampleruns::run(at(2));
    QCOMPARE(runToJUnit(current, JUnitComparison{}), runToJUnit(current));
}

QTEST_GUILESS_MAIN(TestComparisonJUnit)
#include "tst_comparisonjunit.moc"
