#pragma once

#include "livethroughput.h"

#include <bench/results.h>

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QSettings;
class QSplitter;
class QTimer;
class QTreeView;

namespace linda::bench {
class RunController;
}

namespace linda::ui {

class CaseTreeModel;
class ChartsPanel;
class ResultsPanel;
class ResultsTableModel;
class RunParametersWidget;

// The Benchmarks tab: run parameters and the checkable case tree on the
// left, charts and the results table on the right. Owns the run controller;
// the run itself executes on the controller's thread and every figure
// arrives here as a queued signal carrying values.
class BenchmarksPage : public QWidget
{
    Q_OBJECT

public:
    explicit BenchmarksPage(QWidget *parent = nullptr);
    ~BenchmarksPage() override;

    // Starts a run of the checked cases with the current parameters. Returns
    // false (and starts nothing) while a run is going, while the fixtures
    // have errors, or when no case is checked.
    bool startRun();
    void cancelRun();
    bool isRunning() const;
    bool canStart() const;

    const std::optional<bench::RunResult> &lastRun() const { return m_lastRun; }

    RunParametersWidget *parameters() const { return m_parameters; }
    CaseTreeModel *caseModel() const { return m_caseModel; }
    ResultsTableModel *resultsModel() const { return m_resultsModel; }
    ResultsPanel *resultsPanel() const { return m_resultsPanel; }
    ChartsPanel *charts() const { return m_charts; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void canStartChanged(bool canStart);
    void runStarted(int total);
    void caseStarted(int index, int total, const QString &caseId);
    void caseFinished(int index, int total, const linda::bench::CaseResult &result);
    void runFinished(const linda::bench::RunResult &result);
    void runFailed(const QString &message);

private:
    QWidget *createLeftPanel();
    QWidget *createRightPanel();
    void connectController();
    void applyFixtures();
    void updateCanStart();

    void onRunStarted(const QList<bench::CaseInfo> &cases);
    void onCaseStarted(int index, int total, const bench::CaseInfo &info);
    void onSamples(const QString &caseId, const QList<double> &samples);
    void onCaseFinished(int index, int total, const bench::CaseResult &result);
    void onRunFinished(const bench::RunResult &result);
    void onRunFailed(const QString &message);

    void scheduleRefresh();
    void refreshCharts();
    QList<QPointF> throughputPointsOf(const QString &caseId) const;

    bench::RunController *m_controller;
    RunParametersWidget *m_parameters = nullptr;
    CaseTreeModel *m_caseModel;
    QTreeView *m_caseView = nullptr;
    ResultsTableModel *m_resultsModel;
    ResultsPanel *m_resultsPanel = nullptr;
    ChartsPanel *m_charts = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;

    LiveThroughput m_live;
    QElapsedTimer m_caseClock;
    bench::CaseInfo m_runningCase;
    QString m_selectedCase; // the case the user picked in the table; follows the run when empty
    QTimer *m_refresh;
    bool m_running = false;
    std::optional<bench::RunResult> m_lastRun;
};

} // namespace linda::ui
