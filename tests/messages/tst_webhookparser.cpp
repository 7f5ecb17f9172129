#include "expectedrecords.h"

#include <bot/messages/webhookparser.h>

#include <QTest>

using namespace linda;

class TestWebhookParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesCapturedFiles_data();
    void parsesCapturedFiles();
    void keepsPlatformErrors();
    void reportsWrongTypes();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void rejectsOversizeEnvelope();
    void rejectsInvalidFlowResponse();
    void acceptsFlowWithoutResponse_data();
    void acceptsFlowWithoutResponse();
    void appendsAcrossEnvelopes();
    void keepsDocumentsBeforeCutOff();
    void detectsInputFormat_data();
    void detectsInputFormat();
};

void TestWebhookParser::parsesCapturedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("text envelope") << u"webhook-text.json"_qs;
    QTest::addRow("entries, changes and every type") << u"webhook-mixed.json"_qs;
    QTest::addRow("ndjson with statuses") << u"webhook-stream.ndjson"_qs;
    QTest::addRow("pretty-printed envelopes in sequence") << u"webhook-pretty-sequence.json"_qs;
    QTest::addRow("change value alone") << u"webhook-change-value.json"_qs;
}

void TestWebhookParser::parsesCapturedFiles()
{
    QFETCH(QString, file);
    const QString input = QFINDTESTDATA(u"data/"_qs + file);
    QVERIFY2(!input.isEmpty(), qPrintable(file));
    const QString expected = input.left(input.lastIndexOf(u'.')) + u".expected.jsonl"_qs;

    WebhookParser parser;
    const ParseResult result = parser.parse(readTestFile(input));

    QVERIFY2(result.errors.isEmpty(),
             qPrintable(result.errors.isEmpty() ? QString() : result.errors.front().reason));
    const QStringList mismatches = compareWithExpected(result.records, expected);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

// The documents before a cut-off one are read, and the error names the line
// where the cut-off document starts.
void TestWebhookParser::keepsDocumentsBeforeCutOff()
{
    QByteArray input = readTestFile(QFINDTESTDATA("data/webhook-pretty-sequence.json"));
    input += "{\n  \"object\": \"whatsapp_business_account\",\n  \"entry\": [\n";
    const qint64 cutOffLine = input.left(input.lastIndexOf("{\n  \"object\"")).count('\n') + 1;

    WebhookParser parser;
    const ParseResult result = parser.parse(input);

    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.front().position.line, cutOffLine);
    QCOMPARE(result.errors.front().recordsBefore, 3);
    QVERIFY2(result.errors.front().reason.startsWith(u"invalid JSON"_qs), qPrintable(result.errors.front().reason));
}

void TestWebhookParser::keepsPlatformErrors()
{
    WebhookParser parser;
    const ParseResult result = parser.parse(readTestFile(QFINDTESTDATA("data/webhook-stream.ndjson")));

    QCOMPARE(result.platformErrors.size(), 1);
    QCOMPARE(result.platformErrors.front().code, 131000);
    QCOMPARE(result.platformErrors.front().title, u"Something went wrong"_qs);
    QCOMPARE(result.platformErrors.front().details, u"Unknown error, retry later."_qs);
}

void TestWebhookParser::reportsWrongTypes()
{
    WebhookParser parser;
    const ParseResult result = parser.parse(readTestFile(QFINDTESTDATA("data/webhook-wrong-types.json")));

    QCOMPARE(result.records.size(), 1);
    QCOMPARE(std::get<Message>(result.records.front()).id, u"wamid.GOOD"_qs);
    QCOMPARE(result.errors.size(), 3);
    QCOMPARE(result.errors.at(0).reason,
             u"field 'entry[0].changes[0].value.messages[0].timestamp' must be an integer or a string of digits, but it is an object"_qs);
    QCOMPARE(result.errors.at(0).recordsBefore, 0);
    QCOMPARE(result.errors.at(1).reason,
             u"field 'entry[0].changes[0].value.messages[2].text' must be an object, but it is a string"_qs);
    QCOMPARE(result.errors.at(1).recordsBefore, 1);
    QCOMPARE(result.errors.at(2).reason,
             u"'entry[1]' must be an object with a \"changes\" array"_qs);
}

void TestWebhookParser::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::addRow("truncated") << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"changes":[)")
                               << u"invalid JSON: an object or array is not closed"_qs;
    QTest::addRow("binary garbage") << readTestFile(QFINDTESTDATA("data/binary-garbage.bin"))
                                    << u"invalid JSON"_qs;
    QTest::addRow("empty") << QByteArray("  \n") << u"the input is empty"_qs;
    QTest::addRow("not an envelope") << QByteArray(R"({"object":"page"})")
                                     << u"'entry' is missing; a Cloud API webhook envelope has an \"entry\" array"_qs;
    QTest::addRow("number") << QByteArray("42")
                            << u"the document is a number; expected a JSON object or an array of objects"_qs;
    QTest::addRow("invalid UTF-8") << QByteArray("{\"entry\":[],\"x\":\"\xff\"}")
                                   << u"the text is not valid UTF-8"_qs;
}

void TestWebhookParser::rejectsMalformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    WebhookParser parser;
    const ParseResult result = parser.parse(input);

    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.front().reason.startsWith(reason), qPrintable(result.errors.front().reason));
}

void TestWebhookParser::rejectsOversizeEnvelope()
{
    ParserOptions options;
    options.maxRecordBytes = 100;
    WebhookParser parser(options);
    ParseResult result;
    parser.parseEnvelope(readTestFile(QFINDTESTDATA("data/webhook-text.json")), result);

    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.front().reason.endsWith(u"more than the limit of 100 bytes"_qs),
             qPrintable(result.errors.front().reason));
}

void TestWebhookParser::rejectsInvalidFlowResponse()
{
    const QByteArray envelope = R"({"entry":[{"changes":[{"value":{"messages":[{"from":"971501234567",
        "id":"wamid.F","timestamp":"1717243200","type":"interactive","interactive":{"type":"nfm_reply",
        "nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"budget\": "}}}]}}]}]})";
    WebhookParser parser;
    ParseResult result;
    parser.parseEnvelope(envelope, result);

    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.front().reason,
             u"field 'entry[0].changes[0].value.messages[0].interactive.nfm_reply.response_json' does not contain valid JSON; a flow reply carries the form answers as a JSON document"_qs);
}

void TestWebhookParser::acceptsFlowWithoutResponse_data()
{
    QTest::addColumn<QByteArray>("nfmReply");
    // Found by fuzz_webhook: the parser read the flow token from a JSON
    // document it had never parsed (UBSan: member access within null pointer).
    QTest::addRow("empty response_json") << QByteArray(R"({"name":"flow","body":"Sent","response_json":""})");
    QTest::addRow("no response_json") << QByteArray(R"({"name":"flow","body":"Sent"})");
}

void TestWebhookParser::acceptsFlowWithoutResponse()
{
    QFETCH(QByteArray, nfmReply);
    const QByteArray envelope = R"({"entry":[{"changes":[{"value":{"messages":[{"from":"971501234567",
        "id":"wamid.F","timestamp":"1717243200","type":"interactive","interactive":{"type":"nfm_reply",
        "nfm_reply":)" + nfmReply + R"(}}]}}]}]})";
    WebhookParser parser;
    ParseResult result;
    parser.parseEnvelope(envelope, result);

    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.front().reason));
    QCOMPARE(result.records.size(), 1);
    const auto *message = std::get_if<Message>(&result.records.front());
    QVERIFY(message);
    QVERIFY(message->interactive);
    QCOMPARE(message->interactive->kind, InteractiveReply::Kind::FlowReply);
    QCOMPARE(message->interactive->responseJson, QString());
    QCOMPARE(message->interactive->title, u"Sent"_qs);
}

void TestWebhookParser::appendsAcrossEnvelopes()
{
    const QByteArray envelope = readTestFile(QFINDTESTDATA("data/webhook-text.json"));
    WebhookParser parser;
    ParseResult result;
    parser.parseEnvelope(envelope, result);
    parser.parseEnvelope(envelope, result);

    QCOMPARE(result.records.size(), 2);
    QVERIFY(result.errors.isEmpty());
    const Message &second = std::get<Message>(result.records.at(1));
    QCOMPARE(second.senderName, u"Omar Haddad"_qs);
    QCOMPARE(second.sender, std::optional<QString>(u"+971501234567"_qs));
}

void TestWebhookParser::detectsInputFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addRow("webhook") << u"webhook-mixed.json"_qs << int(InputFormat::Webhook);
    QTest::addRow("webhook ndjson") << u"webhook-stream.ndjson"_qs << int(InputFormat::Webhook);
    QTest::addRow("webhook sequence") << u"webhook-pretty-sequence.json"_qs << int(InputFormat::Webhook);
    QTest::addRow("webhook change value") << u"webhook-change-value.json"_qs << int(InputFormat::Webhook);
    QTest::addRow("wwebjs") << u"wwebjs-array.json"_qs << int(InputFormat::WhatsAppWebJs);
    QTest::addRow("wwebjs ndjson") << u"wwebjs-stream.ndjson"_qs << int(InputFormat::WhatsAppWebJs);
    QTest::addRow("android export") << u"chat-android-dmy-24h.txt"_qs << int(InputFormat::ChatExport);
    QTest::addRow("ios export with bidi mark") << u"chat-ios-dmy.txt"_qs << int(InputFormat::ChatExport);
    QTest::addRow("ios export starting with bracket") << u"chat-ios-mdy-12h.txt"_qs << int(InputFormat::ChatExport);
    QTest::addRow("empty") << u"empty.txt"_qs << int(InputFormat::Unknown);
}

void TestWebhookParser::detectsInputFormat()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QCOMPARE(int(detectInputFormat(readTestFile(QFINDTESTDATA(u"data/"_qs + file)))), format);
}

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"
