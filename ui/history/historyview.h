#pragma once

#include <bench/history/comparison.h>
#include <bench/results.h>

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace linda::bench {
class HistoryDatabase;
}

namespace linda::ui {

class ComparisonModel;
class RunListModel;
class TrendChart;

// The History tab: the saved runs, a side-by-side comparison of any two (or
// of one with the previous run of each case), a trend chart per case, and
// baseline, delete, export and import actions. Works on the history at
// bench::HistoryDatabase::defaultPath() unless given another file.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);
    HistoryView(const QString &databasePath, QWidget *parent);
    ~HistoryView() override;

    RunListModel *runModel() const { return m_runs; }
    ComparisonModel *comparisonModel() const { return m_comparison; }
    TrendChart *trendChart() const { return m_trend; }
    QString statusText() const;

    // Selects the listed runs in the table (and so compares them).
    void selectRuns(const QList<qint64> &runIds);

    // The actions without their dialogs; each returns false and sets
    // *error on failure.
    bool deleteRun(qint64 runId, QString *error);
    bool markBaseline(qint64 runId, QString *error);
    bool exportRun(qint64 runId, const QString &fileName, QString *error);
    std::optional<qint64> importRun(const QString &fileName, QString *error);

    // Compares run with the previous run of each of its cases (same
    // profile) in this history, as the reports of a finished run carry it.
    // When run is the one addRun() saved last, that saved copy is never its
    // own reference. Unset when the history could not be opened.
    std::optional<bench::ComparisonReport> compareWithPrevious(const bench::RunResult &run) const;

public Q_SLOTS:
    // Saves a finished (or cancelled) run to the history, lists it, selects
    // it and compares it with the previous run of each case.
    void addRun(const linda::bench::RunResult &run);
    void refresh();
    void showTrend(const QString &caseId);

Q_SIGNALS:
    void runSaved(qint64 runId);

private:
    void openDatabase(const QString &path);
    QWidget *createToolBar();
    QWidget *createRunTable();
    QWidget *createDetailTabs();
    void connectActions();
    QList<qint64> selectedRunIds() const;
    void updateActions();
    void compareSelection();
    void refreshCaseList();
    void setStatus(const QString &text, bool problem = false);

    void confirmDelete();
    void chooseExportFile();
    void chooseImportFile();
    void markSelectedBaseline();

    std::unique_ptr<bench::HistoryDatabase> m_db;
    // The run addRun() saved last: its id and start time.
    std::optional<qint64> m_lastSavedRunId;
    QDateTime m_lastSavedStartedAt;
    RunListModel *m_runs = nullptr;
    ComparisonModel *m_comparison = nullptr;
    QTableView *m_runTable = nullptr;
    QTableView *m_comparisonTable = nullptr;
    QStackedWidget *m_runStack = nullptr; // the table, or a note while the history is empty
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_caseChooser = nullptr;
    TrendChart *m_trend = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_comparisonTitle = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_baselineAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace linda::ui
