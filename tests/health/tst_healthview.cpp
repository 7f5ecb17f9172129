#include <health/healthview.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTest>

using namespace linda;
using ui::HealthView;

namespace {

// True when any sample of the series passes pred.
template<typename Pred>
bool anySample(const RingBuffer<HealthSample> &series, Pred pred)
{
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (pred(series.at(i)))
            return true;
    }
    return false;
}

void saveScreenshot(HealthView &view, const QByteArray &file)
{
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), view.size() * view.devicePixelRatio());
    if (!file.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(file), "PNG"));
}

} // namespace

// Drives the Health tab with real traffic and grabs it. With
// LINDA_HEALTH_SCREENSHOT=FILE or LINDA_HEALTH_REPLAY_SCREENSHOT=FILE set,
// the grab of the synthetic or the replay run is saved there as PNG
// (docs/health.md describes how the documentation screenshots are made).
class TestHealthView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLiveFiguresUnderTraffic()
    {
        HealthView view(nullptr);
        view.resize(1500, 950);
        view.show();
        QVERIFY(view.selectTrafficSource(u"load.scenario.heavy"_qs));
        QVERIFY(!view.selectTrafficSource(u"load.scenario.no-such"_qs));
        const QByteArray screenshot = qgetenv("LINDA_HEALTH_SCREENSHOT");
        // A screenshot shows half a minute of steady traffic; the test
        // itself needs only a few samples.
        const qsizetype samples = screenshot.isEmpty() ? 4 : 30;
        view.setTrafficDuration(0);
        view.startTraffic();
        QVERIFY(view.monitor()->isEngineRunning());
        // Samples arrive once per second.
        QTRY_VERIFY_WITH_TIMEOUT(view.monitor()->series().size() >= samples, int(samples) * 1000 + 10000);
        const std::optional<TrafficStats> traffic = view.monitor()->trafficStats();
        QVERIFY(traffic);
        QVERIFY(traffic->submitted > 0);
        QVERIFY(view.monitor()->series().last().messagesPerSecond > 0);
        QVERIFY(view.tileText(HealthView::MessagesTile).endsWith(u"msg/s"_qs));
        QVERIFY(view.monitor()->eventLog()->rowCount() >= 2); // engine started, traffic started

        saveScreenshot(view, screenshot);
        view.monitor()->stopEngine();
        QVERIFY(!view.monitor()->isEngineRunning());
    }

    // Picks the export in the panel's widgets and presses Start, as a user
    // would. The engine must open the chat's session and reply to its
    // commands, so sessions and replies show in the tiles.
    void replaysAChatExportThroughTheControls()
    {
        HealthView view(nullptr);
        view.resize(1500, 950);
        view.show();
        const QByteArray screenshot = qgetenv("LINDA_HEALTH_REPLAY_SCREENSHOT");
        auto *source = view.findChild<QComboBox *>(u"trafficSource"_qs);
        auto *file = view.findChild<QLineEdit *>(u"replayFile"_qs);
        auto *speed = view.findChild<QDoubleSpinBox *>(u"replaySpeed"_qs);
        auto *start = view.findChild<QPushButton *>(u"trafficStart"_qs);
        QVERIFY(source && file && speed && start);

        source->setCurrentIndex(source->findData(u"replay"_qs));
        QVERIFY(file->isEnabled());
        const QString path = QFINDTESTDATA("data/WhatsApp Chat with Marina Lettings June.txt");
        QVERIFY(!path.isEmpty());
        file->setText(path);
        // The test sends the whole file at once. The screenshot plays one
        // recorded minute per 0.1 s, so the charts show the days of the chat.
        speed->setValue(screenshot.isEmpty() ? 0 : 600);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(view.monitor()->isEngineRunning());
        QVERIFY(view.monitor()->trafficStats());

        const auto &series = view.monitor()->series();
        QTRY_VERIFY_WITH_TIMEOUT(anySample(series, [](const HealthSample &s) { return s.repliesPerSecond > 0; }),
                                 15000);
        QVERIFY(anySample(series, [](const HealthSample &s) { return s.messagesPerSecond > 0; }));
        QVERIFY(anySample(series, [](const HealthSample &s) { return s.p95Ms > 0; }));
        // One export is one chat, and its session stays open (2 min idle timeout).
        QTRY_COMPARE_WITH_TIMEOUT(view.tileText(HealthView::SessionsTile), u"1"_qs, 5000);
        const TrafficStats stats = *view.monitor()->trafficStats();
        QCOMPARE(stats.planned, qint64(264));
        QCOMPARE(stats.rejected, qint64(0));

        if (!screenshot.isEmpty()) {
            // Over a minute of the chat, grabbed at a second with traffic
            // and replies, so that the tiles show live figures too.
            QTRY_VERIFY_WITH_TIMEOUT(series.size() >= 75 && series.last().messagesPerSecond > 0
                                         && series.last().repliesPerSecond > 0,
                                     240000);
        }
        saveScreenshot(view, screenshot);
        view.monitor()->stopEngine();
    }

    void alertStateShowsOnTheTile()
    {
        Fixtures fixtures = fixtures::loadBundled().fixtures;
        // A p95 limit of one nanosecond: every handled message breaches it.
        for (Threshold &threshold : fixtures.thresholds) {
            if (threshold.key == thresholdkey::CommandResponse)
                threshold.limit = 1e-6;
        }
        HealthView view(nullptr);
        view.setFixtures(fixtures);
        QCOMPARE(view.tileAlertText(HealthView::P95Tile), QString());
        QVERIFY(view.selectTrafficSource(u"load.scenario.medium"_qs));
        view.setTrafficDuration(0);
        view.startTraffic();
        QTRY_VERIFY_WITH_TIMEOUT(view.tileAlertText(HealthView::P95Tile).contains(alertStateName(AlertState::Pending)),
                                 10000);
        // The hold time is 5 s; then the rule fires.
        QTRY_VERIFY_WITH_TIMEOUT(view.tileAlertText(HealthView::P95Tile).contains(alertStateName(AlertState::Firing)),
                                 15000);
        QVERIFY(view.tileText(HealthView::AlertsTile).toInt() >= 1);
        // Tiles without a rule never show an alert line.
        QCOMPARE(view.tileAlertText(HealthView::MessagesTile), QString());
        QCOMPARE(view.tileAlertText(HealthView::P99Tile), QString());
        view.monitor()->stopEngine();
    }
};

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
