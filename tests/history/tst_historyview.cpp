#include "history/comparisonmodel.h"
#include "history/historyview.h"
#include "history/runlistmodel.h"
#include "history/trendchart.h"
#include "sampleruns.h"

#include <bench/history/historydatabase.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace linda;
using namespace linda::bench;

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void runListModelPassesTester();
    void comparisonModelPassesTester();
    void emptyHistoryShowsNoRuns();
    void addRunListsAndSelectsIt();
    void twoSelectedRunsCompared();
    void oneSelectedRunComparedWithPrevious();
    void compareWithPreviousForReports_data();
    void compareWithPreviousForReports();
    void trendHasPointPerRun();
    void trendThresholdOnlyWhenInRange_data();
    void trendThresholdOnlyWhenInRange();
    void baselineMarkedInList();
    void cancelledRunRejectedAsBaseline();
    void deleteRemovesRow();
    void exportImportRoundTrip();
    void importOfInvalidFileNamesPath();
    void damagedHistoryReportedInline();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    static QDateTime at(int day) { return QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryView::runListModelPassesTester()
{
    ui::RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunSummary first;
    first.id = 1;
    first.startedAt = at(1);
    RunSummary second = first;
    second.id = 2;
    second.baseline = true;
    model.setRuns({second, first});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ui::RunListModel::IdColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(0, ui::RunListModel::BaselineColumn).data().toString(), QStringLiteral("baseline"));
    QCOMPARE(model.rowOf(1), 1);
    QCOMPARE(model.rowOf(5), -1);
    model.setRuns({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryView::comparisonModelPassesTester()
{
    ui::ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RunResult before = sampleruns::run(at(1), Profile::Quick, 2000);
    const RunResult after = sampleruns::run(at(2), Profile::Quick, 2300);
    model.setReport(compareRunPair(before, after));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ui::ComparisonModel::VerdictColumn).data().toString(), QStringLiteral("regression (high)"));
    QCOMPARE(model.index(0, ui::ComparisonModel::ChangeColumn).data().toString(), QStringLiteral("+15.0 %"));
    QCOMPARE(model.index(0, ui::ComparisonModel::CaseColumn).data(ui::ComparisonModel::SeverityRole).toInt(),
             int(Severity::High));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryView::emptyHistoryShowsNoRuns()
{
    ui::HistoryView view(dbPath(), nullptr);
    view.show();
    QCOMPARE(view.runModel()->rowCount(), 0);
    QCOMPARE(view.comparisonModel()->rowCount(), 0);
    QCOMPARE(view.trendChart()->pointCount(), 0);
    QVERIFY(view.statusText().isEmpty());
}

void TestHistoryView::addRunListsAndSelectsIt()
{
    ui::HistoryView view(dbPath(), nullptr);
    QSignalSpy saved(&view, &ui::HistoryView::runSaved);
    view.addRun(sampleruns::run(at(1)));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(view.runModel()->rowCount(), 1);
    // The new run is selected and compared with the previous run, which does not exist.
    QCOMPARE(view.comparisonModel()->rowCount(), 2);
    QCOMPARE(view.comparisonModel()->report().cases.at(0).kind, ChangeKind::New);

    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    QCOMPARE(db.listRuns().size(), 1);
}

void TestHistoryView::twoSelectedRunsCompared()
{
    ui::HistoryView view(dbPath(), nullptr);
    view.addRun(sampleruns::run(at(1), Profile::Quick, 2000));
    view.addRun(sampleruns::run(at(2), Profile::Thorough, 2600));
    const qint64 older = view.runModel()->runAt(1).id;
    const qint64 newer = view.runModel()->runAt(0).id;
    view.selectRuns({newer, older});
    const ComparisonReport &report = view.comparisonModel()->report();
    QCOMPARE(report.referenceRunId, older);
    QCOMPARE(report.currentRunId, newer);
    QCOMPARE(report.cases.at(0).kind, ChangeKind::Regression);
    QCOMPARE(report.cases.at(0).severity, Severity::Critical);
}

void TestHistoryView::oneSelectedRunComparedWithPrevious()
{
    ui::HistoryView view(dbPath(), nullptr);
    view.addRun(sampleruns::run(at(1), Profile::Quick, 2000));
    view.addRun(sampleruns::run(at(2), Profile::Quick, 1700));
    const ComparisonReport &report = view.comparisonModel()->report();
    QCOMPARE(report.cases.at(0).kind, ChangeKind::Improvement);
    QCOMPARE(report.cases.at(0).referenceRunId, view.runModel()->runAt(1).id);
}

void TestHistoryView::compareWithPreviousForReports_data()
{
    QTest::addColumn<double>("secondMedianNs");
    QTest::addColumn<bool>("secondSaved"); // saved with addRun(), as the GUI does after a run
    QTest::addColumn<ChangeKind>("expectedKind");
    QTest::addColumn<Severity>("expectedSeverity");
    QTest::addRow("saved, critical") << 2600.0 << true << ChangeKind::Regression << Severity::Critical;
    QTest::addRow("saved, unchanged") << 2000.0 << true << ChangeKind::Unchanged << Severity::None;
    QTest::addRow("not saved, high") << 2300.0 << false << ChangeKind::Regression << Severity::High;
}

void TestHistoryView::compareWithPreviousForReports()
{
    QFETCH(double, secondMedianNs);
    QFETCH(bool, secondSaved);
    QFETCH(ChangeKind, expectedKind);
    QFETCH(Severity, expectedSeverity);

    ui::HistoryView view(dbPath(), nullptr);
    view.addRun(sampleruns::run(at(1), Profile::Quick, 2000));
    const qint64 firstId = view.runModel()->runAt(0).id;
    const RunResult second = sampleruns::run(at(2), Profile::Quick, secondMedianNs);
    if (secondSaved)
        view.addRun(second);

    const std::optional<ComparisonReport> report = view.compareWithPrevious(second);
    QVERIFY(report);
    QVERIFY2(report->isValid(), qPrintable(report->error));
    QCOMPARE(report->request.target, CompareTarget::Previous);
    QCOMPARE(report->currentRunId.has_value(), secondSaved);
    if (secondSaved)
        QCOMPARE(*report->currentRunId, view.runModel()->runAt(0).id);
    QCOMPARE(report->cases.at(0).kind, expectedKind);
    QCOMPARE(report->cases.at(0).severity, expectedSeverity);
    QCOMPARE(report->cases.at(0).referenceRunId, firstId);
}

void TestHistoryView::trendHasPointPerRun()
{
    ui::HistoryView view(dbPath(), nullptr);
    for (int day = 1; day <= 3; ++day)
        view.addRun(sampleruns::run(at(day)));
    view.showTrend(QStringLiteral("bench.parse.simple-text"));
    QCOMPARE(view.trendChart()->pointCount(), 3);
    QVERIFY(view.trendChart()->hasRegressionLines());
}

void TestHistoryView::trendThresholdOnlyWhenInRange_data()
{
    QTest::addColumn<double>("thresholdMs");
    QTest::addColumn<bool>("drawn");
    // Medians are about 2 µs; the threshold is drawn up to 3 times the plotted maximum.
    QTest::addRow("50 ms, far above") << 50.0 << false;
    QTest::addRow("0.004 ms, in range") << 0.004 << true;
    QTest::addRow("none") << 0.0 << false;
}

void TestHistoryView::trendThresholdOnlyWhenInRange()
{
    QFETCH(double, thresholdMs);
    QFETCH(bool, drawn);
    ui::HistoryView view(dbPath(), nullptr);
    RunResult run = sampleruns::run(at(1));
    run.cases[0].threshold = thresholdMs;
    view.addRun(run);
    view.showTrend(QStringLiteral("bench.parse.simple-text"));
    QCOMPARE(view.trendChart()->hasThresholdLine(), drawn);
}

void TestHistoryView::baselineMarkedInList()
{
    ui::HistoryView view(dbPath(), nullptr);
    view.addRun(sampleruns::run(at(1)));
    const qint64 id = view.runModel()->runAt(0).id;
    QString error;
    QVERIFY2(view.markBaseline(id, &error), qPrintable(error));
    QVERIFY(view.runModel()->runAt(0).baseline);
}

void TestHistoryView::cancelledRunRejectedAsBaseline()
{
    ui::HistoryView view(dbPath(), nullptr);
    RunResult run = sampleruns::run(at(1));
    run.cancelled = true;
    view.addRun(run);
    QString error;
    QVERIFY(!view.markBaseline(view.runModel()->runAt(0).id, &error));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
}

void TestHistoryView::deleteRemovesRow()
{
    ui::HistoryView view(dbPath(), nullptr);
    view.addRun(sampleruns::run(at(1)));
    view.addRun(sampleruns::run(at(2)));
    const qint64 id = view.runModel()->runAt(0).id;
    QString error;
    view.selectRuns({id});
    QCOMPARE(view.comparisonModel()->rowCount(), 2);
    QVERIFY2(view.deleteRun(id, &error), qPrintable(error));
    QCOMPARE(view.runModel()->rowCount(), 1);
    QCOMPARE(view.comparisonModel()->rowCount(), 0);
    QCOMPARE(view.runModel()->rowOf(id), -1);
    QVERIFY(!view.deleteRun(id, &error));
}

void TestHistoryView::exportImportRoundTrip()
{
    ui::HistoryView view(dbPath(), nullptr);
    const RunResult original = sampleruns::run(at(1));
    view.addRun(original);
    const qint64 id = view.runModel()->runAt(0).id;
    const QString file = m_dir->filePath(QStringLiteral("run.json"));
    QString error;
    QVERIFY2(view.exportRun(id, file, &error), qPrintable(error));

    // While the run is stored, its export is the same run and is refused.
    QVERIFY(!view.importRun(file, &error));
    QVERIFY2(error.contains(u"already in the history as run %1"_qs.arg(id)), qPrintable(error));
    QCOMPARE(view.runModel()->rowCount(), 1);

    view.addRun(sampleruns::run(at(2))); // another run, so the import is not the only one
    QVERIFY2(view.deleteRun(id, &error), qPrintable(error));
    const std::optional<qint64> imported = view.importRun(file, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(*imported != id);
    QCOMPARE(view.runModel()->rowCount(), 2);
    QCOMPARE(view.runModel()->runAt(view.runModel()->rowOf(*imported)).origin, RunOrigin::Import);

    HistoryDatabase db(dbPath());
    QVERIFY(db.open());
    const std::optional<RunResult> back = db.loadRun(*imported);
    QVERIFY(back);
    QCOMPARE(back->cases.at(0).samples, original.cases.at(0).samples);
    QCOMPARE(back->environment.gitCommit, original.environment.gitCommit);
    QCOMPARE(back->startedAt, original.startedAt);
}

void TestHistoryView::importOfInvalidFileNamesPath()
{
    ui::HistoryView view(dbPath(), nullptr);
    QString error;
    QVERIFY(!view.importRun(QFINDTESTDATA("data/bad-sample.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("run.cases[0].samples[2]")), qPrintable(error));
    QCOMPARE(view.runModel()->rowCount(), 0);
}

void TestHistoryView::damagedHistoryReportedInline()
{
    QVERIFY(QFile::copy(QFINDTESTDATA("data/garbage.sqlite"), dbPath()));
    ui::HistoryView view(dbPath(), nullptr);
    QVERIFY2(view.statusText().contains(QStringLiteral(".corrupt-")), qPrintable(view.statusText()));
    QCOMPARE(view.runModel()->rowCount(), 0);
    view.addRun(sampleruns::run(at(1)));
    QCOMPARE(view.runModel()->rowCount(), 1);
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
