#include "benchmarkspage.h"
#include "casetreemodel.h"
#include "chartspanel.h"
#include "history/historyview.h"
#include "history/runlistmodel.h"
#include "latencychart.h"
#include "mainwindow.h"
#include "resultstablemodel.h"
#include "runparameterswidget.h"
#include "runprogresswidget.h"
#include "throughputcharts.h"

#include <QAction>
#include <QChart>
#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>

using namespace linda;
using linda::ui::MainWindow;

namespace {

// Long enough for a few quick-profile cases on a loaded two-core machine;
// the tests check what arrives, never how fast.
constexpr int RunTimeoutMs = 300'000;

// Two cheap latency cases: parsing a text message and normalising phone numbers.
const QStringList &fastCases()
{
    static const QStringList ids{u"bench.parse.simple-text"_qs, u"bench.contacts.phone"_qs};
    return ids;
}

bench::RunResult takeRun(QSignalSpy &spy)
{
    return spy.takeFirst().at(0).value<bench::RunResult>();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void quickRunFillsTable();
    void quickRunDrawsCharts();
    void exportLastRun_data();
    void exportLastRun();
    void exportInBackground_data();
    void exportInBackground();
    void exportToMissingFolderFails();
    void exportCarriesComparison_data();
    void exportCarriesComparison();
    void cancelMidRun();
    void brokenFixturesBlockRun_data();
    void brokenFixturesBlockRun();
    void closeDuringRunCancels();
    void settingsRestored();

private:
    bench::RunResult runFastCases(MainWindow &window);
};

void TestMainWindow::initTestCase()
{
    // Keeps QSettings and data paths away from the user's own files.
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<bench::RunResult>();
    qRegisterMetaType<bench::CaseResult>();
}

void TestMainWindow::init()
{
    QSettings().clear();
}

bench::RunResult TestMainWindow::runFastCases(MainWindow &window)
{
    ui::BenchmarksPage *page = window.benchmarks();
    page->parameters()->setProfile(bench::Profile::Quick);
    page->caseModel()->setCheckedCaseIds(fastCases());
    QSignalSpy finished(&window, &MainWindow::runFinished);
    if (!window.startRun())
        return {};
    if (!finished.wait(RunTimeoutMs))
        return {};
    return takeRun(finished);
}

void TestMainWindow::quickRunFillsTable()
{
    MainWindow window;
    const bench::RunResult run = runFastCases(window);

    QCOMPARE(run.cancelled, false);
    QCOMPARE(run.cases.size(), fastCases().size());
    ui::ResultsTableModel *table = window.benchmarks()->resultsModel();
    QCOMPARE(table->rowCount(), fastCases().size());
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->rowState(row), ui::ResultsTableModel::RowState::Finished);
        QVERIFY(table->resultAt(row));
        QVERIFY(table->resultAt(row)->stats.count > 0);
        QVERIFY(!table->index(row, ui::ResultsTableModel::P95Column).data().toString().isEmpty());
    }
    QCOMPARE(window.progress()->value(), fastCases().size());
    const bench::Verdict verdict = window.benchmarks()->caseModel()->verdict(fastCases().first());
    QCOMPARE(verdict, run.cases.first().verdict);
    QVERIFY(window.runAction()->isEnabled());
}

void TestMainWindow::quickRunDrawsCharts()
{
    MainWindow window;
    const bench::RunResult run = runFastCases(window);
    QCOMPARE(run.cases.size(), fastCases().size());

    ui::ChartsPanel *charts = window.benchmarks()->charts();
    const auto series = charts->latencyChart()->chart()->series();
    QStringList names;
    for (const QAbstractSeries *s : series)
        names.append(s->name());
    for (const QString &percentile : {u"p50"_qs, u"p95"_qs, u"p99"_qs, u"max"_qs})
        QVERIFY2(names.contains(percentile), qPrintable(names.join(u", "_qs)));
    QVERIFY2(names.contains(u"threshold"_qs), qPrintable(names.join(u", "_qs)));
    // The threshold (50 ms) is orders of magnitude above a parse.
    QVERIFY(charts->latencyChart()->isLogarithmic());
    QVERIFY(charts->throughputTimeChart()->drawnPointCount() > 0);
}

void TestMainWindow::exportLastRun_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start"); // what the file must begin with
    QTest::addColumn<QByteArray>("contains");
    QTest::addRow("json") << u"json"_qs << QByteArray("{") << QByteArray("bench.parse.simple-text");
    QTest::addRow("csv") << u"csv"_qs << QByteArray() << QByteArray("bench.contacts.phone");
    QTest::addRow("junit") << u"junit"_qs << QByteArray("<?xml") << QByteArray("<testcase");
    QTest::addRow("pdf") << u"pdf"_qs << QByteArray("%PDF") << QByteArray();
}

void TestMainWindow::exportLastRun()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, contains);
    MainWindow window;
    QVERIFY(!window.exportLastRun(format, u"/nonexistent/x"_qs).isEmpty()); // nothing to export yet
    QCOMPARE(runFastCases(window).cases.size(), fastCases().size());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run."_qs + format);

    const QString error = window.exportLastRun(format, path);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY2(data.startsWith(start), data.left(40).constData());
    QVERIFY(data.contains(contains));
}

// The Export actions write on a background thread, so the window stays
// responsive. The actions are disabled until the file exists.
void TestMainWindow::exportInBackground_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("pdf") << u"pdf"_qs << QByteArray("%PDF");
    QTest::addRow("json") << u"json"_qs << QByteArray("{");
}

void TestMainWindow::exportInBackground()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    MainWindow window;
    QCOMPARE(runFastCases(window).cases.size(), fastCases().size());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run."_qs + format);
    QSignalSpy finished(&window, &MainWindow::exportFinished);

    window.startExport(format, path);

    QVERIFY(window.isExporting());
    QVERIFY(!window.exportAction()->isEnabled());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().first().toString(), path);
    QVERIFY(!window.isExporting());
    QVERIFY(window.exportAction()->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(start));
}

void TestMainWindow::exportToMissingFolderFails()
{
    MainWindow window;
    QCOMPARE(runFastCases(window).cases.size(), fastCases().size());
    const QString error = window.exportLastRun(u"json"_qs, u"/nonexistent-folder/run.json"_qs);
    QVERIFY2(error.contains(u"/nonexistent-folder/run.json"_qs), qPrintable(error));
}

void TestMainWindow::exportCarriesComparison_data()
{
    QTest::addColumn<QString>("format");
    // Phrases the export must contain; %1 is the first run's id, %2 the second's.
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("json") << u"json"_qs
                          << QStringList{u"\"target\": \"previous\""_qs, u"\"currentRunId\": %2,"_qs,
                                         u"\"referenceRunId\": %1,"_qs};
    QTest::addRow("junit") << u"junit"_qs
                           << QStringList{u"name=\"comparison.target\" value=\"previous\""_qs,
                                          u"comparison with run %1: median"_qs};
    QTest::addRow("pdf") << u"pdf"_qs
                         << QStringList{u"the previous run of each case with the quick profile: run %1"_qs,
                                        u"run %2 in the history"_qs};
}

// After two runs, every export of the last run compares it with the first.
void TestMainWindow::exportCarriesComparison()
{
    QFETCH(QString, format);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    qputenv("LINDA_HISTORY_DB", dir.filePath(u"history.sqlite"_qs).toUtf8());
    const auto restore = qScopeGuard([] { qunsetenv("LINDA_HISTORY_DB"); });

    MainWindow window;
    QCOMPARE(runFastCases(window).cases.size(), fastCases().size());
    QCOMPARE(runFastCases(window).cases.size(), fastCases().size());
    QCOMPARE(window.history()->runModel()->rowCount(), 2);
    const qint64 firstId = window.history()->runModel()->runAt(1).id;
    const qint64 secondId = window.history()->runModel()->runAt(0).id;
    const QString path = dir.filePath(u"run."_qs + format);

    const QString error = window.exportLastRun(format, path);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString text;
    if (format == u"pdf") {
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text() + u'\n';
        text = text.simplified();
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
    }
    for (const QString &phrase : std::as_const(expected)) {
        // QString::arg() would fill a lone %2 with the first argument.
        const QString filled = QString(phrase)
                                   .replace(u"%1"_qs, QString::number(firstId))
                                   .replace(u"%2"_qs, QString::number(secondId));
        QVERIFY2(text.contains(filled), qPrintable(filled));
    }
}

void TestMainWindow::cancelMidRun()
{
    MainWindow window;
    ui::BenchmarksPage *page = window.benchmarks();
    page->parameters()->setProfile(bench::Profile::Quick);
    QSignalSpy started(page, &ui::BenchmarksPage::caseStarted);
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(started.wait(RunTimeoutMs));

    QElapsedTimer sinceCancel;
    sinceCancel.start();
    window.cancelAction()->trigger();

    QVERIFY(finished.wait(RunTimeoutMs));
    // Reported for reading, not asserted: tests check outcomes, never speed.
    qInfo("cancel to runFinished: %lld ms", sinceCancel.elapsed());
    const bench::RunResult run = takeRun(finished);
    QVERIFY(run.cancelled);
    const int total = page->caseModel()->checkedCaseIds().size();
    QCOMPARE(run.cases.size(), total); // the cases the cancel kept from starting are listed as not run
    QCOMPARE(run.cases.last().verdict, bench::Verdict::NotRun);
    ui::ResultsTableModel *table = page->resultsModel();
    const QModelIndex last = table->index(table->rowCount() - 1, ui::ResultsTableModel::VerdictColumn);
    QCOMPARE(last.data().toString(), u"cancelled"_qs);
    QVERIFY(!window.cancelAction()->isEnabled());
    QVERIFY(window.runAction()->isEnabled());
}

void TestMainWindow::brokenFixturesBlockRun_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("expected"); // text the inline error must contain
    QTest::addRow("wrong type") << u"data/broken-type"_qs << u"messageParse"_qs;
    QTest::addRow("invalid JSON") << u"data/broken-json"_qs << u"thresholds.json"_qs;
}

void TestMainWindow::brokenFixturesBlockRun()
{
    QFETCH(QString, folder);
    QFETCH(QString, expected);
    const QString dir = QFINDTESTDATA(folder);
    QVERIFY2(!dir.isEmpty(), qPrintable(folder));
    MainWindow window;
    ui::RunParametersWidget *parameters = window.benchmarks()->parameters();

    parameters->setFixturesFolder(dir);

    QVERIFY(!parameters->fixturesValid());
    const auto *status = parameters->findChild<QLabel *>(u"fixturesStatus"_qs);
    QVERIFY(status);
    QVERIFY2(status->text().contains(u"thresholds.json"_qs), qPrintable(status->text()));
    QVERIFY2(status->text().contains(expected), qPrintable(status->text()));
    QVERIFY(!window.runAction()->isEnabled());
    QVERIFY(!window.startRun());

    parameters->setFixturesFolder(QString()); // back to the bundled fixtures
    QVERIFY(parameters->fixturesValid());
    QVERIFY(window.runAction()->isEnabled());
}

void TestMainWindow::closeDuringRunCancels()
{
    MainWindow window;
    window.show();
    window.benchmarks()->parameters()->setProfile(bench::Profile::Quick);
    int confirmations = 0;
    window.setCloseConfirmation([&confirmations] {
        ++confirmations;
        return true;
    });
    QSignalSpy started(window.benchmarks(), &ui::BenchmarksPage::caseStarted);
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QVERIFY(started.wait(RunTimeoutMs));

    QVERIFY(!window.close()); // waits for the run to stop first

    QCOMPARE(confirmations, 1);
    QVERIFY(finished.wait(RunTimeoutMs));
    QVERIFY(takeRun(finished).cancelled);
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::settingsRestored()
{
    {
        MainWindow window;
        window.show();
        ui::RunParametersWidget *parameters = window.benchmarks()->parameters();
        parameters->setProfile(bench::Profile::Thorough);
        parameters->setWorkers(7);
        window.benchmarks()->caseModel()->setCheckedCaseIds(fastCases());
        QVERIFY(window.close());
    }
    MainWindow window;
    ui::RunParametersWidget *parameters = window.benchmarks()->parameters();
    QCOMPARE(parameters->profile(), bench::Profile::Thorough);
    QCOMPARE(parameters->workers(), 7);
    QCOMPARE(window.benchmarks()->caseModel()->checkedCaseIds(), fastCases());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
