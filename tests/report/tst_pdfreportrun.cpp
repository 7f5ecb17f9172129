#include "bench/runcontroller.h"
#include "report/pdfreport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// A report of a real quick run of a few fast cases, through the same
// RunController the dashboard and the command line use.
class TestPdfReportRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportContainsEveryCase();
    void reportContainsVerdicts();
    void reportContainsEnvironment();
    void reportHasHeapChart();
    void fullDefaultRunFigures();

private:
    QTemporaryDir m_dir;
    linda::bench::RunResult m_run;
    QString m_text;
};

void TestPdfReportRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Set LINDA_KEEP_TEST_OUTPUT to look at the report after the test.
    if (qEnvironmentVariableIsSet("LINDA_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "report kept in" << m_dir.path();
    }
    linda::bench::RunController controller;
    QSignalSpy finished(&controller, &linda::bench::RunController::runFinished);
    QSignalSpy failed(&controller, &linda::bench::RunController::runFailed);
    linda::bench::RunRequest request;
    request.profile = linda::bench::Profile::Quick;
    request.caseIds = {u"bench.parse.simple-text"_s, u"bench.contacts.phone"_s, u"bench.db.query"_s,
                       u"mem.growth-1000"_s};
    controller.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 300'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    m_run = finished.first().first().value<linda::bench::RunResult>();
    QCOMPARE(m_run.cases.size(), request.caseIds.size());

    const QString path = m_dir.filePath(u"quick-run.pdf"_s);
    QString error;
    QVERIFY2(linda::ui::writePdfReport(m_run, path, {}, &error), qPrintable(error));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 6);
    for (int page = 0; page < document.pageCount(); ++page)
        m_text += document.getAllText(page).text() + u'\n';
}

void TestPdfReportRun::reportContainsEveryCase()
{
    for (const linda::bench::CaseResult &c : std::as_const(m_run.cases))
        QVERIFY2(m_text.contains(c.info.id), qPrintable(c.info.id));
}

void TestPdfReportRun::reportContainsVerdicts()
{
    for (const linda::bench::CaseResult &c : std::as_const(m_run.cases)) {
        QVERIFY2(m_text.contains(linda::bench::verdictName(c.verdict)), qPrintable(c.info.id));
        if (!c.verdictReason.isEmpty())
            QVERIFY2(m_text.contains(c.verdictReason.left(30)), qPrintable(c.verdictReason));
    }
}

void TestPdfReportRun::reportContainsEnvironment()
{
    QVERIFY(!m_run.environment.cpuModel.isEmpty());
    QVERIFY2(m_text.contains(m_run.environment.cpuModel), qPrintable(m_run.environment.cpuModel));
    QVERIFY2(m_text.contains(m_run.environment.qtVersion), qPrintable(m_run.environment.qtVersion));
    QVERIFY(m_text.contains(u"quick"_s));
}

void TestPdfReportRun::reportHasHeapChart()
{
    QVERIFY(m_text.contains(u"Heap growth: mem.growth-1000"_s));
    QVERIFY(!m_text.contains(u"No memory case of this run recorded a heap series."_s));
}

void TestPdfReportRun::fullDefaultRunFigures()
{
    // Minutes of CPU on a shared machine, so only on request. Prints the
    // time and size of the report of a full default run; docs/report.md
    // quotes them.
    if (!qEnvironmentVariableIsSet("LINDA_REPORT_FULL_RUN"))
        QSKIP("set LINDA_REPORT_FULL_RUN=1 to time the report of a full default run");
    linda::bench::RunController controller;
    QSignalSpy finished(&controller, &linda::bench::RunController::runFinished);
    QSignalSpy failed(&controller, &linda::bench::RunController::runFailed);
    controller.start(linda::bench::RunRequest{});
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 3'600'000);
    QVERIFY(failed.isEmpty());
    const auto run = finished.first().first().value<linda::bench::RunResult>();

    const QString path = m_dir.filePath(u"full-default-run.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(linda::ui::writePdfReport(run, path, {}, &error), qPrintable(error));
    const qint64 elapsed = timer.elapsed();
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    qInfo("full default run: %lld cases, report %lld ms, %lld bytes, %d pages", qint64(run.cases.size()),
          elapsed, QFileInfo(path).size(), document.pageCount());
}

QTEST_MAIN(TestPdfReportRun)
#include "tst_pdfreportrun.moc"
