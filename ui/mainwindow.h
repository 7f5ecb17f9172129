#pragma once

#include <bench/results.h>

#include <QMainWindow>

#include <functional>

class QAction;
class QMenu;
class QTabWidget;
class QThread;

namespace linda::ui {

class BenchmarksPage;
class HealthView;
class HistoryView;
class RunProgressWidget;
class StallProbe;

// The dashboard window: toolbar, the Benchmarks / Health / History tabs and a
// status bar with the run's progress. Geometry, splitters and run parameters
// are restored from QSettings and saved on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    BenchmarksPage *benchmarks() const { return m_benchmarks; }
    HealthView *health() const { return m_health; }
    HistoryView *history() const { return m_history; }
    RunProgressWidget *progress() const { return m_progress; }
    StallProbe *stallProbe() const { return m_stallProbe; }
    QAction *runAction() const { return m_run; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *exportAction() const { return m_export; }

    // Asked before closing during a run; returns true to cancel the run and
    // close. Tests replace the question box with a fixed answer.
    void setCloseConfirmation(std::function<bool()> confirm);

    // Writes the last run to `path` in `format` ("json", "csv", "junit",
    // "pdf"). Returns an empty string on success, else the error sentence.
    QString exportLastRun(const QString &format, const QString &path) const;

    // Writes the last run to `path` on a background thread, as the Export
    // actions do after their file dialog. exportFinished() reports success,
    // and a message box reports an error.
    void startExport(const QString &format, const QString &path);
    bool isExporting() const;

public Q_SLOTS:
    bool startRun();
    void cancelRun();

Q_SIGNALS:
    void runFinished(const linda::bench::RunResult &result);
    void runFailed(const QString &message);
    void exportFinished(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QMenu *createExportMenu();
    void createToolBar();
    void createPages();
    void createStatusBar();
    void connectPage();
    void restoreSettings();
    void saveSettings() const;

    void updateActions();
    void chooseFixtures();
    void showSettings();
    void exportWithDialog(const QString &format);
    void onRunFinished(const bench::RunResult &result);
    void onRunFailed(const QString &message);
    bool confirmClose();

    BenchmarksPage *m_benchmarks = nullptr;
    HealthView *m_health = nullptr;
    HistoryView *m_history = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunProgressWidget *m_progress = nullptr;
    StallProbe *m_stallProbe;
    QAction *m_run = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_export = nullptr;
    QAction *m_fixtures = nullptr;
    QAction *m_settings = nullptr;
    QList<QAction *> m_exportFormats;
    std::function<bool()> m_confirmClose;
    bool m_closeAfterRun = false;
    QThread *m_exportThread = nullptr;
};

} // namespace linda::ui
