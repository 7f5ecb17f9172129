#include <health/eventlog.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace linda;

Q_DECLARE_METATYPE(linda::HealthEventKind)

namespace {

HealthEvent makeEvent(int n, HealthEventKind kind = HealthEventKind::Engine, const QString &subject = {})
{
    return {1'717'243'200'000 + n, kind, subject.isEmpty() ? u"subject %1"_qs.arg(n) : subject,
            u"event number %1"_qs.arg(n)};
}

QList<HealthEvent> events(int from, int to)
{
    QList<HealthEvent> list;
    for (int i = from; i < to; ++i)
        list << makeEvent(i);
    return list;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelKeepsTheNewestRows_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstText");
        QTest::addRow("below capacity") << 10 << QList<int>{3, 4} << 7 << u"event number 0"_qs;
        QTest::addRow("overflow over batches") << 10 << QList<int>{6, 6, 6} << 10 << u"event number 8"_qs;
        QTest::addRow("one batch larger than capacity") << 5 << QList<int>{12} << 5 << u"event number 7"_qs;
    }
    void modelKeepsTheNewestRows()
    {
        QFETCH(int, capacity);
        QFETCH(QList<int>, batches);
        QFETCH(int, rows);
        QFETCH(QString, firstText);
        EventLogModel model(capacity);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int next = 0;
        for (const int size : batches) {
            model.append(events(next, next + size));
            next += size;
        }
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(filter.rowCount(), rows);
        QCOMPARE(model.index(0, EventLogModel::TextColumn).data().toString(), firstText);
        QCOMPARE(model.index(rows - 1, EventLogModel::TextColumn).data().toString(),
                 u"event number %1"_qs.arg(next - 1));
    }

    void filterByKind_data()
    {
        QTest::addColumn<HealthEventKind>("hidden");
        QTest::addColumn<int>("visible");
        QTest::addRow("hide rate limits") << HealthEventKind::RateLimited << 3;
        QTest::addRow("hide alerts") << HealthEventKind::Alert << 4;
        QTest::addRow("hide a kind not present") << HealthEventKind::Traffic << 5;
    }
    void filterByKind()
    {
        QFETCH(HealthEventKind, hidden);
        QFETCH(int, visible);
        EventLogModel model;
        model.append({makeEvent(1, HealthEventKind::Alert), makeEvent(2, HealthEventKind::RateLimited),
                      makeEvent(3, HealthEventKind::RateLimited), makeEvent(4, HealthEventKind::EngineError),
                      makeEvent(5, HealthEventKind::SessionExpired)});
        EventLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setKindVisible(hidden, false);
        QCOMPARE(filter.rowCount(), visible);
        QVERIFY(!filter.isKindVisible(hidden));
        filter.setKindVisible(hidden, true);
        QCOMPARE(filter.rowCount(), 5);
    }

    void filterByText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("visible");
        QTest::addRow("subject, other case") << u"+97150"_qs << 2;
        QTest::addRow("details") << u"NUMBER 3"_qs << 1;
        QTest::addRow("nothing matches") << u"villa"_qs << 0;
        QTest::addRow("empty shows all") << QString() << 4;
    }
    void filterByText()
    {
        QFETCH(QString, text);
        QFETCH(int, visible);
        EventLogModel model;
        model.append({makeEvent(1, HealthEventKind::RateLimited, u"+971501111111"_qs),
                      makeEvent(2, HealthEventKind::RateLimited, u"+971502222222"_qs),
                      makeEvent(3, HealthEventKind::SessionExpired, u"971553333333@c.us"_qs),
                      makeEvent(4, HealthEventKind::Alert, u"p95 latency"_qs)});
        EventLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setText(text);
        QCOMPARE(filter.rowCount(), visible);
    }

    void copiesSelectedRowsAsTabSeparatedText()
    {
        EventLogModel model;
        model.append({makeEvent(1, HealthEventKind::Alert, u"p95 latency"_qs), makeEvent(2), makeEvent(3)});
        const QModelIndexList selection = {model.index(2, 1), model.index(0, 0), model.index(0, 3)};
        const QStringList lines = EventLogModel::toText(model, selection).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"Time\tKind\tSubject\tDetails"_qs);
        QVERIFY(lines.at(1).endsWith(u"\talert\tp95 latency\tevent number 1"_qs));
        QVERIFY(lines.at(2).endsWith(u"\tevent number 3"_qs));
    }

    void collectorTakesEngineEvents()
    {
        EventBus bus;
        EventCollector collector;
        {
            const std::vector<Subscription> subscriptions = collector.subscribe(bus);
            bus.publish(EngineError{u"chat-1"_qs, u"m-1"_qs, u"disk I/O error"_qs});
            bus.publish(SenderRateLimited{u"+971501111111"_qs, true});
            bus.publish(SenderRateLimited{u"+971501111111"_qs, false}); // the same episode: not logged
            bus.publish(SessionExpired{u"chat-2"_qs, std::chrono::seconds(120)});
            bus.publish(MessageHandled{}); // not a health event
        }
        bus.publish(EngineError{u"chat-3"_qs, u"m-3"_qs, u"after unsubscribing"_qs});
        const QList<HealthEvent> drained = collector.drain();
        QCOMPARE(drained.size(), qsizetype(3));
        QCOMPARE(drained.at(0).kind, HealthEventKind::EngineError);
        QVERIFY(drained.at(0).text.contains(u"disk I/O error"_qs));
        QCOMPARE(drained.at(1).kind, HealthEventKind::RateLimited);
        QCOMPARE(drained.at(2).kind, HealthEventKind::SessionExpired);
        QVERIFY(drained.at(2).text.contains(u"120 s"_qs));
        QVERIFY(collector.drain().isEmpty());
    }

    void collectorNamesRateLimitedSenders()
    {
        EventBus bus;
        EventCollector collector;
        collector.setSenderNames({{u"529230583135452@lid"_qs, u"Sara Al Marzooqi"_qs}});
        {
            const std::vector<Subscription> subscriptions = collector.subscribe(bus);
            bus.publish(SenderRateLimited{u"529230583135452@lid"_qs, true});
            bus.publish(SenderRateLimited{u"+971501111111"_qs, true});
        }
        const QList<HealthEvent> drained = collector.drain();
        QCOMPARE(drained.size(), qsizetype(2));
        QCOMPARE(drained.at(0).subject, u"Sara Al Marzooqi (529230583135452@lid)"_qs);
        QCOMPARE(drained.at(1).subject, u"+971501111111"_qs);
    }

    void collectorIsBounded()
    {
        EventCollector collector(100);
        for (int i = 0; i < 250; ++i)
            collector.add(makeEvent(i));
        const QList<HealthEvent> drained = collector.drain();
        QCOMPARE(drained.size(), qsizetype(100));
        QCOMPARE(drained.first().text, u"event number 150"_qs);
        QCOMPARE(collector.dropped(), quint64(150));
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
