#include "mainwindow.h"

#include "benchmarkspage.h"
#include "health/healthview.h"
#include "history/historyview.h"
#include "chartview.h"
#include "runparameterswidget.h"
#include "runprogresswidget.h"
#include "settingsdialog.h"
#include "stallprobe.h"

#if __has_include("report/pdfreport.h")
#include "report/pdfreport.h"
#define LINDA_HAVE_PDF_REPORT 1
#endif

#include <bench/reportwriters.h>

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QToolButton>

namespace linda::ui {

namespace {
QIcon icon(const QString &name)
{
    return QIcon(u":/icons/"_qs + name + u".svg"_qs);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stallProbe(new StallProbe(this))
{
    setWindowTitle(tr("Linda Dashboard"));
    setWindowIcon(icon(QStringLiteral("linda-dashboard")));
    resize(1400, 900);
    m_confirmClose = [this] { return confirmClose(); };

    createPages();
    createActions();
    createToolBar();
    createStatusBar();
    connectPage();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // An export in progress works on its own copy of the run, so let it finish the file.
    if (m_exportThread) {
        m_exportThread->wait();
        delete m_exportThread;
    }
}

void MainWindow::createPages()
{
    m_benchmarks = new BenchmarksPage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->addTab(m_benchmarks, tr("&Benchmarks"));
    m_health = new HealthView(m_tabs);
    m_tabs->addTab(m_health, tr("&Health"));
    m_history = new HistoryView(m_tabs);
    m_tabs->addTab(m_history, tr("Hi&story"));
    setCentralWidget(m_tabs);
}

void MainWindow::createActions()
{
    m_run = new QAction(icon(QStringLiteral("run")), tr("&Run"), this);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Run the checked cases (Ctrl+R)"));
    connect(m_run, &QAction::triggered, this, &MainWindow::startRun);

    m_cancel = new QAction(icon(QStringLiteral("cancel")), tr("&Cancel"), this);
    m_cancel->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_cancel->setToolTip(tr("Stop the run; finished cases are kept (Esc or Ctrl+.)"));
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelRun);

    m_export = new QAction(icon(QStringLiteral("export")), tr("&Export"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the last run as JSON (Ctrl+E); the arrow offers CSV, JUnit XML "
                            "and a PDF report"));
    m_export->setMenu(createExportMenu());
    connect(m_export, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("json")); });

    m_fixtures = new QAction(icon(QStringLiteral("fixtures")), tr("&Fixtures…"), this);
    m_fixtures->setToolTip(tr("Choose the folder with thresholds, baseline and scenarios"));
    connect(m_fixtures, &QAction::triggered, this, &MainWindow::chooseFixtures);

    m_settings = new QAction(icon(QStringLiteral("settings")), tr("&Settings"), this);
    m_settings->setToolTip(tr("Language and the folder the export dialogs open in"));
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
}

QMenu *MainWindow::createExportMenu()
{
    auto *menu = new QMenu(tr("Export"), this);
    const QList<std::pair<QString, QString>> formats{
        {QStringLiteral("json"), tr("JSON…")},
        {QStringLiteral("csv"), tr("CSV…")},
        {QStringLiteral("junit"), tr("JUnit XML…")},
        {QStringLiteral("pdf"), tr("PDF report…")},
    };
    for (const auto &[format, label] : formats) {
        QAction *action = menu->addAction(label);
        action->setData(format);
        connect(action, &QAction::triggered, this, [this, format = format] { exportWithDialog(format); });
        m_exportFormats.append(action);
    }
    return menu;
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_run);
    bar->addAction(m_cancel);
    bar->addSeparator();
    bar->addAction(m_export);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_export)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    bar->addAction(m_fixtures);
    bar->addAction(m_settings);
    for (QAction *action : {m_run, m_cancel, m_export, m_fixtures, m_settings}) {
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
    }
}

void MainWindow::createStatusBar()
{
    m_progress = new RunProgressWidget(this);
    statusBar()->addPermanentWidget(m_progress, 1);
}

void MainWindow::connectPage()
{
    connect(m_benchmarks, &BenchmarksPage::canStartChanged, this, &MainWindow::updateActions);
    connect(m_benchmarks, &BenchmarksPage::runStarted, this, [this](int total) {
        m_progress->runStarted(total);
        updateActions();
    });
    connect(m_benchmarks, &BenchmarksPage::caseStarted, m_progress, &RunProgressWidget::caseStarted);
    connect(m_benchmarks, &BenchmarksPage::caseFinished, this,
            [this](int index, int total, const bench::CaseResult &) { m_progress->caseFinished(index, total); });
    connect(m_benchmarks, &BenchmarksPage::runFinished, this, &MainWindow::onRunFinished);
    // The Health tab judges live traffic by the same fixtures as the runs.
    const RunParametersWidget *parameters = m_benchmarks->parameters();
    m_health->setFixtures(parameters->fixtures());
    connect(parameters, &RunParametersWidget::fixturesLoaded, m_health, [this, parameters](bool valid) {
        if (valid)
            m_health->setFixtures(parameters->fixtures());
    });
    // The History tab saves every finished or cancelled run it is given.
    connect(m_benchmarks, &BenchmarksPage::runFinished, m_history, &HistoryView::addRun);
    connect(m_benchmarks, &BenchmarksPage::runFailed, this, &MainWindow::onRunFailed);
}

void MainWindow::updateActions()
{
    const bool running = m_benchmarks->isRunning();
    m_run->setEnabled(m_benchmarks->canStart());
    m_cancel->setEnabled(running);
    m_fixtures->setEnabled(!running);
    const bool haveRun = m_benchmarks->lastRun().has_value() && !running && !isExporting();
    m_export->setEnabled(haveRun);
    for (QAction *action : std::as_const(m_exportFormats)) {
        const QString format = action->data().toString();
#ifndef LINDA_HAVE_PDF_REPORT
        if (format == u"pdf") {
            action->setEnabled(false);
            action->setToolTip(tr("The PDF report writer is not part of this build."));
            continue;
        }
#endif
        action->setEnabled(haveRun);
    }
    if (!m_benchmarks->parameters()->fixturesValid())
        m_run->setToolTip(tr("Fix the fixture errors listed under Run parameters first"));
    else
        m_run->setToolTip(tr("Run the checked cases (Ctrl+R)"));
}

bool MainWindow::startRun()
{
    if (!m_benchmarks->startRun())
        return false;
    m_stallProbe->reset();
    m_stallProbe->start();
    m_progress->runStarted(0);
    updateActions();
    return true;
}

void MainWindow::cancelRun()
{
    if (!m_benchmarks->isRunning())
        return;
    m_benchmarks->cancelRun();
    statusBar()->showMessage(tr("Cancelling…"));
}

void MainWindow::onRunFinished(const bench::RunResult &result)
{
    m_stallProbe->stop();
    int failed = 0;
    for (const bench::CaseResult &r : result.cases)
        failed += (r.verdict == bench::Verdict::Fail || r.verdict == bench::Verdict::Error) ? 1 : 0;
    const double stallMs = std::chrono::duration<double, std::milli>(m_stallProbe->maxStall()).count();
    const QString summary = result.cancelled
        ? tr("Cancelled after %n case(s).", nullptr, int(result.cases.size()))
        : tr("Finished %n case(s), %1 failed.", nullptr, int(result.cases.size())).arg(failed);
    m_progress->runEnded(summary);
    m_progress->setToolTip(tr("Longest event-loop stall during the run: %1 ms")
                               .arg(QLocale().toString(stallMs, 'f', 1)));
    statusBar()->clearMessage();
    updateActions();
    Q_EMIT runFinished(result);
    if (m_closeAfterRun)
        close();
}

void MainWindow::onRunFailed(const QString &message)
{
    m_stallProbe->stop();
    m_progress->runEnded(tr("The run could not start."));
    updateActions();
    Q_EMIT runFailed(message);
    if (m_closeAfterRun) {
        close();
        return;
    }
    QMessageBox::warning(this, tr("Run"), message);
}

void MainWindow::chooseFixtures()
{
    RunParametersWidget *parameters = m_benchmarks->parameters();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the fixtures folder"),
                                                             parameters->fixturesFolder());
    if (!folder.isEmpty())
        parameters->setFixturesFolder(folder);
}

void MainWindow::showSettings()
{
    QSettings settings;
    SettingsDialog dialog(this);
    dialog.setLanguage(settings.value(QStringLiteral("ui/language")).toString());
    dialog.setExportFolder(ChartView::lastSaveFolder());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("ui/language"), dialog.language());
    ChartView::setLastSaveFolder(dialog.exportFolder());
}

void MainWindow::setCloseConfirmation(std::function<bool()> confirm)
{
    m_confirmClose = std::move(confirm);
}

bool MainWindow::confirmClose()
{
    return QMessageBox::question(this, tr("Close during a run"),
                                 tr("A run is in progress. Cancel it and close? Finished cases are kept "
                                    "in the results until the window closes."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_benchmarks->isRunning()) {
        // Ask once; then wait for the runner to stop before really closing, so
        // the thread is joined while the window and its models still exist.
        if (!m_closeAfterRun && !m_confirmClose()) {
            event->ignore();
            return;
        }
        m_closeAfterRun = true;
        cancelRun();
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString exportFolder = settings.value(QStringLiteral("export/lastFolder")).toString();
    if (!exportFolder.isEmpty())
        ChartView::setLastSaveFolder(exportFolder);
    m_benchmarks->restoreState(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("export/lastFolder"), ChartView::lastSaveFolder());
    m_benchmarks->saveState(settings);
}

} // namespace linda::ui

namespace linda::ui {

namespace {

QString suffixOf(const QString &format)
{
    if (format == u"junit")
        return QStringLiteral("xml");
    return format;
}

QString filterOf(const QString &format)
{
    if (format == u"json")
        return MainWindow::tr("JSON (*.json)");
    if (format == u"csv")
        return MainWindow::tr("CSV (*.csv)");
    if (format == u"junit")
        return MainWindow::tr("JUnit XML (*.xml)");
    return MainWindow::tr("PDF (*.pdf)");
}

} // namespace

namespace {

// Writes one export file. Reads only its arguments, so it runs on any
// thread; QPdfWriter and QPainter need no GUI thread.
QString writeExport(const QString &format, const QString &path, const bench::RunResult &run,
                    const std::optional<bench::ComparisonReport> &comparison)
{
#ifdef LINDA_HAVE_PDF_REPORT
    if (format == u"pdf") {
        PdfReportOptions options;
        options.comparison = comparison;
        QString error;
        if (!writePdfReport(run, path, options, &error))
            return error;
        return {};
    }
#endif
    QByteArray data;
    if (format == u"json") {
        QJsonObject document = bench::runToJson(run);
        if (comparison)
            document.insert(u"comparison"_qs, bench::comparisonToJson(*comparison));
        data = QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else if (format == u"csv") {
        data = bench::runToCsv(run);
    } else if (format == u"junit") {
        data = comparison ? bench::runToJUnit(run, bench::junitComparison(*comparison)) : bench::runToJUnit(run);
    } else {
        return MainWindow::tr("Unknown export format \"%1\": use json, csv, junit or pdf.").arg(format);
    }
    QString error;
    if (!bench::writeFileAtomically(path, data, &error))
        return error;
    return {};
}

} // namespace

QString MainWindow::exportLastRun(const QString &format, const QString &path) const
{
    const auto &run = m_benchmarks->lastRun();
    if (!run)
        return tr("There is no finished run to export yet.");
    // The reports carry the comparison with the previous run of each case,
    // as `linda-dashboard run --compare previous` writes them.
    return writeExport(format, path, *run, m_history->compareWithPrevious(*run));
}

bool MainWindow::isExporting() const
{
    return m_exportThread != nullptr;
}

void MainWindow::exportWithDialog(const QString &format)
{
    if (!m_benchmarks->lastRun() || isExporting())
        return;
    const QString stamp = m_benchmarks->lastRun()->startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested = ChartView::lastSaveFolder() + u"/linda-run-"_qs + stamp + u'.' + suffixOf(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the run"), suggested, filterOf(format));
    if (path.isEmpty())
        return;
    startExport(format, path);
}

// Reads the comparison here, on the GUI thread that owns the history
// connection. A PDF of a long run takes about a second to lay out and paint,
// so the file is written on a thread of its own.
void MainWindow::startExport(const QString &format, const QString &path)
{
    if (!m_benchmarks->lastRun() || isExporting())
        return;
    const bench::RunResult run = *m_benchmarks->lastRun();
    const std::optional<bench::ComparisonReport> comparison = m_history->compareWithPrevious(run);
    auto error = std::make_shared<QString>();
    m_exportThread = QThread::create([=] { *error = writeExport(format, path, run, comparison); });
    connect(m_exportThread, &QThread::finished, this, [this, error, path] {
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
        QGuiApplication::restoreOverrideCursor();
        updateActions();
        if (!error->isEmpty()) {
            // The writer's error names the file and the reason. The message adds what to do next.
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Export"),
                                 tr("The run was not exported.\n%1\nChoose a folder that exists and that "
                                    "you may write to, then export again.")
                                     .arg(*error));
            return;
        }
        // Only a folder that took a file is offered again, not a mistyped one.
        ChartView::setLastSaveFolder(QFileInfo(path).absolutePath());
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
        Q_EMIT exportFinished(path);
    });
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    statusBar()->showMessage(tr("Exporting the run to %1…").arg(path));
    m_exportThread->start();
    updateActions();
}

} // namespace linda::ui
