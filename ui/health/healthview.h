#pragma once

#include "bands.h"

#include <fixtures/fixtures.h>
#include <health/healthmonitor.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace linda::ui {

class HealthChart;
class HealthTile;

// The Health tab: the embedded engine under live traffic. Tiles show the
// last second's figures coloured by the fixtures' bands and thresholds,
// charts the last minutes, and the side panel starts, stops and restarts
// the engine and the traffic source. Sampling runs on a 1 s timer on the
// GUI thread; the engine and the traffic source run on their own threads.
class HealthView : public QWidget
{
    Q_OBJECT

public:
    // The tiles in reading order.
    enum Tile {
        MessagesTile,
        RepliesTile,
        P50Tile,
        P95Tile,
        P99Tile,
        QueueTile,
        SessionsTile,
        LimitedTile,
        ErrorsTile,
        HeapTile,
        RssTile,
        AlertsTile,
        TileCount
    };

    explicit HealthView(QWidget *parent);
    ~HealthView() override;

    // Scenarios, band colours and alert limits; the bundled copy until set.
    void setFixtures(const Fixtures &fixtures);
    HealthMonitor *monitor() const { return m_monitor; }

    // Picks a traffic source: a scenario case id ("load.scenario.heavy"),
    // "custom" or "replay". False when there is no such entry.
    bool selectTrafficSource(const QString &key);
    // Seconds the synthetic traffic runs; 0 runs until stopped.
    void setTrafficDuration(double seconds);
    // Starts the traffic chosen in the panel (and the engine when needed).
    void startTraffic();
    // Value text of a tile, for tests and screenshots.
    QString tileText(int index) const;
    // The tile's alert line, e.g. "alert firing"; empty while its rule is
    // normal or when no rule watches the tile.
    QString tileAlertText(int index) const;

private:
    QWidget *buildTiles();
    QWidget *buildCharts();
    QWidget *buildControls();
    QWidget *buildEventLog();

    HealthEngineSettings settingsFromControls() const;
    void showSample(const HealthSample &sample);
    void showAlerts();
    void updateControls();
    void showError(const QString &message);
    void copySelectedEvents();
    void chooseReplayFile();

    HealthMonitor *m_monitor;
    Fixtures m_fixtures;
    PerformanceBands m_bands;

    QList<HealthTile *> m_tiles;
    QList<HealthChart *> m_charts;

    QPushButton *m_engineStart = nullptr;
    QPushButton *m_engineStop = nullptr;
    QPushButton *m_engineRestart = nullptr;
    QSpinBox *m_workers = nullptr;
    QCheckBox *m_rateLimitOn = nullptr;
    QDoubleSpinBox *m_rateLimitRate = nullptr;
    QDoubleSpinBox *m_rateLimitBurst = nullptr;

    QComboBox *m_source = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QLineEdit *m_replayFile = nullptr;
    QPushButton *m_browse = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QPushButton *m_trafficStart = nullptr;
    QPushButton *m_trafficPause = nullptr;
    QPushButton *m_trafficStop = nullptr;
    QLabel *m_trafficStatus = nullptr;
    QLabel *m_message = nullptr;

    QLineEdit *m_eventFilterText = nullptr;
    QTableView *m_eventTable = nullptr;
    EventLogFilter *m_eventFilter = nullptr;
};

} // namespace linda::ui
