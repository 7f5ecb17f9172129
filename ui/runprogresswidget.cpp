#include "runprogresswidget.h"

#include "units.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace linda::ui {

namespace {
// How often the elapsed and remaining times are redrawn during a run.
constexpr std::chrono::milliseconds TimeRefresh{250};
} // namespace

RunProgressWidget::RunProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_case(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_times(new QLabel(this))
    , m_tick(new QTimer(this))
{
    m_case->setText(tr("Ready"));
    m_case->setObjectName(QStringLiteral("runCaseLabel"));
    m_bar->setAccessibleName(tr("Run progress"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%v of %m cases"));
    m_bar->setTextVisible(false); // "0 of 1 cases" before any run would be false
    m_bar->setMinimumWidth(200);
    m_times->setObjectName(QStringLiteral("runTimesLabel"));
    m_tick->setInterval(TimeRefresh);
    connect(m_tick, &QTimer::timeout, this, &RunProgressWidget::updateTimes);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_case, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_times);
}

qint64 RunProgressWidget::estimateRemainingMs(qint64 elapsedMs, int finished, int total)
{
    if (finished <= 0 || total <= 0)
        return -1;
    const int left = qMax(0, total - finished);
    return elapsedMs * left / finished;
}

void RunProgressWidget::runStarted(int total)
{
    m_total = total;
    m_finished = 0;
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(0);
    m_bar->setTextVisible(total > 0);
    m_case->setText(tr("Starting %n case(s)…", nullptr, total));
    m_clock.start();
    m_tick->start();
    updateTimes();
}

void RunProgressWidget::caseStarted(int index, int total, const QString &caseId)
{
    m_total = total;
    m_bar->setMaximum(qMax(1, total));
    m_bar->setTextVisible(true);
    m_case->setText(tr("Case %1 of %2: %3").arg(index + 1).arg(total).arg(caseId));
}

void RunProgressWidget::caseFinished(int index, int total)
{
    m_finished = index + 1;
    m_total = total;
    m_bar->setValue(m_finished);
    updateTimes();
}

void RunProgressWidget::runEnded(const QString &summary)
{
    m_tick->stop();
    updateTimes();
    m_case->setText(summary);
}

QString RunProgressWidget::caseText() const
{
    return m_case->text();
}

int RunProgressWidget::value() const
{
    return m_bar->value();
}

int RunProgressWidget::maximum() const
{
    return m_bar->maximum();
}

void RunProgressWidget::updateTimes()
{
    if (!m_clock.isValid()) {
        m_times->clear();
        return;
    }
    const qint64 elapsed = m_clock.elapsed();
    if (!m_tick->isActive()) {
        // After the run "remaining 0:00" would be noise, and wrong after a cancel.
        m_times->setText(tr("took %1").arg(formatClock(elapsed)));
        return;
    }
    const qint64 remaining = estimateRemainingMs(elapsed, m_finished, m_total);
    const QString remainingText = remaining < 0 ? tr("estimating…") : formatClock(remaining);
    m_times->setText(tr("elapsed %1, remaining %2").arg(formatClock(elapsed), remainingText));
}

} // namespace linda::ui
