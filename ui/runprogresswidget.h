#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace linda::ui {

// Status bar part of a run: "case k of n: id", a progress bar over cases,
// the elapsed time and an estimate of the remaining time (the mean time of
// the finished cases times the cases left).
class RunProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunProgressWidget(QWidget *parent = nullptr);

    void runStarted(int total);
    void caseStarted(int index, int total, const QString &caseId); // index is 0-based
    void caseFinished(int index, int total);
    void runEnded(const QString &summary);

    QString caseText() const;
    int value() const;
    int maximum() const;

    // Remaining time estimate in ms from elapsed time and finished cases;
    // -1 while no case has finished.
    static qint64 estimateRemainingMs(qint64 elapsedMs, int finished, int total);

private:
    void updateTimes();

    QLabel *m_case;
    QProgressBar *m_bar;
    QLabel *m_times;
    QTimer *m_tick;
    QElapsedTimer m_clock;
    int m_finished = 0;
    int m_total = 0;
};

} // namespace linda::ui
