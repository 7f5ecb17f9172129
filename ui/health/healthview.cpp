#include "healthview.h"

#include "healthcharts.h"
#include "healthtile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace linda::ui {

namespace {

constexpr double bytesPerMB = 1024.0 * 1024.0;
const QString customSource = QStringLiteral("custom");
const QString replaySource = QStringLiteral("replay");

QString figure(double value, int precision)
{
    return QLocale().toString(value, 'f', precision);
}

// Share of a limit: under half is fine, under the limit a warning, beyond it failing.
QColor limitTint(double value, double limit)
{
    if (limit <= 0)
        return {};
    if (value > limit)
        return ratingBackground(Rating::Failing);
    if (value > limit * 0.5)
        return ratingBackground(Rating::Acceptable);
    return ratingBackground(Rating::Excellent);
}

// The tile that shows the figure an alert rule watches, or TileCount for
// a rule without one.
HealthView::Tile tileForRule(const QString &ruleId)
{
    static const QHash<QString, HealthView::Tile> tiles = {
        {QStringLiteral("latency.p50"), HealthView::P50Tile},
        {QStringLiteral("latency.p95"), HealthView::P95Tile},
        {QStringLiteral("queue.depth"), HealthView::QueueTile},
        {QStringLiteral("memory.heap-growth"), HealthView::HeapTile},
        {QStringLiteral("errors.rate"), HealthView::ErrorsTile},
    };
    return tiles.value(ruleId, HealthView::TileCount);
}

QColor alertBackground(AlertState state)
{
    switch (state) {
    case AlertState::Pending:
        return ratingBackground(Rating::Degraded);
    case AlertState::Firing:
        return ratingBackground(Rating::Failing);
    case AlertState::Resolved:
        return ratingBackground(Rating::Good);
    case AlertState::Normal:
        break;
    }
    return {};
}

} // namespace

HealthView::HealthView(QWidget *parent)
    : QWidget(parent)
    , m_monitor(new HealthMonitor(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildControls());
    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->addWidget(buildCharts());
    right->addWidget(buildEventLog());
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 1);
    right->setSizes({560, 260});
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828;"_qs);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTiles());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_monitor, &HealthMonitor::sampled, this, &HealthView::showSample);
    connect(m_monitor, &HealthMonitor::engineStateChanged, this, &HealthView::updateControls);
    connect(m_monitor, &HealthMonitor::trafficStateChanged, this, &HealthView::updateControls);

    const FixturesLoadResult bundled = fixtures::loadBundled();
    setFixtures(bundled.fixtures);
    m_monitor->startSampling();
    updateControls();
}

HealthView::~HealthView() = default;

void HealthView::setFixtures(const Fixtures &fixtures)
{
    m_fixtures = fixtures;
    m_bands = PerformanceBands(fixtures.bands);
    m_monitor->setFixtures(fixtures);

    const QString current = m_source->currentData().toString();
    m_source->clear();
    for (const ArrivalRateScenario &s : fixtures.arrivalRateScenarios) {
        m_source->addItem(tr("%1 (%2 msg/s)").arg(s.name).arg(s.messagesPerSecond),
                          s.caseId);
    }
    m_source->addItem(tr("Custom rate"), customSource);
    m_source->addItem(tr("Replay a file"), replaySource);
    const int index = m_source->findData(current.isEmpty() ? u"load.scenario.medium"_qs : current);
    m_source->setCurrentIndex(qMax(0, index));

    if (const Threshold *t = fixtures.threshold(thresholdkey::CommandResponse))
        m_charts.at(1)->setLimit(t->limit, tr("p95 limit (%1 ms)").arg(t->limit));
    if (const Threshold *t = fixtures.threshold(thresholdkey::ConcurrentMessageLimit))
        m_charts.at(2)->setLimit(t->limit, tr("limit (%1)").arg(t->limit));
}

QWidget *HealthView::buildTiles()
{
    struct Spec
    {
        const char *caption;
        const char *toolTip;
    };
    static const Spec specs[TileCount] = {
        {QT_TR_NOOP("Messages/s"), QT_TR_NOOP("Messages the engine received in the last second, per second.")},
        {QT_TR_NOOP("Replies/s"), QT_TR_NOOP("Replies the engine produced in the last second, per second.")},
        {QT_TR_NOOP("p50 latency"),
         QT_TR_NOOP("Median handling time in the last second, in milliseconds; coloured by the performance bands.")},
        {QT_TR_NOOP("p95 latency"),
         QT_TR_NOOP("95th percentile handling time in the last second, in milliseconds; coloured by the "
                    "performance bands.")},
        {QT_TR_NOOP("p99 latency"),
         QT_TR_NOOP("99th percentile handling time in the last second, in milliseconds; coloured by the "
                    "performance bands.")},
        {QT_TR_NOOP("Queue depth"),
         QT_TR_NOOP("Messages waiting for a worker, in messages; red beyond the concurrent message limit.")},
        {QT_TR_NOOP("Active sessions"), QT_TR_NOOP("Chats with an open session, in sessions.")},
        {QT_TR_NOOP("Rate-limited senders"),
         QT_TR_NOOP("Distinct senders the rate limiter held back in the last second, in senders.")},
        {QT_TR_NOOP("Errors"), QT_TR_NOOP("Internal errors in the last second, and the total since the start.")},
        {QT_TR_NOOP("Heap"),
         QT_TR_NOOP("Heap in use (glibc mallinfo2), in MB of 2^20 bytes, and its growth since the engine "
                    "started; red beyond the memory peak increase limit.")},
        {QT_TR_NOOP("RSS"), QT_TR_NOOP("Resident set size of the process, in MB of 2^20 bytes.")},
        {QT_TR_NOOP("Alerts firing"), QT_TR_NOOP("Alert rules in the firing state; see the event log.")},
    };
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < TileCount; ++i) {
        auto *tile = new HealthTile(tr(specs[i].caption), tr(specs[i].toolTip), box);
        m_tiles.append(tile);
        grid->addWidget(tile, i / 6, i % 6);
    }
    return box;
}

QWidget *HealthView::buildCharts()
{
    using Line = HealthChart::Line;
    const auto chart = [this](const QString &title, const QString &unit, QList<Line> lines) {
        auto *c = new HealthChart(title, unit, std::move(lines), this);
        m_charts.append(c);
        return c;
    };
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(chart(tr("Throughput"), tr("per second"),
                          {{tr("messages"), QColor(0x15, 0x65, 0xc0), [](const HealthSample &s) { return s.messagesPerSecond; }},
                           {tr("replies"), QColor(0x2e, 0x7d, 0x32), [](const HealthSample &s) { return s.repliesPerSecond; }}}),
                    0, 0);
    grid->addWidget(chart(tr("Handling latency"), tr("ms"),
                          {{tr("p50"), QColor(0x2e, 0x7d, 0x32), [](const HealthSample &s) { return s.p50Ms; }},
                           {tr("p95"), QColor(0xef, 0x6c, 0x00), [](const HealthSample &s) { return s.p95Ms; }},
                           {tr("p99"), QColor(0x6a, 0x1b, 0x9a), [](const HealthSample &s) { return s.p99Ms; }}}),
                    0, 1);
    grid->addWidget(chart(tr("Queue"), tr("messages"),
                          {{tr("queue depth"), QColor(0x15, 0x65, 0xc0), [](const HealthSample &s) { return double(s.queueDepth); }},
                           {tr("busy workers"), QColor(0x75, 0x75, 0x75), [](const HealthSample &s) { return double(s.busyWorkers); }}}),
                    1, 0);
    grid->addWidget(chart(tr("Memory"), tr("MB"),
                          {{tr("heap"), QColor(0x15, 0x65, 0xc0), [](const HealthSample &s) { return double(s.heapBytes) / bytesPerMB; }},
                           {tr("RSS"), QColor(0xef, 0x6c, 0x00), [](const HealthSample &s) { return double(s.rssBytes) / bytesPerMB; }}}),
                    1, 1);
    return box;
}

QWidget *HealthView::buildControls()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *engine = new QGroupBox(tr("Engine"), panel);
    auto *engineForm = new QFormLayout(engine);
    m_workers = new QSpinBox(engine);
    m_workers->setRange(1, 256);
    m_workers->setValue(4);
    m_workers->setToolTip(tr("Worker threads of the engine's queue; applies at the next start or restart."));
    m_rateLimitOn = new QCheckBox(tr("Limit each sender"), engine);
    m_rateLimitOn->setObjectName(QStringLiteral("rateLimitOn"));
    m_rateLimitOn->setChecked(true);
    m_rateLimitRate = new QDoubleSpinBox(engine);
    m_rateLimitRate->setRange(0.1, 10'000);
    m_rateLimitRate->setValue(1.0);
    m_rateLimitRate->setSuffix(tr(" msg/s"));
    m_rateLimitRate->setToolTip(tr("Messages per second each sender may send, in messages per second."));
    m_rateLimitBurst = new QDoubleSpinBox(engine);
    m_rateLimitBurst->setRange(1, 10'000);
    m_rateLimitBurst->setValue(5);
    m_rateLimitBurst->setToolTip(tr("Messages a sender may send back to back before the limit applies."));
    engineForm->addRow(tr("Workers:"), m_workers);
    engineForm->addRow(m_rateLimitOn);
    engineForm->addRow(tr("Rate:"), m_rateLimitRate);
    engineForm->addRow(tr("Burst:"), m_rateLimitBurst);
    m_engineStart = new QPushButton(tr("Start"), engine);
    m_engineStop = new QPushButton(tr("Stop"), engine);
    m_engineRestart = new QPushButton(tr("Restart"), engine);
    m_engineRestart->setToolTip(tr("Stops the engine and starts it with the settings above on a fresh database."));
    auto *engineButtons = new QHBoxLayout;
    engineButtons->addWidget(m_engineStart);
    engineButtons->addWidget(m_engineStop);
    engineButtons->addWidget(m_engineRestart);
    engineForm->addRow(engineButtons);
    auto *reset = new QPushButton(tr("Reset counters"), engine);
    reset->setToolTip(tr("Zeroes the engine's counters and latency histograms and the heap growth baseline."));
    engineForm->addRow(reset);
    layout->addWidget(engine);

    auto *traffic = new QGroupBox(tr("Traffic"), panel);
    auto *trafficForm = new QFormLayout(traffic);
    m_source = new QComboBox(traffic);
    m_source->setObjectName(QStringLiteral("trafficSource"));
    m_source->setToolTip(tr("A load scenario of the fixtures, a custom constant rate, or a recorded file."));
    m_rate = new QDoubleSpinBox(traffic);
    m_rate->setRange(0.1, 100'000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" msg/s"));
    m_rate->setToolTip(tr("Messages per second sent to the engine, in messages per second."));
    m_duration = new QDoubleSpinBox(traffic);
    m_duration->setRange(0, 86'400);
    m_duration->setDecimals(0);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("until stopped"));
    m_duration->setToolTip(tr("How long the traffic runs, in seconds; 0 runs until stopped."));
    m_replayFile = new QLineEdit(traffic);
    m_replayFile->setObjectName(QStringLiteral("replayFile"));
    m_replayFile->setPlaceholderText(tr("Chat export, webhook or whatsapp-web.js file"));
    m_browse = new QPushButton(tr("Browse…"), traffic);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_replayFile, 1);
    fileRow->addWidget(m_browse);
    m_speed = new QDoubleSpinBox(traffic);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setRange(0, 100'000);
    m_speed->setValue(60);
    m_speed->setSuffix(tr("×"));
    m_speed->setSpecialValueText(tr("as fast as possible"));
    m_speed->setToolTip(tr("Replay speed factor: 60 plays one recorded minute per second; 0 sends back to back."));
    trafficForm->addRow(tr("Source:"), m_source);
    trafficForm->addRow(tr("Rate:"), m_rate);
    trafficForm->addRow(tr("Duration:"), m_duration);
    trafficForm->addRow(tr("File:"), fileRow);
    trafficForm->addRow(tr("Speed:"), m_speed);
    m_trafficStart = new QPushButton(tr("Start"), traffic);
    m_trafficStart->setObjectName(QStringLiteral("trafficStart"));
    m_trafficPause = new QPushButton(tr("Pause"), traffic);
    m_trafficPause->setObjectName(QStringLiteral("trafficPause"));
    m_trafficPause->setCheckable(true);
    m_trafficStop = new QPushButton(tr("Stop"), traffic);
    m_trafficStop->setObjectName(QStringLiteral("trafficStop"));
    auto *trafficButtons = new QHBoxLayout;
    trafficButtons->addWidget(m_trafficStart);
    trafficButtons->addWidget(m_trafficPause);
    trafficButtons->addWidget(m_trafficStop);
    trafficForm->addRow(trafficButtons);
    m_trafficStatus = new QLabel(traffic);
    m_trafficStatus->setWordWrap(true);
    trafficForm->addRow(m_trafficStatus);
    layout->addWidget(traffic);
    layout->addStretch(1);

    connect(m_engineStart, &QPushButton::clicked, this, [this] {
        if (const Status s = m_monitor->startEngine(settingsFromControls()); !s)
            showError(s.error());
    });
    connect(m_engineStop, &QPushButton::clicked, m_monitor, &HealthMonitor::stopEngine);
    connect(m_engineRestart, &QPushButton::clicked, this, [this] {
        if (const Status s = m_monitor->restartEngine(settingsFromControls()); !s)
            showError(s.error());
    });
    connect(reset, &QPushButton::clicked, m_monitor, &HealthMonitor::resetCounters);
    connect(m_rateLimitOn, &QCheckBox::toggled, this, &HealthView::updateControls);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (const ArrivalRateScenario *s = m_fixtures.arrivalRateScenario(m_source->currentData().toString())) {
            m_rate->setValue(s->messagesPerSecond);
            m_duration->setValue(s->durationSeconds);
        }
        updateControls();
    });
    connect(m_browse, &QPushButton::clicked, this, &HealthView::chooseReplayFile);
    connect(m_trafficStart, &QPushButton::clicked, this, &HealthView::startTraffic);
    connect(m_trafficPause, &QPushButton::toggled, this, [this](bool paused) {
        if (paused)
            m_monitor->pauseTraffic();
        else
            m_monitor->resumeTraffic();
    });
    connect(m_trafficStop, &QPushButton::clicked, m_monitor, &HealthMonitor::stopTraffic);
    panel->setMinimumWidth(280);
    panel->setMaximumWidth(380);
    return panel;
}

QWidget *HealthView::buildEventLog()
{
    auto *box = new QGroupBox(tr("Events"), this);
    auto *layout = new QVBoxLayout(box);
    auto *bar = new QHBoxLayout;
    m_eventFilterText = new QLineEdit(box);
    m_eventFilterText->setPlaceholderText(tr("Filter by sender, chat or text"));
    m_eventFilterText->setClearButtonEnabled(true);
    bar->addWidget(m_eventFilterText, 1);
    m_eventFilter = new EventLogFilter(this);
    m_eventFilter->setSourceModel(m_monitor->eventLog());
    for (const HealthEventKind kind : {HealthEventKind::Alert, HealthEventKind::EngineError, HealthEventKind::RateLimited,
                                       HealthEventKind::SessionExpired, HealthEventKind::Engine, HealthEventKind::Traffic}) {
        auto *check = new QCheckBox(healthEventKindName(kind), box);
        check->setChecked(true);
        check->setToolTip(tr("Show %1 events").arg(healthEventKindName(kind)));
        connect(check, &QCheckBox::toggled, this,
                [this, kind](bool on) { m_eventFilter->setKindVisible(kind, on); });
        bar->addWidget(check);
    }
    auto *copy = new QPushButton(tr("Copy"), box);
    copy->setToolTip(tr("Copies the selected rows, or all shown rows, as tab-separated text."));
    bar->addWidget(copy);
    layout->addLayout(bar);

    m_eventTable = new QTableView(box);
    m_eventTable->setModel(m_eventFilter);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->setColumnWidth(EventLogModel::TimeColumn, 100);
    m_eventTable->setColumnWidth(EventLogModel::KindColumn, 110);
    m_eventTable->setColumnWidth(EventLogModel::SubjectColumn, 170);
    m_eventTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("Copy"), m_eventTable);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_eventTable->addAction(copyAction);
    layout->addWidget(m_eventTable);

    connect(m_eventFilterText, &QLineEdit::textChanged, m_eventFilter, &EventLogFilter::setText);
    connect(copy, &QPushButton::clicked, this, &HealthView::copySelectedEvents);
    connect(copyAction, &QAction::triggered, this, &HealthView::copySelectedEvents);
    // Follow new rows while the view is at the bottom.
    connect(m_eventFilter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_eventTable->selectionModel()->selectedRows().isEmpty())
            m_eventTable->scrollToBottom();
    });
    return box;
}

bool HealthView::selectTrafficSource(const QString &key)
{
    const int index = m_source->findData(key);
    if (index < 0)
        return false;
    m_source->setCurrentIndex(index);
    return true;
}

void HealthView::setTrafficDuration(double seconds)
{
    m_duration->setValue(seconds);
}

QString HealthView::tileText(int index) const
{
    return m_tiles.value(index) ? m_tiles.at(index)->valueText() : QString();
}

QString HealthView::tileAlertText(int index) const
{
    return m_tiles.value(index) ? m_tiles.at(index)->alertText() : QString();
}

// Puts each rule's state on the tile of its figure; normal shows nothing.
void HealthView::showAlerts()
{
    const AlertMonitor &alerts = m_monitor->alerts();
    for (qsizetype i = 0; i < alerts.rules().size(); ++i) {
        const Tile tile = tileForRule(alerts.rules().at(i).id);
        if (tile == TileCount)
            continue;
        const AlertState state = alerts.statuses().at(i).state;
        m_tiles[tile]->setAlert(state == AlertState::Normal ? QString() : tr("alert %1").arg(alertStateName(state)),
                                alertBackground(state));
    }
}

HealthEngineSettings HealthView::settingsFromControls() const
{
    HealthEngineSettings settings;
    settings.workers = m_workers->value();
    settings.rateLimit.enabled = m_rateLimitOn->isChecked();
    settings.rateLimit.ratePerSecond = m_rateLimitRate->value();
    settings.rateLimit.burst = m_rateLimitBurst->value();
    return settings;
}

void HealthView::startTraffic()
{
    m_message->hide();
    const QString source = m_source->currentData().toString();
    std::unique_ptr<TrafficSchedule> schedule;
    if (source == replaySource) {
        if (m_replayFile->text().isEmpty()) {
            showError(tr("Choose a file to replay first."));
            return;
        }
        Result<QList<Message>> messages = loadReplayMessages(m_replayFile->text());
        if (!messages) {
            showError(messages.error());
            return;
        }
        schedule = std::make_unique<ReplaySchedule>(
            ReplayTraffic{m_replayFile->text(), std::move(messages).value(), m_speed->value(), std::chrono::seconds(5)});
    } else {
        SyntheticTraffic traffic;
        if (const ArrivalRateScenario *s = m_fixtures.arrivalRateScenario(source)) {
            traffic = SyntheticTraffic::fromScenario(*s);
            traffic.name = s->name;
        } else {
            traffic.name = tr("custom");
            traffic.senders = qMax(10, int(m_rate->value()));
        }
        traffic.messagesPerSecond = m_rate->value();
        traffic.durationSeconds = m_duration->value();
        if (const QString problem = SyntheticSchedule::validate(traffic); !problem.isEmpty()) {
            showError(problem);
            return;
        }
        schedule = std::make_unique<SyntheticSchedule>(traffic);
    }
    if (!m_monitor->isEngineRunning()) {
        if (const Status s = m_monitor->startEngine(settingsFromControls()); !s) {
            showError(s.error());
            return;
        }
    }
    if (const Status s = m_monitor->startTraffic(std::move(schedule)); !s)
        showError(s.error());
    updateControls();
}

void HealthView::chooseReplayFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Replay a file"), m_replayFile->text(),
        tr("Chats and message files (*.txt *.json *.ndjson *.jsonl);;All files (*)"));
    if (!file.isEmpty())
        m_replayFile->setText(file);
}

void HealthView::copySelectedEvents()
{
    QModelIndexList rows = m_eventTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_eventFilter->rowCount(); ++r)
            rows.append(m_eventFilter->index(r, 0));
    }
    QApplication::clipboard()->setText(EventLogModel::toText(*m_eventFilter, rows));
}

void HealthView::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void HealthView::updateControls()
{
    const bool running = m_monitor->isEngineRunning();
    const std::optional<TrafficStats> traffic = m_monitor->trafficStats();
    const bool active = traffic && (traffic->state == TrafficState::Running || traffic->state == TrafficState::Paused);
    m_engineStart->setEnabled(!running);
    m_engineStop->setEnabled(running);
    m_engineRestart->setEnabled(running);
    m_rateLimitRate->setEnabled(m_rateLimitOn->isChecked());
    m_rateLimitBurst->setEnabled(m_rateLimitOn->isChecked());
    const bool replay = m_source->currentData().toString() == replaySource;
    m_rate->setEnabled(!replay && !active);
    m_duration->setEnabled(!replay && !active);
    m_replayFile->setEnabled(replay && !active);
    m_browse->setEnabled(replay && !active);
    m_speed->setEnabled(replay && !active);
    m_source->setEnabled(!active);
    m_trafficStart->setEnabled(!active);
    m_trafficPause->setEnabled(active);
    m_trafficStop->setEnabled(active);
    if (!active && m_trafficPause->isChecked()) {
        const QSignalBlocker blocker(m_trafficPause);
        m_trafficPause->setChecked(false);
    }
    if (!traffic) {
        m_trafficStatus->setText(running ? tr("Engine running, no traffic.") : tr("Engine stopped."));
        return;
    }
    m_trafficStatus->setText(tr("%1: %2 sent, %3 handled, %4 rejected; largest send delay %5 ms.")
                                 .arg(trafficStateName(traffic->state))
                                 .arg(QLocale().toString(traffic->submitted))
                                 .arg(QLocale().toString(traffic->completed))
                                 .arg(QLocale().toString(traffic->rejected))
                                 .arg(figure(double(traffic->maxLag.count()) / 1e6, 1)));
}

void HealthView::showSample(const HealthSample &s)
{
    const auto latencyTint = [this](double ms) {
        const std::optional<Rating> rating = m_bands.rateLatency(ms);
        return rating ? ratingBackground(*rating) : QColor();
    };
    m_tiles[MessagesTile]->setValue(figure(s.messagesPerSecond, 1), tr("msg/s"));
    m_tiles[RepliesTile]->setValue(figure(s.repliesPerSecond, 1), tr("msg/s"));
    for (const auto &[tile, ms] : {std::pair{P50Tile, s.p50Ms}, {P95Tile, s.p95Ms}, {P99Tile, s.p99Ms}}) {
        m_tiles[tile]->setValue(figure(ms, ms < 10 ? 2 : 1), tr("ms"));
        m_tiles[tile]->setTint(s.handled > 0 ? latencyTint(ms) : QColor());
    }
    const Threshold *queueLimit = m_fixtures.threshold(thresholdkey::ConcurrentMessageLimit);
    m_tiles[QueueTile]->setValue(QLocale().toString(s.queueDepth), {});
    m_tiles[QueueTile]->setTint(queueLimit ? limitTint(double(s.queueDepth), queueLimit->limit) : QColor());
    m_tiles[SessionsTile]->setValue(QLocale().toString(s.sessions), {});
    const Engine *engine = m_monitor->engine();
    m_tiles[SessionsTile]->setTint(engine ? limitTint(double(s.sessions), engine->config().sessions.maxSessions)
                                          : QColor());
    m_tiles[LimitedTile]->setValue(QLocale().toString(s.rateLimitedSenders), {});
    m_tiles[LimitedTile]->setTint(s.rateLimitedSenders > 0 ? ratingBackground(Rating::Acceptable)
                                                           : ratingBackground(Rating::Excellent));
    m_tiles[ErrorsTile]->setValue(
        tr("%1 (total %2)").arg(QLocale().toString(s.errors), QLocale().toString(s.errorsTotal)), {});
    m_tiles[ErrorsTile]->setTint(s.errors > 0 ? ratingBackground(Rating::Failing) : ratingBackground(Rating::Excellent));
    const Threshold *heapLimit = m_fixtures.threshold(thresholdkey::MemoryPeakIncrease);
    m_tiles[HeapTile]->setValue(tr("%1 (%2%3)")
                                    .arg(figure(double(s.heapBytes) / bytesPerMB, 1))
                                    .arg(s.heapGrowthMB >= 0 ? u"+"_qs : QString())
                                    .arg(figure(s.heapGrowthMB, 1)),
                                tr("MB"));
    m_tiles[HeapTile]->setTint(heapLimit ? limitTint(s.heapGrowthMB, heapLimit->limit) : QColor());
    const MemoryExpectation *peak = m_fixtures.memoryAt(MemoryStage::Peak);
    m_tiles[RssTile]->setValue(figure(double(s.rssBytes) / bytesPerMB, 1), tr("MB"));
    m_tiles[RssTile]->setTint(peak ? limitTint(double(s.rssBytes) / bytesPerMB, peak->rssMB) : QColor());
    showAlerts();
    const int firing = m_monitor->alerts().firingCount();
    m_tiles[AlertsTile]->setValue(QLocale().toString(firing), {});
    m_tiles[AlertsTile]->setTint(firing > 0 ? ratingBackground(Rating::Failing) : ratingBackground(Rating::Excellent));

    for (HealthChart *chart : std::as_const(m_charts))
        chart->update(m_monitor->series());
    updateControls();
}

} // namespace linda::ui
