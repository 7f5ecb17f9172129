#include "resultspanel.h"
#include "resultstablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace linda;
using linda::ui::ResultsTableModel;

namespace {

bench::CaseInfo info(const QString &id, bench::Suite suite, bench::CaseKind kind = bench::CaseKind::Latency)
{
    bench::CaseInfo i;
    i.id = id;
    i.suite = suite;
    i.title = id;
    i.kind = kind;
    i.unit = kind == bench::CaseKind::Throughput ? QStringLiteral("ops/s") : QStringLiteral("ms");
    return i;
}

QList<bench::CaseInfo> threeCases()
{
    return {info(QStringLiteral("bench.parse.simple-text"), bench::Suite::Benchmark),
            info(QStringLiteral("load.queue.100x4"), bench::Suite::Load, bench::CaseKind::Throughput),
            info(QStringLiteral("mem.baseline"), bench::Suite::Memory, bench::CaseKind::Memory)};
}

// A latency result with percentiles given in ms, stored as ns like the runner does.
bench::CaseResult latencyResult(const bench::CaseInfo &caseInfo, double p50Ms, double p95Ms,
                                bench::Verdict verdict)
{
    bench::CaseResult r;
    r.info = caseInfo;
    r.verdict = verdict;
    r.sampleUnit = QStringLiteral("ns");
    r.samples = {p50Ms * 1e6, p95Ms * 1e6};
    r.stats.count = 2;
    r.stats.p50 = p50Ms * 1e6;
    r.stats.p95 = p95Ms * 1e6;
    r.stats.p99 = p95Ms * 1e6;
    r.stats.max = p95Ms * 1e6;
    r.threshold = 50;
    r.throughput = 1000.0 / p50Ms;
    return r;
}

QList<PerformanceBand> bands()
{
    const auto band = [](PerformanceCategory c, double lo, std::optional<double> hi, double tlo,
                         std::optional<double> thi) {
        PerformanceBand b;
        b.category = c;
        b.responseTimeMs = ValueRange{lo, hi};
        b.throughputOpsPerSec = ValueRange{tlo, thi};
        return b;
    };
    return {band(PerformanceCategory::Excellent, 0, 30, 1000, std::nullopt),
            band(PerformanceCategory::Good, 30, 100, 500, 1000),
            band(PerformanceCategory::Acceptable, 100, 200, 200, 500),
            band(PerformanceCategory::Degraded, 200, 500, 50, 200)};
}

} // namespace

class TestResultsTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterAcrossRun();
    void startRunQueuesEveryCase();
    void resultUpdatesRowInPlace();
    void selectionSurvivesUpdate();
    void percentilesInMilliseconds();
    void baselineRatioText_data();
    void baselineRatioText();
    void latencyRating_data();
    void latencyRating();
    void throughputBelowCaseMinimumFails_data();
    void throughputBelowCaseMinimumFails();
    void headerToolTipsGiveUnits_data();
    void headerToolTipsGiveUnits();
    void cancelledRunMarksUnfinished();
    void unknownCaseAppendsRow();
    void proxyFiltersBySuite();
    void copyAsTsv();
};

void TestResultsTableModel::modelTesterAcrossRun()
{
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBands(ui::PerformanceBands(bands()));
    const auto cases = threeCases();
    model.startRun(cases);
    model.markRunning(cases[0].id);
    model.setResult(latencyResult(cases[0], 0.01, 0.02, bench::Verdict::Pass));
    model.markRunning(cases[1].id);
    model.finishRun(true);
    model.startRun({});
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsTableModel::startRunQueuesEveryCase()
{
    ResultsTableModel model;
    model.startRun(threeCases());
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.rowState(row), ResultsTableModel::RowState::Queued);
        QCOMPARE(model.index(row, ResultsTableModel::VerdictColumn).data().toString(), u"queued"_qs);
    }
}

void TestResultsTableModel::resultUpdatesRowInPlace()
{
    ResultsTableModel model;
    const auto cases = threeCases();
    model.startRun(cases);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setResult(latencyResult(cases[1], 1, 2, bench::Verdict::Warn));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, ResultsTableModel::VerdictColumn).data().toString(), u"warn"_qs);
}

void TestResultsTableModel::selectionSurvivesUpdate()
{
    ResultsTableModel model;
    const auto cases = threeCases();
    model.startRun(cases);
    QItemSelectionModel selection(&model);
    selection.select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    model.markRunning(cases[2].id);
    model.setResult(latencyResult(cases[2], 1, 2, bench::Verdict::Pass));

    QVERIFY(selection.isRowSelected(2, {}));
    QCOMPARE(selection.selectedRows().size(), 1);
}

void TestResultsTableModel::percentilesInMilliseconds()
{
    ResultsTableModel model;
    const auto cases = threeCases();
    model.startRun(cases);
    model.setResult(latencyResult(cases[0], 0.25, 4, bench::Verdict::Pass));

    const auto sortValue = [&](int column) {
        return model.index(0, column).data(ResultsTableModel::SortRole).toDouble();
    };
    QCOMPARE(sortValue(ResultsTableModel::P50Column), 0.25);
    QCOMPARE(sortValue(ResultsTableModel::P95Column), 4.0);
    QCOMPARE(model.index(0, ResultsTableModel::P50Column).data().toString(), u"0.250 ms"_qs);
    QCOMPARE(model.index(0, ResultsTableModel::ThresholdColumn).data().toString(), u"≤ 50 ms"_qs);
}

void TestResultsTableModel::baselineRatioText_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<QString>("text");
    QTest::addRow("no baseline") << 0.0 << QString();
    QTest::addRow("far below") << 8.62e-5 << u"< 0.001×"_qs;
    QTest::addRow("just at the floor") << 0.001 << u"0.001×"_qs;
    QTest::addRow("below expected") << 0.0152 << u"0.0152×"_qs;
    QTest::addRow("over expected") << 1.94 << u"1.94×"_qs;
}

void TestResultsTableModel::baselineRatioText()
{
    QFETCH(double, ratio);
    QFETCH(QString, text);
    ResultsTableModel model;
    const auto cases = threeCases();
    model.startRun(cases);
    bench::CaseResult result = latencyResult(cases[0], 0.25, 4, bench::Verdict::Pass);
    result.baselineRatio = ratio;
    model.setResult(result);
    QCOMPARE(model.index(0, ResultsTableModel::BaselineRatioColumn).data().toString(), text);
    QCOMPARE(model.index(0, ResultsTableModel::BaselineRatioColumn).data(ResultsTableModel::SortRole).toDouble(), ratio);
}

void TestResultsTableModel::latencyRating_data()
{
    QTest::addColumn<double>("p95Ms");
    QTest::addColumn<int>("rating");
    QTest::addRow("excellent") << 0.5 << int(ui::Rating::Excellent);
    QTest::addRow("good at band start") << 30.0 << int(ui::Rating::Good);
    QTest::addRow("acceptable") << 150.0 << int(ui::Rating::Acceptable);
    QTest::addRow("degraded") << 499.0 << int(ui::Rating::Degraded);
    QTest::addRow("failing beyond degraded") << 500.0 << int(ui::Rating::Failing);
}

void TestResultsTableModel::latencyRating()
{
    QFETCH(double, p95Ms);
    QFETCH(int, rating);
    ResultsTableModel model;
    model.setBands(ui::PerformanceBands(bands()));
    const auto cases = threeCases();
    model.startRun(cases);
    model.setResult(latencyResult(cases[0], 0.1, p95Ms, bench::Verdict::Pass));

    const QModelIndex p95 = model.index(0, ResultsTableModel::P95Column);
    QCOMPARE(p95.data(ResultsTableModel::RatingRole).toInt(), rating);
    QCOMPARE(p95.data(Qt::BackgroundRole).value<QColor>(), ui::ratingBackground(ui::Rating(rating)));
}

void TestResultsTableModel::throughputBelowCaseMinimumFails_data()
{
    QTest::addColumn<double>("throughput");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<int>("rating");
    QTest::addRow("excellent band, below the case minimum") << 2107.0 << 10000.0 << int(ui::Rating::Failing);
    QTest::addRow("excellent band, above the case minimum") << 12000.0 << 10000.0 << int(ui::Rating::Excellent);
    QTest::addRow("no case minimum") << 2107.0 << 0.0 << int(ui::Rating::Excellent);
}

void TestResultsTableModel::throughputBelowCaseMinimumFails()
{
    QFETCH(double, throughput);
    QFETCH(double, minimum);
    QFETCH(int, rating);
    ResultsTableModel model;
    model.setBands(ui::PerformanceBands(bands()));
    const auto cases = threeCases();
    model.startRun(cases);
    bench::CaseResult r;
    r.info = cases[1];
    r.verdict = minimum > throughput ? bench::Verdict::Fail : bench::Verdict::Pass;
    r.sampleUnit = QStringLiteral("ops/s");
    r.samples = {throughput};
    r.throughput = throughput;
    r.threshold = minimum;
    r.higherIsBetter = true;
    model.setResult(r);

    const QModelIndex cell = model.index(1, ResultsTableModel::ThroughputColumn);
    QCOMPARE(cell.data(ResultsTableModel::RatingRole).toInt(), rating);
}

void TestResultsTableModel::headerToolTipsGiveUnits_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("unit");
    QTest::addRow("p50") << int(ResultsTableModel::P50Column) << u"ms"_qs;
    QTest::addRow("p99") << int(ResultsTableModel::P99Column) << u"ms"_qs;
    QTest::addRow("throughput") << int(ResultsTableModel::ThroughputColumn) << u"per second"_qs;
    QTest::addRow("baseline ratio") << int(ResultsTableModel::BaselineRatioColumn) << u"1×"_qs;
}

void TestResultsTableModel::headerToolTipsGiveUnits()
{
    QFETCH(int, column);
    QFETCH(QString, unit);
    const ResultsTableModel model;
    const QString tip = model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(unit), qPrintable(tip));
}

void TestResultsTableModel::cancelledRunMarksUnfinished()
{
    ResultsTableModel model;
    const auto cases = threeCases();
    model.startRun(cases);
    model.setResult(latencyResult(cases[0], 1, 2, bench::Verdict::Pass));
    model.markRunning(cases[1].id);

    model.finishRun(true);

    QCOMPARE(model.index(0, ResultsTableModel::VerdictColumn).data().toString(), u"pass"_qs);
    QCOMPARE(model.index(1, ResultsTableModel::VerdictColumn).data().toString(), u"cancelled"_qs);
    QCOMPARE(model.index(2, ResultsTableModel::VerdictColumn).data().toString(), u"cancelled"_qs);
    QCOMPARE(model.results().size(), 1);
}

void TestResultsTableModel::unknownCaseAppendsRow()
{
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.startRun(threeCases().mid(0, 1));
    model.setResult(latencyResult(threeCases()[2], 1, 2, bench::Verdict::Fail));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"mem.baseline"_qs), 1);
}

void TestResultsTableModel::proxyFiltersBySuite()
{
    ResultsTableModel model;
    model.startRun(threeCases());
    ui::ResultsPanel panel(&model);
    QAbstractItemModelTester tester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    panel.filterEdit()->setText(u"memory"_qs);

    QCOMPARE(panel.proxy()->rowCount(), 1);
    QCOMPARE(panel.proxy()->index(0, 0).data().toString(), u"mem.baseline"_qs);
}

void TestResultsTableModel::copyAsTsv()
{
    ResultsTableModel model;
    const auto cases = threeCases();
    model.startRun(cases);
    const QModelIndexList indexes{model.index(1, ResultsTableModel::SuiteColumn),
                                  model.index(0, ResultsTableModel::CaseColumn),
                                  model.index(0, ResultsTableModel::SuiteColumn)};

    const QString tsv = ui::indexesToTsv(&model, indexes);

    QCOMPARE(tsv, u"Case\tSuite\nbench.parse.simple-text\tbenchmark\n\tload\n"_qs);
}

QTEST_MAIN(TestResultsTableModel)
#include "tst_resultstablemodel.moc"
