#include "benchmarkspage.h"

#include "casetreemodel.h"
#include "chartdata.h"
#include "chartspanel.h"
#include "resultspanel.h"
#include "resultstablemodel.h"
#include "runparameterswidget.h"

#include <bench/caseregistry.h>
#include <bench/runcontroller.h>

#include <QGroupBox>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace linda::ui {

namespace {
// Live charts redraw at most this often; batches of samples in between are
// only buffered. Keeps the GUI thread free for input during a run.
constexpr std::chrono::milliseconds ChartRefreshInterval{200};

QString sampleUnitOf(const bench::CaseInfo &info)
{
    switch (info.kind) {
    case bench::CaseKind::Latency:
        return QStringLiteral("ns");
    case bench::CaseKind::Throughput:
        return QStringLiteral("ops/s");
    case bench::CaseKind::Memory:
    case bench::CaseKind::Correctness:
        break;
    }
    return {};
}
} // namespace

BenchmarksPage::BenchmarksPage(QWidget *parent)
    : QWidget(parent)
    , m_controller(new bench::RunController(this))
    , m_caseModel(new CaseTreeModel(this))
    , m_resultsModel(new ResultsTableModel(this))
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(ChartRefreshInterval);
    connect(m_refresh, &QTimer::timeout, this, &BenchmarksPage::refreshCharts);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("benchmarksSplitter"));
    m_mainSplitter->addWidget(createLeftPanel());
    m_mainSplitter->addWidget(createRightPanel());
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({330, 950});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_mainSplitter);

    connectController();
    connect(m_parameters, &RunParametersWidget::fixturesLoaded, this, &BenchmarksPage::applyFixtures);
    connect(m_caseModel, &CaseTreeModel::checkedCasesChanged, this, &BenchmarksPage::updateCanStart);
    applyFixtures();
}

BenchmarksPage::~BenchmarksPage() = default;

QWidget *BenchmarksPage::createLeftPanel()
{
    auto *panel = new QWidget(this);
    auto *parametersBox = new QGroupBox(tr("Run parameters"), panel);
    m_parameters = new RunParametersWidget(parametersBox);
    auto *parametersLayout = new QVBoxLayout(parametersBox);
    parametersLayout->addWidget(m_parameters);

    m_caseView = new QTreeView(panel);
    m_caseView->setObjectName(QStringLiteral("caseTree"));
    m_caseView->setAccessibleName(tr("Suites and cases"));
    m_caseView->setModel(m_caseModel);
    m_caseView->setUniformRowHeights(true);
    // Ids share their suite prefix, so only middle elision keeps "bench.…-json" apart from the rest.
    m_caseView->setTextElideMode(Qt::ElideMiddle);
    m_caseView->header()->setStretchLastSection(false);
    m_caseView->header()->setSectionResizeMode(CaseTreeModel::NameColumn, QHeaderView::Stretch);
    m_caseView->header()->setSectionResizeMode(CaseTreeModel::VerdictColumn,
                                               QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(parametersBox);
    layout->addWidget(m_caseView, 1);
    return panel;
}

QWidget *BenchmarksPage::createRightPanel()
{
    m_charts = new ChartsPanel(this);
    m_resultsPanel = new ResultsPanel(m_resultsModel, this);
    connect(m_resultsPanel, &ResultsPanel::currentCaseChanged, this, [this](const QString &caseId) {
        m_selectedCase = caseId;
        if (!caseId.isEmpty())
            m_charts->showCaseThroughput(caseId, throughputPointsOf(caseId));
    });

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("chartsResultsSplitter"));
    m_rightSplitter->addWidget(m_charts);
    m_rightSplitter->addWidget(m_resultsPanel);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setSizes({540, 320});
    return m_rightSplitter;
}

void BenchmarksPage::connectController()
{
    using bench::RunController;
    connect(m_controller, &RunController::runStarted, this,
            [this](const QList<bench::CaseInfo> &cases, const bench::Environment &) { onRunStarted(cases); });
    connect(m_controller, &RunController::caseStarted, this, &BenchmarksPage::onCaseStarted);
    connect(m_controller, &RunController::samplesAvailable, this, &BenchmarksPage::onSamples);
    connect(m_controller, &RunController::caseFinished, this, &BenchmarksPage::onCaseFinished);
    connect(m_controller, &RunController::runFinished, this, &BenchmarksPage::onRunFinished);
    connect(m_controller, &RunController::runFailed, this, &BenchmarksPage::onRunFailed);
}

void BenchmarksPage::applyFixtures()
{
    if (m_parameters->fixturesValid()) {
        const Fixtures &fixtures = m_parameters->fixtures();
        m_caseModel->setCases(bench::registeredCases(fixtures));
        m_caseView->expandAll();
        const PerformanceBands bands(fixtures.bands);
        m_resultsModel->setBands(bands);
        m_charts->setBands(bands);
        m_charts->setMemoryLimits(fixtures.memoryLimits.growthMBPer1000Ops.value,
                                  fixtures.memoryLimits.peakMB.value);
    }
    updateCanStart();
}

bool BenchmarksPage::canStart() const
{
    return !m_running && m_parameters->fixturesValid() && !m_caseModel->checkedCaseIds().isEmpty();
}

void BenchmarksPage::updateCanStart()
{
    Q_EMIT canStartChanged(canStart());
}

bool BenchmarksPage::isRunning() const
{
    return m_running;
}

bool BenchmarksPage::startRun()
{
    if (!canStart())
        return false;
    bench::RunRequest request = m_parameters->request();
    request.caseIds = m_caseModel->checkedCaseIds();
    m_running = true;
    m_parameters->setRunning(true);
    m_caseView->setEnabled(false);
    updateCanStart();
    m_controller->start(request);
    return true;
}

void BenchmarksPage::cancelRun()
{
    if (m_running)
        m_controller->cancel();
}

void BenchmarksPage::onRunStarted(const QList<bench::CaseInfo> &cases)
{
    m_live.clear();
    m_selectedCase.clear();
    m_resultsModel->startRun(cases);
    m_resultsPanel->fitColumns();
    m_charts->clear();
    Q_EMIT runStarted(int(cases.size()));
}

void BenchmarksPage::onCaseStarted(int index, int total, const bench::CaseInfo &info)
{
    m_runningCase = info;
    m_caseClock.start();
    m_live.startCase(info.id);
    m_resultsModel->markRunning(info.id);
    Q_EMIT caseStarted(index, total, info.id);
}

void BenchmarksPage::onSamples(const QString &caseId, const QList<double> &samples)
{
    if (caseId != m_runningCase.id)
        return; // a late batch of a case that already finished
    const QString unit = sampleUnitOf(m_runningCase);
    if (unit.isEmpty())
        return;
    m_live.addSamples(caseId, samples, unit, m_caseClock.nsecsElapsed() / 1e9);
    scheduleRefresh();
}

void BenchmarksPage::onCaseFinished(int index, int total, const bench::CaseResult &result)
{
    m_resultsModel->setResult(result);
    m_caseModel->setVerdict(result.info.id, result.verdict);
    m_charts->addResult(result);
    scheduleRefresh();
    Q_EMIT caseFinished(index, total, result);
}

void BenchmarksPage::onRunFinished(const bench::RunResult &result)
{
    m_running = false;
    m_lastRun = result;
    m_resultsModel->finishRun(result.cancelled);
    for (const bench::CaseResult &r : result.cases)
        m_caseModel->setVerdict(r.info.id, r.verdict);
    m_parameters->setRunning(false);
    m_caseView->setEnabled(true);
    m_refresh->stop();
    refreshCharts();
    m_resultsPanel->fitColumns();
    updateCanStart();
    Q_EMIT runFinished(result);
}

void BenchmarksPage::onRunFailed(const QString &message)
{
    m_running = false;
    m_resultsModel->finishRun(true);
    m_parameters->setRunning(false);
    m_caseView->setEnabled(true);
    updateCanStart();
    Q_EMIT runFailed(message);
}

void BenchmarksPage::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void BenchmarksPage::refreshCharts()
{
    m_charts->refresh();
    const QString displayedCase = m_selectedCase.isEmpty() ? m_runningCase.id : m_selectedCase;
    if (!displayedCase.isEmpty()) {
        const QList<QPointF> points = throughputPointsOf(displayedCase);
        if (!points.isEmpty())
            m_charts->showCaseThroughput(displayedCase, points);
    }
}

QList<QPointF> BenchmarksPage::throughputPointsOf(const QString &caseId) const
{
    const QList<QPointF> live = m_live.points(caseId);
    if (!live.isEmpty())
        return live;
    const int row = m_resultsModel->rowOf(caseId);
    const bench::CaseResult *result = row >= 0 ? m_resultsModel->resultAt(row) : nullptr;
    return result ? throughputOverTime(*result) : QList<QPointF>();
}

void BenchmarksPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("benchmarks/splitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("benchmarks/chartsSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("benchmarks/chartTab"), m_charts->currentIndex());
    settings.setValue(QStringLiteral("run/profile"), bench::profileName(m_parameters->profile()));
    settings.setValue(QStringLiteral("run/workers"), m_parameters->workers());
    settings.setValue(QStringLiteral("run/secondsPerCase"),
                      qint64(std::chrono::duration_cast<std::chrono::seconds>(m_parameters->timePerCase()).count()));
    settings.setValue(QStringLiteral("run/fixturesFolder"), m_parameters->fixturesFolder());
    // Unchecked rather than checked ids, so cases added in a later version start checked.
    QStringList unchecked;
    for (const bench::CaseInfo &info : m_caseModel->cases()) {
        if (!m_caseModel->isChecked(info.id))
            unchecked.append(info.id);
    }
    settings.setValue(QStringLiteral("run/uncheckedCases"), unchecked);
}

void BenchmarksPage::restoreState(const QSettings &settings)
{
    m_mainSplitter->restoreState(settings.value(QStringLiteral("benchmarks/splitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("benchmarks/chartsSplitter")).toByteArray());
    m_charts->setCurrentIndex(settings.value(QStringLiteral("benchmarks/chartTab"), 0).toInt());
    if (const auto profile = bench::profileFromName(settings.value(QStringLiteral("run/profile")).toString()))
        m_parameters->setProfile(*profile);
    if (settings.contains(QStringLiteral("run/workers")))
        m_parameters->setWorkers(settings.value(QStringLiteral("run/workers")).toInt());
    m_parameters->setTimePerCase(std::chrono::seconds(settings.value(QStringLiteral("run/secondsPerCase")).toInt()));
    const QString folder = settings.value(QStringLiteral("run/fixturesFolder")).toString();
    if (folder != m_parameters->fixturesFolder())
        m_parameters->setFixturesFolder(folder);
    const QStringList unchecked = settings.value(QStringLiteral("run/uncheckedCases")).toStringList();
    QStringList checked;
    for (const bench::CaseInfo &info : m_caseModel->cases()) {
        if (!unchecked.contains(info.id))
            checked.append(info.id);
    }
    m_caseModel->setCheckedCaseIds(checked);
}

} // namespace linda::ui
