#include <health/healthview.h>

#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace linda;

// Drives the Health tab with real traffic and grabs it. With
// LINDA_HEALTH_SCREENSHOT=FILE set, the grab is saved there as PNG
// (docs/health.md describes how the documentation screenshot is made).
class TestHealthView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLiveFiguresUnderTraffic()
    {
        ui::HealthView view(nullptr);
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
        QVERIFY(view.tileText(0).endsWith(u"msg/s"_qs));
        QVERIFY(view.monitor()->eventLog()->rowCount() >= 2); // engine started, traffic started

        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view.size() * view.devicePixelRatio());
        if (!screenshot.isEmpty())
            QVERIFY(image.save(QString::fromLocal8Bit(screenshot), "PNG"));

        view.monitor()->stopEngine();
        QVERIFY(!view.monitor()->isEngineRunning());
    }
};

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
