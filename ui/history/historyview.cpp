#include "historyview.h"

#include "comparisonmodel.h"
#include "runlistmodel.h"
#include "trendchart.h"

#include <bench/history/comparison.h>
#include <bench/history/historydatabase.h>
#include <bench/history/runjson.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace linda::ui {

HistoryView::HistoryView(QWidget *parent)
    : HistoryView(bench::HistoryDatabase::defaultPath(), parent)
{
}

HistoryView::HistoryView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_runs(new RunListModel(this))
    , m_comparison(new ComparisonModel(this))
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createRunTable());
    splitter->addWidget(createDetailTabs());
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connectActions();
    openDatabase(databasePath);
    refresh();
}

HistoryView::~HistoryView() = default;

QWidget *HistoryView::createToolBar()
{
    auto *bar = new QToolBar(this);
    // Export is the one action with an icon; without this style the bar
    // shows that icon alone, with no label.
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshAction = bar->addAction(tr("Refresh"));
    m_baselineAction = bar->addAction(tr("Mark as baseline"));
    m_baselineAction->setToolTip(tr("Make the selected run the baseline of its profile; 'run --compare baseline' "
                                    "compares with it."));
    m_deleteAction = bar->addAction(tr("Delete…"));
    m_exportAction = bar->addAction(QIcon(u":/icons/export.svg"_qs), tr("Export…"));
    m_importAction = bar->addAction(tr("Import…"));
    return bar;
}

QWidget *HistoryView::createRunTable()
{
    m_runTable = new QTableView(this);
    m_runTable->setModel(m_runs);
    m_runTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runTable->verticalHeader()->hide();
    m_runTable->horizontalHeader()->setStretchLastSection(true);
    m_runTable->setToolTip(tr("Select one run to compare it with the previous run of each case, or two runs to "
                              "compare them with each other."));

    auto *empty = new QLabel(tr("No runs in the history yet. Every run started from the Benchmarks page or with "
                                "'linda-dashboard run' is saved here; 'Import…' adds an exported run."),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    m_runStack = new QStackedWidget(this);
    m_runStack->addWidget(empty);
    m_runStack->addWidget(m_runTable);
    return m_runStack;
}

QWidget *HistoryView::createDetailTabs()
{
    auto *comparisonPage = new QWidget(this);
    m_comparisonTitle = new QLabel(comparisonPage);
    m_comparisonTitle->setWordWrap(true);
    m_comparisonTable = new QTableView(comparisonPage);
    m_comparisonTable->setModel(m_comparison);
    m_comparisonTable->verticalHeader()->hide();
    m_comparisonTable->horizontalHeader()->setStretchLastSection(true);
    m_comparisonTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *comparisonLayout = new QVBoxLayout(comparisonPage);
    comparisonLayout->addWidget(m_comparisonTitle);
    comparisonLayout->addWidget(m_comparisonTable, 1);

    auto *trendPage = new QWidget(this);
    m_caseChooser = new QComboBox(trendPage);
    m_trend = new TrendChart(trendPage);
    auto *trendLayout = new QVBoxLayout(trendPage);
    trendLayout->addWidget(m_caseChooser);
    trendLayout->addWidget(m_trend, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(comparisonPage, tr("Comparison"));
    m_tabs->addTab(trendPage, tr("Trend"));
    return m_tabs;
}

void HistoryView::connectActions()
{
    connect(m_refreshAction, &QAction::triggered, this, &HistoryView::refresh);
    connect(m_baselineAction, &QAction::triggered, this, &HistoryView::markSelectedBaseline);
    connect(m_deleteAction, &QAction::triggered, this, &HistoryView::confirmDelete);
    connect(m_exportAction, &QAction::triggered, this, &HistoryView::chooseExportFile);
    connect(m_importAction, &QAction::triggered, this, &HistoryView::chooseImportFile);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        compareSelection();
    });
    connect(m_caseChooser, &QComboBox::currentTextChanged, this, &HistoryView::showTrend);
    // Double-clicking a compared case shows its trend.
    connect(m_comparisonTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString caseId = index.data(ComparisonModel::CaseIdRole).toString();
        m_caseChooser->setCurrentText(caseId);
        m_tabs->setCurrentIndex(1);
    });
}

void HistoryView::openDatabase(const QString &path)
{
    m_db = std::make_unique<bench::HistoryDatabase>(path);
    const bool opened = m_db->open();
    QStringList messages = m_db->notices();
    if (!opened)
        messages << m_db->errorString();
    setStatus(messages.join(u'\n'), !messages.isEmpty());
}

QString HistoryView::statusText() const
{
    return m_status->text();
}

void HistoryView::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(problem ? u"color: #a61b1b;"_qs : QString());
}

void HistoryView::refresh()
{
    const QList<qint64> selected = selectedRunIds();
    m_runs->setRuns(m_db->isOpen() ? m_db->listRuns() : QList<bench::RunSummary>{});
    m_runStack->setCurrentIndex(m_runs->rowCount() > 0 ? 1 : 0);
    m_runTable->resizeColumnsToContents();
    refreshCaseList();
    selectRuns(selected);
    updateActions();
    // With nothing (left) selected no selection change fires, so clear the comparison here.
    if (selectedRunIds().isEmpty())
        compareSelection();
}

void HistoryView::refreshCaseList()
{
    const QString current = m_caseChooser->currentText();
    const QSignalBlocker blocker(m_caseChooser);
    m_caseChooser->clear();
    if (m_db->isOpen())
        m_caseChooser->addItems(m_db->caseIds());
    const int index = m_caseChooser->findText(current);
    m_caseChooser->setCurrentIndex(index >= 0 ? index : 0);
    showTrend(m_caseChooser->currentText());
}

void HistoryView::showTrend(const QString &caseId)
{
    if (m_caseChooser->currentText() != caseId) {
        const QSignalBlocker blocker(m_caseChooser);
        m_caseChooser->setCurrentText(caseId);
    }
    m_trend->setTrend(caseId, caseId.isEmpty() || !m_db->isOpen() ? QList<bench::TrendPoint>{} : m_db->trend(caseId));
}

QList<qint64> HistoryView::selectedRunIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_runTable->selectionModel()->selectedRows())
        ids << index.data(RunListModel::RunIdRole).toLongLong();
    return ids;
}

void HistoryView::selectRuns(const QList<qint64> &runIds)
{
    QItemSelection selection;
    for (const qint64 id : runIds) {
        const int row = m_runs->rowOf(id);
        if (row >= 0)
            selection.select(m_runs->index(row, 0), m_runs->index(row, RunListModel::ColumnCount - 1));
    }
    m_runTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void HistoryView::updateActions()
{
    const bool open = m_db->isOpen();
    const qsizetype selected = selectedRunIds().size();
    m_refreshAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_baselineAction->setEnabled(open && selected == 1);
    m_deleteAction->setEnabled(open && selected >= 1);
    m_exportAction->setEnabled(open && selected == 1);
}

// One run: each case against the previous run of that case. Two runs: the
// older one is the reference.
void HistoryView::compareSelection()
{
    QList<qint64> ids = selectedRunIds();
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return m_runs->runAt(m_runs->rowOf(a)).startedAt < m_runs->runAt(m_runs->rowOf(b)).startedAt;
    });
    if (ids.isEmpty() || ids.size() > 2 || !m_db->isOpen()) {
        m_comparison->clear();
        m_comparisonTitle->setText(ids.size() > 2 ? tr("Select one or two runs to compare.")
                                                   : tr("Select a run to compare it with earlier runs."));
        return;
    }
    const std::optional<bench::RunResult> current = m_db->loadRun(ids.constLast());
    if (!current) {
        setStatus(m_db->errorString(), true);
        return;
    }
    bench::ComparisonReport report;
    if (ids.size() == 1) {
        report = bench::compareRun(*m_db, *current, bench::CompareRequest{}, ids.constFirst());
        m_comparisonTitle->setText(tr("Run %1 against the previous run of each case (same profile).").arg(ids.constFirst()));
    } else {
        bench::CompareRequest request;
        request.target = bench::CompareTarget::RunId;
        request.runId = ids.constFirst();
        report = bench::compareRun(*m_db, *current, request, ids.constLast());
        m_comparisonTitle->setText(tr("Run %1 (now) against run %2 (before).").arg(ids.constLast()).arg(ids.constFirst()));
    }
    if (!report.isValid())
        setStatus(report.error, true);
    m_comparison->setReport(report);
    m_comparisonTable->resizeColumnsToContents();
}

void HistoryView::addRun(const bench::RunResult &run)
{
    if (!m_db->isOpen()) {
        setStatus(tr("The run was not saved: %1").arg(m_db->errorString()), true);
        return;
    }
    const std::optional<qint64> id = m_db->saveRun(run);
    if (!id) {
        setStatus(tr("The run was not saved: %1").arg(m_db->errorString()), true);
        return;
    }
    m_lastSavedRunId = id;
    m_lastSavedStartedAt = run.startedAt;
    refresh();
    selectRuns({*id});
    Q_EMIT runSaved(*id);
}

std::optional<bench::ComparisonReport> HistoryView::compareWithPrevious(const bench::RunResult &run) const
{
    if (!m_db->isOpen())
        return std::nullopt;
    const bool saved = m_lastSavedRunId && m_lastSavedStartedAt == run.startedAt;
    return bench::compareRun(*m_db, run, bench::CompareRequest{}, saved ? m_lastSavedRunId : std::nullopt);
}

bool HistoryView::deleteRun(qint64 runId, QString *error)
{
    if (!m_db->deleteRun(runId)) {
        if (error)
            *error = m_db->errorString();
        return false;
    }
    refresh();
    return true;
}

bool HistoryView::markBaseline(qint64 runId, QString *error)
{
    const qsizetype row = m_runs->rowOf(runId);
    if (row >= 0 && m_runs->runAt(int(row)).cancelled) {
        if (error)
            *error = tr("Run %1 was cancelled, so some cases have no results; choose a completed run.").arg(runId);
        return false;
    }
    if (!m_db->setBaseline(runId)) {
        if (error)
            *error = m_db->errorString();
        return false;
    }
    refresh();
    return true;
}

bool HistoryView::exportRun(qint64 runId, const QString &fileName, QString *error)
{
    const std::optional<bench::RunResult> run = m_db->loadRun(runId);
    if (!run) {
        if (error)
            *error = m_db->errorString();
        return false;
    }
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(bench::runFileToJson(*run)).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
    return false;
}

std::optional<qint64> HistoryView::importRun(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    QString reason;
    const std::optional<bench::RunResult> run = bench::runFileFromBytes(file.readAll(), &reason);
    if (!run) {
        if (error)
            *error = tr("%1 is not a valid exported run: %2 Nothing was imported.").arg(fileName, reason);
        return std::nullopt;
    }
    if (const std::optional<qint64> same = m_db->findSameRun(*run)) {
        if (error)
            *error = tr("%1 is already in the history as run %2. Nothing was imported.").arg(fileName).arg(*same);
        return std::nullopt;
    }
    const std::optional<qint64> id = m_db->saveRun(*run, bench::RunOrigin::Import);
    if (!id) {
        if (error)
            *error = m_db->errorString();
        return std::nullopt;
    }
    refresh();
    selectRuns({*id});
    return id;
}

void HistoryView::confirmDelete()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete runs"),
        tr("Delete %n run(s) with their case results and raw samples? This cannot be undone; export a run first "
           "to keep a copy.",
           nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const qint64 id : ids) {
        QString error;
        if (!deleteRun(id, &error)) {
            QMessageBox::warning(this, tr("Delete runs"), error);
            return;
        }
    }
    setStatus(tr("Deleted %n run(s).", nullptr, int(ids.size())));
}

void HistoryView::markSelectedBaseline()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() != 1)
        return;
    QString error;
    if (!markBaseline(ids.constFirst(), &error))
        QMessageBox::warning(this, tr("Mark as baseline"), error);
    else
        setStatus(tr("Run %1 is now the baseline of its profile.").arg(ids.constFirst()));
}

void HistoryView::chooseExportFile()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() != 1)
        return;
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export run"),
                                                          tr("linda-run-%1.json").arg(ids.constFirst()),
                                                          tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportRun(ids.constFirst(), fileName, &error))
        QMessageBox::warning(this, tr("Export run"), error);
    else
        setStatus(tr("Exported run %1 to %2.").arg(ids.constFirst()).arg(fileName));
}

void HistoryView::chooseImportFile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import run"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    const std::optional<qint64> id = importRun(fileName, &error);
    if (!id)
        QMessageBox::warning(this, tr("Import run"), error);
    else
        setStatus(tr("Imported %1 as run %2.").arg(fileName).arg(*id));
}

} // namespace linda::ui
