#include "bench/history/regression.h"
#include "syntheticsamples.h"

#include <QTest>

using namespace linda::bench;

class TestRegression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectSizeAndSeverity_data();
    void effectSizeAndSeverity();
    void throughputDropIsRegression();
    void smallChangeNeverFlagged();
    void noisySmallSampleNotFlagged();
    void aaComparisonsRarelyFlag();
    void abTenPercentDetected();
    void erroredCaseNotComparable();
    void missingReferenceIsNew();
    void differentUnitsNotComparable();
    void sampleUnitDirection_data();
    void sampleUnitDirection();
};

namespace {

QList<double> scaled(const QList<double> &values, double factor)
{
    QList<double> result;
    for (const double v : values)
        result << v * factor;
    return result;
}

CaseResult latencyCase(const QList<double> &samples, const QString &unit = QStringLiteral("ns"))
{
    CaseResult c;
    c.info.id = QStringLiteral("bench.parse.simple-text");
    c.verdict = Verdict::Pass;
    c.samples = samples;
    c.sampleUnit = unit;
    return c;
}

} // namespace

void TestRegression::effectSizeAndSeverity_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<ChangeKind>("kind");
    QTest::addColumn<Severity>("severity");

    QTest::addRow("3 %% slower unchanged") << 1.03 << ChangeKind::Unchanged << Severity::None;
    QTest::addRow("6 %% slower medium") << 1.06 << ChangeKind::Regression << Severity::Medium;
    QTest::addRow("12 %% slower high") << 1.12 << ChangeKind::Regression << Severity::High;
    QTest::addRow("25 %% slower critical") << 1.25 << ChangeKind::Regression << Severity::Critical;
    QTest::addRow("15 %% faster improvement") << 0.85 << ChangeKind::Improvement << Severity::None;
}

// Scaling every sample shifts the median by exactly the factor, and with
// 300 samples of 2 % spread each shift above is far beyond noise.
void TestRegression::effectSizeAndSeverity()
{
    QFETCH(double, factor);
    QFETCH(ChangeKind, kind);
    QFETCH(Severity, severity);

    SyntheticSamples random(7);
    const QList<double> reference = random.logNormal(300, 1000.0, 0.02);
    const QList<double> current = random.logNormal(300, 1000.0, 0.02);
    const CaseComparison c = compareSamples(reference, scaled(current, factor), false);
    QCOMPARE(c.kind, kind);
    QCOMPARE(c.severity, severity);
    QVERIFY(qAbs(c.relativeChange - (factor - 1.0)) < 0.01);
}

void TestRegression::throughputDropIsRegression()
{
    SyntheticSamples random(11);
    const QList<double> reference = random.logNormal(50, 5000.0, 0.02);
    const QList<double> current = scaled(random.logNormal(50, 5000.0, 0.02), 0.85);
    const CaseComparison c = compareCase(latencyCase(reference, QStringLiteral("ops/s")),
                                         latencyCase(current, QStringLiteral("ops/s")));
    QCOMPARE(c.kind, ChangeKind::Regression);
    QCOMPARE(c.severity, Severity::High);
    QVERIFY(c.relativeChange < 0);
    QVERIFY(c.worseningChange > 0.10);
}

// 2 % slower with 5000 samples is highly significant, but below the minimum effect.
void TestRegression::smallChangeNeverFlagged()
{
    SyntheticSamples random(3);
    const QList<double> reference = random.logNormal(5000, 1000.0, 0.05);
    const QList<double> current = scaled(random.logNormal(5000, 1000.0, 0.05), 1.02);
    const CaseComparison c = compareSamples(reference, current, false);
    QVERIFY(c.pValue < 0.001);
    QCOMPARE(c.kind, ChangeKind::Unchanged);
}

// Three samples per side cannot reach p < 0.05 in a two-sided exact test
// (the smallest p is 2 / C(6, 3) = 0.1), however large the change.
void TestRegression::noisySmallSampleNotFlagged()
{
    const CaseComparison c = compareSamples(QList<double>{100, 101, 102}, QList<double>{150, 151, 152}, false);
    QVERIFY(c.pValue > 0.05);
    QCOMPARE(c.kind, ChangeKind::Unchanged);
    QVERIFY(c.relativeChange > 0.4);
}

// 20 comparisons of two independent draws from one distribution with 10 %
// spread: at most one may be flagged.
void TestRegression::aaComparisonsRarelyFlag()
{
    SyntheticSamples random(2024);
    int flagged = 0;
    for (int i = 0; i < 20; ++i) {
        const CaseComparison c = compareSamples(random.logNormal(200, 1000.0, 0.10),
                                                random.logNormal(200, 1000.0, 0.10), false);
        flagged += c.kind == ChangeKind::Regression || c.kind == ChangeKind::Improvement ? 1 : 0;
    }
    QVERIFY2(flagged <= 1, qPrintable(QStringLiteral("%1 of 20 A/A comparisons flagged").arg(flagged)));
}

// 20 comparisons with the second distribution 10 % slower: at least 19 flagged.
void TestRegression::abTenPercentDetected()
{
    SyntheticSamples random(4096);
    int flagged = 0;
    for (int i = 0; i < 20; ++i) {
        const CaseComparison c = compareSamples(random.logNormal(200, 1000.0, 0.10),
                                                random.logNormal(200, 1100.0, 0.10), false);
        flagged += c.kind == ChangeKind::Regression ? 1 : 0;
    }
    QVERIFY2(flagged >= 19, qPrintable(QStringLiteral("%1 of 20 A/B comparisons flagged").arg(flagged)));
}

void TestRegression::erroredCaseNotComparable()
{
    CaseResult current = latencyCase({1, 2, 3});
    current.verdict = Verdict::Error;
    const CaseComparison c = compareCase(latencyCase({1, 2, 3}), current);
    QCOMPARE(c.kind, ChangeKind::NotComparable);
    QVERIFY(!c.note.isEmpty());
}

void TestRegression::missingReferenceIsNew()
{
    const CaseComparison c = compareCase(CaseResult{}, latencyCase({1, 2, 3}));
    QCOMPARE(c.kind, ChangeKind::New);
    QCOMPARE(c.caseId, QStringLiteral("bench.parse.simple-text"));
}

void TestRegression::differentUnitsNotComparable()
{
    const CaseComparison c = compareCase(latencyCase({1, 2, 3}, QStringLiteral("ns")),
                                         latencyCase({1, 2, 3}, QStringLiteral("bytes")));
    QCOMPARE(c.kind, ChangeKind::NotComparable);
    QVERIFY(c.note.contains(QStringLiteral("bytes")));
}

void TestRegression::sampleUnitDirection_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addRow("ns") << QStringLiteral("ns") << false;
    QTest::addRow("bytes") << QStringLiteral("bytes") << false;
    QTest::addRow("ops/s") << QStringLiteral("ops/s") << true;
    QTest::addRow("messages/s") << QStringLiteral("messages/s") << true;
}

void TestRegression::sampleUnitDirection()
{
    QFETCH(QString, unit);
    QFETCH(bool, higherIsBetter);
    QCOMPARE(higherSamplesAreBetter(unit), higherIsBetter);
}

QTEST_GUILESS_MAIN(TestRegression)
#include "tst_regression.moc"
