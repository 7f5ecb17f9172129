#include "expectedrecords.h"

#include <bot/messages/whatsappid.h>
#include <bot/messages/wwebjsparser.h>

#include <QTest>

using namespace linda;

class TestWwebjsParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesCapturedFiles_data();
    void parsesCapturedFiles();
    void parsesBenchmarkShape();
    void splitsWhatsAppIds_data();
    void splitsWhatsAppIds();
    void usesRegionForLocalNumbers_data();
    void usesRegionForLocalNumbers();
    void reportsWrongTypes();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void enforcesSizeLimit_data();
    void enforcesSizeLimit();
};

void TestWwebjsParser::parsesCapturedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("single object") << u"wwebjs-single.json"_qs;
    QTest::addRow("array of every type") << u"wwebjs-array.json"_qs;
    QTest::addRow("ndjson with flat shape and reaction") << u"wwebjs-stream.ndjson"_qs;
}

void TestWwebjsParser::parsesCapturedFiles()
{
    QFETCH(QString, file);
    const QString input = QFINDTESTDATA(u"data/"_qs + file);
    QVERIFY2(!input.isEmpty(), qPrintable(file));
    const QString expected = input.left(input.lastIndexOf(u'.')) + u".expected.jsonl"_qs;

    WwebjsParser parser;
    const ParseResult result = parser.parse(readTestFile(input));

    QVERIFY2(result.errors.isEmpty(),
             qPrintable(result.errors.isEmpty() ? QString() : result.errors.front().reason));
    const QStringList mismatches = compareWithExpected(result.records, expected);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

void TestWwebjsParser::parsesBenchmarkShape()
{
    // The flat shape of the benchmark fixtures: timestamp in milliseconds.
    const QByteArray json = R"({"id": "msg-001", "from": "971501234567@c.us", "to": "971529876543@c.us",
        "body": "Hello there", "timestamp": 1707739800000, "type": "text", "hasMedia": false})";
    WwebjsParser parser;
    ParseError error;
    const auto message = parser.parseMessage(json, &error);

    QVERIFY2(message.has_value(), qPrintable(error.reason));
    QCOMPARE(message->id, u"msg-001"_qs);
    QCOMPARE(message->chatId, u"971501234567@c.us"_qs);
    QCOMPARE(message->sender, std::optional<QString>(u"+971501234567"_qs));
    QCOMPARE(message->timestamp, QDateTime(QDate(2024, 2, 12), QTime(12, 10), Qt::UTC));
    QCOMPARE(message->type, MessageType::Text);
    QCOMPARE(message->body, u"Hello there"_qs);
    QVERIFY(!message->media.has_value());
    QVERIFY(message->shouldReply());
}

void TestWwebjsParser::splitsWhatsAppIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("server");
    QTest::addColumn<QString>("e164");

    using S = WhatsAppId::Server;
    QTest::addRow("user") << u"971501234567@c.us"_qs << u"971501234567"_qs << int(S::User)
                          << u"+971501234567"_qs;
    QTest::addRow("device suffix") << u"971501234567:12@c.us"_qs << u"971501234567"_qs
                                   << int(S::User) << u"+971501234567"_qs;
    QTest::addRow("agent and device") << u"447911123456.0:3@s.whatsapp.net"_qs
                                      << u"447911123456"_qs << int(S::User) << u"+447911123456"_qs;
    QTest::addRow("lid is not a number") << u"189234567890123@lid"_qs << u"189234567890123"_qs
                                         << int(S::Lid) << QString();
    QTest::addRow("group") << u"120363041234567890@g.us"_qs << u"120363041234567890"_qs
                           << int(S::Group) << QString();
    QTest::addRow("status broadcast") << u"status@broadcast"_qs << u"status"_qs
                                      << int(S::Broadcast) << QString();
    QTest::addRow("bare wa_id") << u"966501234567"_qs << u"966501234567"_qs << int(S::None)
                                << u"+966501234567"_qs;
    QTest::addRow("invalid number") << u"12345@c.us"_qs << u"12345"_qs << int(S::User) << QString();
}

void TestWwebjsParser::splitsWhatsAppIds()
{
    QFETCH(QString, id);
    QFETCH(QString, user);
    QFETCH(int, server);
    QFETCH(QString, e164);

    const WhatsAppId parsed = WhatsAppId::parse(id);
    QCOMPARE(parsed.user.toString(), user);
    QCOMPARE(int(parsed.server), server);
    SenderResolver resolver(u"AE"_qs);
    QCOMPARE(resolver.e164ForId(id).value_or(QString()), e164);
}

void TestWwebjsParser::usesRegionForLocalNumbers_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("phone");
    QTest::addRow("AE") << u"AE"_qs << u"+97143234567"_qs;
    QTest::addRow("SA") << u"SA"_qs << u"+966501234567"_qs;
}

void TestWwebjsParser::usesRegionForLocalNumbers()
{
    QFETCH(QString, region);
    QFETCH(QString, phone);
    // A vCard number without country code: "04 323 4567" is Dubai, "050 123 4567" Saudi mobile.
    const QByteArray number = region == u"AE"_qs ? "04 323 4567" : "050 123 4567";
    const QByteArray json = R"({"id": "v1", "from": "971501234567@c.us", "timestamp": 1717243200,
        "type": "vcard", "body": "", "vCards": ["BEGIN:VCARD\nVERSION:3.0\nFN:Office\nTEL;type=WORK:)"
        + number + R"(\nEND:VCARD"]})";
    ParserOptions options;
    options.region = region;
    WwebjsParser parser(options);
    ParseError error;
    const auto message = parser.parseMessage(json, &error);

    QVERIFY2(message.has_value(), qPrintable(error.reason));
    QCOMPARE(message->contacts.size(), 1);
    QCOMPARE(message->contacts.front().phones, QStringList{phone});
}

void TestWwebjsParser::reportsWrongTypes()
{
    WwebjsParser parser;
    const ParseResult result = parser.parse(readTestFile(QFINDTESTDATA("data/wwebjs-wrong-types.json")));

    QCOMPARE(result.records.size(), 2);
    QCOMPARE(std::get<Message>(result.records.at(0)).id, u"ok-1"_qs);
    QCOMPARE(std::get<Message>(result.records.at(1)).id, u"ok-2"_qs);
    QCOMPARE(result.errors.size(), 3);
    QCOMPARE(result.errors.at(0).reason,
             u"field '[1].timestamp' must be an integer or a string of digits, but it is an object"_qs);
    QCOMPARE(result.errors.at(0).recordsBefore, 1);
    QCOMPARE(result.errors.at(1).reason,
             u"field '[2].from' must be a string, but it is a number"_qs);
    QCOMPARE(result.errors.at(2).reason, u"element [3] is a string; expected an object"_qs);
}

void TestWwebjsParser::rejectsMalformedInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::addRow("truncated") << u"truncated.json"_qs
                               << u"invalid JSON: a string is not closed (truncated input?)"_qs;
    QTest::addRow("binary garbage") << u"binary-garbage.bin"_qs << u"invalid JSON"_qs;
    QTest::addRow("empty") << u"empty.txt"_qs
                           << u"the input is empty; expected a JSON object, array or NDJSON"_qs;
}

void TestWwebjsParser::rejectsMalformedInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    WwebjsParser parser;
    const ParseResult result = parser.parse(readTestFile(QFINDTESTDATA(u"data/"_qs + file)));

    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.front().reason.startsWith(reason), qPrintable(result.errors.front().reason));
    QCOMPARE(result.errors.front().position.line, 1);
}

void TestWwebjsParser::enforcesSizeLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    const QByteArray body(2000, 'x');
    const QByteArray big = R"({"id": "big", "from": "971501234567@c.us", "timestamp": 1717243200, "body": ")"
        + body + R"("})";
    QTest::addRow("object") << big << u"the document is 2079 bytes, more than the limit of 1024 bytes; raise the limit or split the input"_qs;
    QTest::addRow("array element") << QByteArray("[" + big + "]")
                                   << u"element [0] is more than the limit of 1024 bytes; raise the limit or shorten the message"_qs;
    QTest::addRow("ndjson line") << QByteArray(R"({"id": "a", "from": "971501234567@c.us", "timestamp": 1})" "\n" + big + "\n")
                                 << u"the line is 2079 bytes, more than the limit of 1024 bytes; raise the limit or split the input"_qs;
    QTest::addRow("declared size") << QByteArray(R"({"id": "d", "from": "971501234567@c.us", "timestamp": 1717243200, "size": 5000})")
                                   << u"the message declares a size of 5000 bytes, more than the limit of 1024 bytes"_qs;
}

void TestWwebjsParser::enforcesSizeLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    ParserOptions options;
    options.maxRecordBytes = 1024;
    WwebjsParser parser(options);
    const ParseResult result = parser.parse(input);

    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.front().reason, reason);
}

QTEST_GUILESS_MAIN(TestWwebjsParser)
#include "tst_wwebjsparser.moc"
