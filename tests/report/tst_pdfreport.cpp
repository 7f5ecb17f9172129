#include "bench/history/comparison.h"
#include "report/pdfreport.h"
#include "syntheticrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using linda::ui::PageSize;
using linda::ui::PdfReportOptions;
using linda::ui::writePdfReport;

namespace {

// All text of a PDF, page after page.
QString allText(QPdfDocument &document)
{
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + u'\n';
    return text;
}

// Share of pixels that are not white once the page is put on white paper
// (QPdfDocument::render leaves the background transparent).
double inkShare(const QImage &rendered)
{
    QImage image(rendered.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, rendered);
    }
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 240)
                ++ink;
        }
    }
    return double(ink) / double(image.width() * image.height());
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportOpensWithExpectedPages();
    void reportTextContainsEveryCase();
    void reportTextContainsVerdicts();
    void reportTextContainsEnvironment_data();
    void reportTextContainsEnvironment();
    void firstPageRendersInk();
    void pageSizeFollowsOptions_data();
    void pageSizeFollowsOptions();
    void largeSeriesStayUnderOneMegabyte();
    void unwritablePathFails_data();
    void unwritablePathFails();
    void fullDiskLeavesOldFile();
    void emptyRunWritesReport();
    void longSectionKeepsHeading();
    void comparisonSection_data();
    void comparisonSection();

private:
    QString writeReport(const linda::bench::RunResult &run, const PdfReportOptions &options = {});

    QTemporaryDir m_dir;
    linda::bench::RunResult m_run;
    QString m_defaultReport;
    QString m_defaultText;
    int m_defaultPages = 0;
};

QString TestPdfReport::writeReport(const linda::bench::RunResult &run, const PdfReportOptions &options)
{
    static int counter = 0;
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(++counter));
    QString error;
    if (!writePdfReport(run, path, options, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    return path;
}

void TestPdfReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Set LINDA_KEEP_TEST_OUTPUT to look at the reports after the test.
    if (qEnvironmentVariableIsSet("LINDA_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "reports kept in" << m_dir.path();
    }
    QString error;
    m_run = linda::test::syntheticRun(QFINDTESTDATA("data/default-run-cases.tsv"), 3000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_run.cases.size(), 35);

    QElapsedTimer timer;
    timer.start();
    m_defaultReport = writeReport(m_run);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!m_defaultReport.isEmpty());
    // Figures for docs/report.md; printed, never asserted.
    qInfo("default-run report: %lld ms, %lld bytes", elapsed, QFileInfo(m_defaultReport).size());

    QPdfDocument document;
    QCOMPARE(document.load(m_defaultReport), QPdfDocument::Error::None);
    m_defaultPages = document.pageCount();
    m_defaultText = allText(document);
}

void TestPdfReport::reportOpensWithExpectedPages()
{
    // Title, summary, suite tables, charts, 35 case details, baseline and
    // appendix: at least 8 pages; more than 40 would mean a layout fault.
    QVERIFY2(m_defaultPages >= 8, qPrintable(QString::number(m_defaultPages)));
    QVERIFY2(m_defaultPages <= 40, qPrintable(QString::number(m_defaultPages)));
    QVERIFY(m_defaultText.contains(u"Page 1 of %1"_s.arg(m_defaultPages)));
    QVERIFY(m_defaultText.contains(u"Page %1 of %1"_s.arg(m_defaultPages)));
}

void TestPdfReport::reportTextContainsEveryCase()
{
    for (const linda::bench::CaseResult &c : std::as_const(m_run.cases))
        QVERIFY2(m_defaultText.contains(c.info.id), qPrintable(c.info.id));
}

void TestPdfReport::reportTextContainsVerdicts()
{
    for (const QString &word : {u"pass"_s, u"warn"_s, u"fail"_s, u"error"_s})
        QVERIFY2(m_defaultText.contains(word), qPrintable(word));
    QVERIFY(m_defaultText.contains(u"the engine's session store could not be opened"_s));
    QVERIFY(m_defaultText.contains(u"No comparison with earlier runs was made"_s));
}

void TestPdfReport::reportTextContainsEnvironment_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addRow("cpu") << u"Synthetic CPU Model 9000"_s;
    QTest::addRow("os") << u"Debian GNU/Linux 12"_s;
    QTest::addRow("compiler") << u"GNU 12.2.0"_s;
    QTest::addRow("sqlite") << u"3.40.1"_s;
    QTest::addRow("commit") << u"0123456789ab"_s;
    QTest::addRow("fixtures") << u"bundled fixtures (schema 1)"_s;
    QTest::addRow("noise warning") << u"debug build: timings are not representative"_s;
    QTest::addRow("profile") << u"default"_s;
    QTest::addRow("start time") << u"2026-12-04 18:30:05 UTC"_s;
    QTest::addRow("threshold key") << u"commandResponse"_s;
    QTest::addRow("baseline key") << u"parse-complex-json"_s;
}

void TestPdfReport::reportTextContainsEnvironment()
{
    QFETCH(QString, expected);
    QVERIFY2(m_defaultText.contains(expected), qPrintable(expected));
}

void TestPdfReport::firstPageRendersInk()
{
    QPdfDocument document;
    QCOMPARE(document.load(m_defaultReport), QPdfDocument::Error::None);
    const QImage image = document.render(0, QSize(595, 842));
    QVERIFY(!image.isNull());
    // A blank page has no ink; a page painted black all over has too much.
    const double share = inkShare(image);
    QVERIFY2(share > 0.005, qPrintable(QString::number(share)));
    QVERIFY2(share < 0.5, qPrintable(QString::number(share)));
}

void TestPdfReport::pageSizeFollowsOptions_data()
{
    QTest::addColumn<PageSize>("pageSize");
    QTest::addColumn<QSizeF>("points");
    QTest::addRow("A4") << PageSize::A4 << QSizeF(595, 842);
    QTest::addRow("Letter") << PageSize::Letter << QSizeF(612, 792);
}

void TestPdfReport::pageSizeFollowsOptions()
{
    QFETCH(PageSize, pageSize);
    QFETCH(QSizeF, points);
    PdfReportOptions options;
    options.pageSize = pageSize;
    options.includeCaseDetails = false;
    const QString path = writeReport(m_run, options);
    QVERIFY(!path.isEmpty());
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF size = document.pagePointSize(page);
        QVERIFY2(qAbs(size.width() - points.width()) < 1.5, qPrintable(QString::number(size.width())));
        QVERIFY2(qAbs(size.height() - points.height()) < 1.5, qPrintable(QString::number(size.height())));
    }
}

void TestPdfReport::largeSeriesStayUnderOneMegabyte()
{
    // The synthetic run carries a 100,000-point queue-depth series and a
    // 2 x 1001-point heap series; decimation keeps the file small.
    const auto backlog = std::find_if(m_run.cases.cbegin(), m_run.cases.cend(), [](const auto &c) {
        return c.info.id == u"load.commands.backlog";
    });
    QVERIFY(backlog != m_run.cases.cend());
    QCOMPARE(backlog->series.first().points.size(), 100000);
    const qint64 size = QFileInfo(m_defaultReport).size();
    QVERIFY2(size < 1024 * 1024, qPrintable(QString::number(size)));
    QVERIFY(m_defaultText.contains(u"queue depth"_s));
}

void TestPdfReport::unwritablePathFails_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::addRow("missing folder") << m_dir.filePath(u"no/such/folder/report.pdf"_s)
                                    << u"No such file or directory"_s;
    QTest::addRow("path is a folder") << m_dir.path() << QString();
}

void TestPdfReport::unwritablePathFails()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    QString error;
    QVERIFY(!writePdfReport(m_run, path, {}, &error));
    QVERIFY2(error.startsWith(u"cannot write "_s + path + u": "_s), qPrintable(error));
    if (!reason.isEmpty())
        QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

void TestPdfReport::fullDiskLeavesOldFile()
{
    // A file size limit makes writes fail with EFBIG, as a full disk fails
    // them with ENOSPC: the report must fail and keep the earlier file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.pdf"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.write("earlier report") > 0);
    }

    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = previous;
    limited.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString error;
    const bool written = writePdfReport(m_run, path, {}, &error);
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written);
    QVERIFY2(error.startsWith(u"cannot write "_s + path + u": "_s), qPrintable(error));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier report"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"report.pdf"_s});
}

void TestPdfReport::emptyRunWritesReport()
{
    linda::bench::RunResult empty;
    empty.cancelled = true;
    const QString path = writeReport(empty);
    QVERIFY(!path.isEmpty());
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    const QString text = allText(document);
    QVERIFY(text.contains(u"This run was cancelled"_s));
    QVERIFY(text.contains(u"No case of this run measured latency."_s));
    QVERIFY(text.contains(u"This run has no cases."_s));
}

void TestPdfReport::longSectionKeepsHeading()
{
    // Five copies of the run with their own threshold keys make the appendix
    // longer than a page; its heading must share a page with its first table.
    linda::bench::RunResult large = m_run;
    large.cases.clear();
    for (int copy = 1; copy <= 5; ++copy) {
        for (linda::bench::CaseResult c : std::as_const(m_run.cases)) {
            c.info.id += u"-copy%1"_s.arg(copy);
            if (!c.info.thresholdKey.isEmpty())
                c.info.thresholdKey += u"Copy%1"_s.arg(copy);
            c.threshold *= copy;
            large.cases.append(c);
        }
    }
    PdfReportOptions options;
    options.includeCaseDetails = false;
    const QString path = writeReport(large, options);
    QVERIFY(!path.isEmpty());
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);

    int headingPage = -1;
    for (int page = 1; page < document.pageCount(); ++page) {
        if (document.getAllText(page).text().contains(u"Appendix: thresholds used"_s))
            headingPage = page;
    }
    QVERIFY(headingPage > 0);
    QVERIFY(headingPage + 1 < document.pageCount()); // the appendix takes more than one page
    QVERIFY(document.getAllText(headingPage).text().contains(u"Service-level thresholds"_s));
}

namespace {

using linda::bench::ComparisonReport;
using linda::bench::CompareTarget;

// The run with the samples of one case scaled by factor.
linda::bench::RunResult scaledCase(linda::bench::RunResult run, const QString &caseId, double factor)
{
    for (linda::bench::CaseResult &c : run.cases) {
        if (c.info.id != caseId)
            continue;
        for (double &sample : c.samples)
            sample *= factor;
    }
    return run;
}

} // namespace

void TestPdfReport::comparisonSection_data()
{
    // A real comparison: the same run with one latency case 25 % slower
    // (critical), one 12 % slower (high) and one 20 % faster.
    linda::bench::RunResult current = scaledCase(m_run, u"bench.parse.simple-text"_s, 1.25);
    current = scaledCase(current, u"bench.command.simple"_s, 1.12);
    current = scaledCase(current, u"bench.db.query"_s, 0.8);
    ComparisonReport previous = linda::bench::compareRunPair(m_run, current);
    previous.request.target = CompareTarget::Previous;
    previous.currentRunId = 8;
    for (linda::bench::CaseComparison &c : previous.cases) {
        if (c.kind != linda::bench::ChangeKind::New)
            c.referenceRunId = 7;
    }
    ComparisonReport baseline = previous;
    baseline.request.target = CompareTarget::Baseline;
    baseline.referenceRunId = 3;
    ComparisonReport failed;
    failed.request.target = CompareTarget::Baseline;
    failed.error = u"No baseline run is saved for the default profile."_s;

    QTest::addColumn<std::optional<ComparisonReport>>("comparison");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("none") << std::optional<ComparisonReport>()
                          << QStringList{u"4. Comparison with earlier runs"_s,
                                         u"No comparison with earlier runs was made"_s};
    QTest::addRow("previous run")
        << std::optional<ComparisonReport>(previous)
        << QStringList{u"4. Comparison with earlier runs"_s,
                       u"the previous run of each case with the default profile: run 7"_s,
                       u"run 8 in the history"_s,
                       u"regression, critical"_s,
                       u"regression, high"_s,
                       u"improvement"_s,
                       u"+25.0 %"_s,
                       u"+12.0 %"_s,
                       u"-20.0 %"_s,
                       u"2 regression(s) (1 critical, 1 high, 0 medium), 1 improvement(s)"_s,
                       u"A change counts when p < 0.05 and the medians differ by at least 5 %"_s};
    QTest::addRow("baseline run") << std::optional<ComparisonReport>(baseline)
                                  << QStringList{u"baseline run 3 of the default profile"_s,
                                                 u"regression, critical"_s};
    QTest::addRow("failed") << std::optional<ComparisonReport>(failed)
                            << QStringList{u"The comparison with earlier runs failed: No baseline run is saved"_s};
}

void TestPdfReport::comparisonSection()
{
    QFETCH(std::optional<ComparisonReport>, comparison);
    QFETCH(QStringList, expected);

    PdfReportOptions options;
    options.includeCaseDetails = false;
    options.comparison = comparison;
    const QString path = writeReport(m_run, options);
    QVERIFY(!path.isEmpty());
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    // Text extraction breaks lines where the layout wraps them.
    const QString text = allText(document).simplified();
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(phrase));
    if (comparison && comparison->isValid()) {
        for (const linda::bench::CaseComparison &c : std::as_const(comparison->cases))
            QVERIFY2(text.count(c.caseId) >= 2, qPrintable(c.caseId)); // suite table and comparison table
    }
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
