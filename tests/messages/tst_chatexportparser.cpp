#include "expectedrecords.h"

#include <bot/messages/chatexportparser.h>
#include <bot/messages/chatlinescanner.h>

#include <QFileInfo>
#include <QStringEncoder>
#include <QTest>

using namespace linda;

class TestChatExportParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesExportVariants_data();
    void parsesExportVariants();
    void decidesDateOrder_data();
    void decidesDateOrder();
    void scansHeaderLines_data();
    void scansHeaderLines();
    void rejectsContinuationLines_data();
    void rejectsContinuationLines();
    void reportsConflictingDate();
    void reportsInvalidUtf8();
    void rejectsNonExport_data();
    void rejectsNonExport();
    void readsUtf16Export_data();
    void readsUtf16Export();
    void tellsSystemLinesFromMessages_data();
    void tellsSystemLinesFromMessages();
    void readsLocalizedGroupEvents_data();
    void readsLocalizedGroupEvents();
    void convertsLocalCalendars_data();
    void convertsLocalCalendars();
    void rejectsZipArchive();
    void skipsLinesBeforeFirstMessage();
    void enforcesSizeLimit();
    void derivesChatIdFromFileName();
    void visitsMessagesInOrder();
};

namespace {

ChatExportResult parseFile(const QString &path, const ParserOptions &options = {})
{
    ChatExportParser parser(options);
    return parser.parse(readTestFile(path), ChatExportParser::chatIdForFile(path));
}

} // namespace

void TestChatExportParser::parsesExportVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("android day-first 24h") << u"chat-android-dmy-24h.txt"_qs;
    QTest::addRow("android month-first 12h crlf") << u"chat-android-mdy-12h-crlf.txt"_qs;
    QTest::addRow("ios brackets day-first") << u"chat-ios-dmy.txt"_qs;
    QTest::addRow("ios month-first 12h nbsp") << u"chat-ios-mdy-12h.txt"_qs;
    QTest::addRow("german dots 2-digit year") << u"chat-german-dots.txt"_qs;
    QTest::addRow("year first") << u"chat-year-first.txt"_qs;
    QTest::addRow("arabic right-to-left") << u"chat-arabic-rtl.txt"_qs;
    QTest::addRow("spanish p. m.") << u"chat-spanish-pm.txt"_qs;
    QTest::addRow("ambiguous by chronology") << u"chat-ambiguous-chronology.txt"_qs;
    QTest::addRow("ambiguous assumed") << u"chat-ambiguous-assumed.txt"_qs;
    QTest::addRow("ios group 12h narrow nbsp marks") << u"chat-ios-group-12h-marks.txt"_qs;
    QTest::addRow("android 12h BOM CRLF") << u"chat-android-mdy-12h-bom-crlf.txt"_qs;
    QTest::addRow("android arabic-indic digits") << u"chat-arabic-indic-digits.txt"_qs;
    QTest::addRow("ios arabic-indic digits") << u"chat-ios-arabic-indic.txt"_qs;
    QTest::addRow("german system lines") << u"chat-german-system-lines.txt"_qs;
    QTest::addRow("spanish system lines") << u"chat-spanish-system-lines.txt"_qs;
}

void TestChatExportParser::parsesExportVariants()
{
    QFETCH(QString, file);
    const QString input = QFINDTESTDATA(u"data/"_qs + file);
    QVERIFY2(!input.isEmpty(), qPrintable(file));
    const QString expected = input.left(input.lastIndexOf(u'.')) + u".expected.jsonl"_qs;

    const ChatExportResult result = parseFile(input);

    QVERIFY2(result.errors.isEmpty(),
             qPrintable(result.errors.isEmpty() ? QString() : result.errors.front().reason));
    const QStringList mismatches = compareWithExpected(result.records, expected);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

void TestChatExportParser::decidesDateOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<DateOrderDecision::Basis>("basis");
    QTest::addColumn<qint64>("evidenceLine");
    using B = DateOrderDecision::Basis;
    QTest::addRow("day above 12 on line 1") << u"chat-android-dmy-24h.txt"_qs
                                            << DateOrder::DayMonthYear << B::DateValues << qint64(1);
    QTest::addRow("month-first from line 4") << u"chat-android-mdy-12h-crlf.txt"_qs
                                             << DateOrder::MonthDayYear << B::DateValues << qint64(4);
    QTest::addRow("ios month-first") << u"chat-ios-mdy-12h.txt"_qs << DateOrder::MonthDayYear
                                     << B::DateValues << qint64(2);
    QTest::addRow("year first") << u"chat-year-first.txt"_qs << DateOrder::YearMonthDay
                                << B::YearFirst << qint64(-1);
    QTest::addRow("chronology") << u"chat-ambiguous-chronology.txt"_qs << DateOrder::MonthDayYear
                                << B::Chronology << qint64(-1);
    QTest::addRow("assumed") << u"chat-ambiguous-assumed.txt"_qs << DateOrder::DayMonthYear
                             << B::Assumed << qint64(-1);
}

void TestChatExportParser::decidesDateOrder()
{
    QFETCH(QString, file);
    QFETCH(DateOrder, order);
    QFETCH(DateOrderDecision::Basis, basis);
    QFETCH(qint64, evidenceLine);

    const ChatExportResult result = parseFile(QFINDTESTDATA(u"data/"_qs + file));

    QCOMPARE(result.dateOrder.order, order);
    QCOMPARE(result.dateOrder.basis, basis);
    QCOMPARE(result.dateOrder.evidenceLine, evidenceLine);
    QVERIFY(!result.dateOrder.toString().isEmpty());
}

void TestChatExportParser::scansHeaderLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QList<int>>("date");
    QTest::addColumn<QList<int>>("time"); // hour, minute, second as written
    QTest::addColumn<int>("meridiem");
    QTest::addColumn<bool>("bracketed");
    QTest::addColumn<QByteArray>("text");

    const auto none = int(Meridiem::None);
    const auto am = int(Meridiem::Am);
    const auto pm = int(Meridiem::Pm);
    QTest::addRow("android 24h") << QByteArray("31/12/2023, 21:41 - A: hi") << QList{31, 12, 2023}
                                 << QList{21, 41, 0} << none << false << QByteArray("A: hi");
    QTest::addRow("android 12h narrow nbsp") << QByteArray("12/31/23, 9:41\xE2\x80\xAFPM - A: hi")
                                             << QList{12, 31, 23} << QList{9, 41, 0} << pm << false
                                             << QByteArray("A: hi");
    QTest::addRow("ios seconds") << QByteArray("[31.12.23, 21:41:05] A: hi") << QList{31, 12, 23}
                                 << QList{21, 41, 5} << none << true << QByteArray("A: hi");
    QTest::addRow("ios 12h nbsp") << QByteArray("[1/2/24, 9:41:05\xC2\xA0" "AM] A: hi")
                                  << QList{1, 2, 24} << QList{9, 41, 5} << am << true
                                  << QByteArray("A: hi");
    QTest::addRow("lowercase a.m.") << QByteArray("1/2/24, 9:41 a.m. - A: hi") << QList{1, 2, 24}
                                    << QList{9, 41, 0} << am << false << QByteArray("A: hi");
    QTest::addRow("year first dashes") << QByteArray("2023-12-31 21:41 - A: hi")
                                       << QList{2023, 12, 31} << QList{21, 41, 0} << none << false
                                       << QByteArray("A: hi");
    QTest::addRow("hungarian") << QByteArray("2023. 12. 31. 21:41 - A: hi") << QList{2023, 12, 31}
                               << QList{21, 41, 0} << none << false << QByteArray("A: hi");
    QTest::addRow("korean prefix") << QByteArray("2023. 12. 31. \xEC\x98\xA4\xED\x9B\x84 9:41 - A: hi")
                                   << QList{2023, 12, 31} << QList{9, 41, 0} << pm << false
                                   << QByteArray("A: hi");
    QTest::addRow("arabic suffix") << QByteArray("31/12/2023, 9:41 \xD9\x85 - A: hi")
                                   << QList{31, 12, 2023} << QList{9, 41, 0} << pm << false
                                   << QByteArray("A: hi");
    QTest::addRow("malay ptg") << QByteArray("31/12/2023, 9:41 PTG - A: hi") << QList{31, 12, 2023}
                               << QList{9, 41, 0} << pm << false << QByteArray("A: hi");
    QTest::addRow("thai prefix") << QByteArray("31/12/2566 \xE0\xB8\x81\xE0\xB9\x88\xE0\xB8\xAD\xE0\xB8\x99"
                                               "\xE0\xB9\x80\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB8\xA2"
                                               "\xE0\xB8\x87 9:41 - A: hi")
                                 << QList{31, 12, 2566} << QList{9, 41, 0} << am << false << QByteArray("A: hi");
    QTest::addRow("canadian french h") << QByteArray("2023-12-31 21 h 41 - A: hi") << QList{2023, 12, 31}
                                       << QList{21, 41, 0} << none << false << QByteArray("A: hi");
    QTest::addRow("dotted time") << QByteArray("31.12.2023 21.41 - A: hi") << QList{31, 12, 2023}
                                 << QList{21, 41, 0} << none << false << QByteArray("A: hi");
    QTest::addRow("word between date and time") << QByteArray("31.12.23 klo 21.41 - A: hi")
                                                << QList{31, 12, 23} << QList{21, 41, 0} << none
                                                << false << QByteArray("A: hi");
    QTest::addRow("long word between date and time") << QByteArray("31.12.23 around 21.41 - A: hi")
                                                     << QList<int>{} << QList<int>{} << none
                                                     << false << QByteArray();
    QTest::addRow("arabic-indic digits with marks")
        << QByteArray("\xD9\xA3\xD9\xA1\xE2\x80\x8F/\xD9\xA1\xD9\xA2\xE2\x80\x8F/\xD9\xA2\xD9\xA0"
                      "\xD9\xA2\xD9\xA3\xD8\x8C \xD9\xA9:\xD9\xA4\xD9\xA1 \xD9\x85 - A: hi")
        << QList{31, 12, 2023} << QList{9, 41, 0} << pm << false << QByteArray("A: hi");
    QTest::addRow("ios persian digits")
        << QByteArray("[\xDB\xB3\xDB\xB1/\xDB\xB1\xDB\xB2/\xDB\xB2\xDB\xB3\xD8\x8C \xDB\xB2\xDB\xB1:"
                      "\xDB\xB4\xDB\xB1:\xDB\xB0\xDB\xB5] A: hi")
        << QList{31, 12, 23} << QList{21, 41, 5} << none << true << QByteArray("A: hi");
    QTest::addRow("system line") << QByteArray("31/12/2023, 21:41 - Messages are encrypted")
                                 << QList{31, 12, 2023} << QList{21, 41, 0} << none << false
                                 << QByteArray("Messages are encrypted");
}

void TestChatExportParser::scansHeaderLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QList<int>, date);
    QFETCH(QList<int>, time);
    QFETCH(int, meridiem);
    QFETCH(bool, bracketed);
    QFETCH(QByteArray, text);

    const auto header = scanChatLineHeader(line);
    QCOMPARE(header.has_value(), !date.isEmpty());
    if (!header)
        return;
    QCOMPARE((QList{header->dateFields[0], header->dateFields[1], header->dateFields[2]}), date);
    QCOMPARE((QList{header->hour, header->minute, header->second}), time);
    QCOMPARE(int(header->meridiem), meridiem);
    QCOMPARE(header->bracketed, bracketed);
    QCOMPARE(line.mid(header->textOffset), text);
}

void TestChatExportParser::rejectsContinuationLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addRow("numbered list") << QByteArray("1. Marina Gate 2, 10:30 - agent: Sara");
    QTest::addRow("date in text") << QByteArray("12/06/2024 at 14:00 works");
    QTest::addRow("date without dash") << QByteArray("12/06/2024, 14:00 Sara: hi");
    QTest::addRow("hour 25") << QByteArray("12/06/2024, 25:00 - A: hi");
    QTest::addRow("pm with hour 13") << QByteArray("12/06/2024, 13:00 PM - A: hi");
    QTest::addRow("unclosed bracket") << QByteArray("[12/06/2024, 14:00:00 A: hi");
    QTest::addRow("name and text") << QByteArray("Note: bring the keys");
    QTest::addRow("empty") << QByteArray();
}

void TestChatExportParser::rejectsContinuationLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!scanChatLineHeader(line).has_value());
}

void TestChatExportParser::reportsConflictingDate()
{
    const ChatExportResult result = parseFile(QFINDTESTDATA("data/chat-conflicting-dates.txt"));

    QCOMPARE(result.dateOrder.order, DateOrder::DayMonthYear);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.front().position.line, 2);
    QCOMPARE(result.errors.front().recordsBefore, 1);
    QCOMPARE(result.errors.front().reason,
             u"line 2: 5/13/2024 is not a valid date when read as day/month/year; the message was skipped"_qs);
}

void TestChatExportParser::reportsInvalidUtf8()
{
    const ChatExportResult result = parseFile(QFINDTESTDATA("data/chat-invalid-utf8.txt"));

    QCOMPARE(result.records.size(), 2);
    QCOMPARE(std::get<Message>(result.records.at(1)).body, u"fine again"_qs);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.front().position.line, 2);
    QCOMPARE(result.errors.front().reason,
             u"line 2 is not valid UTF-8; it was skipped. Re-export the chat or convert the file to UTF-8"_qs);
}

void TestChatExportParser::rejectsNonExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::addRow("plain text") << u"chat-not-export.txt"_qs
                                << u"line 1 does not start with a date and time, and no line after it does; "
                                   "this is not an exported WhatsApp chat"_qs;
    QTest::addRow("empty") << u"empty.txt"_qs << u"the file is empty"_qs;
    QTest::addRow("unknown header variant") << u"chat-unknown-time-format.txt"_qs
                                            << u"line 1 starts like a message, but its date, time or the separator "
                                               "after them has a form this parser does not read: \"05/03/2024 @ "
                                               "21:41 - Omar Haddad: Bonjour\""_qs;
    QTest::addRow("binary garbage") << u"binary-garbage.bin"_qs
                                    << u"line 1 is not valid UTF-8, and no line starts with a date"_qs;
}

void TestChatExportParser::rejectsNonExport()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const ChatExportResult result = parseFile(QFINDTESTDATA(u"data/"_qs + file));

    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.front().reason.startsWith(reason), qPrintable(result.errors.front().reason));
}

void TestChatExportParser::readsUtf16Export_data()
{
    QTest::addColumn<QStringConverter::Encoding>("encoding");
    QTest::addRow("little endian") << QStringConverter::Utf16LE;
    QTest::addRow("big endian") << QStringConverter::Utf16BE;
}

void TestChatExportParser::readsUtf16Export()
{
    QFETCH(QStringConverter::Encoding, encoding);
    const QString input = QFINDTESTDATA(u"data/chat-arabic-indic-digits.txt"_qs);
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    const QByteArray utf16 = encoder.encode(QString::fromUtf8(readTestFile(input)));

    ChatExportParser parser;
    const ChatExportResult result = parser.parse(utf16, ChatExportParser::chatIdForFile(input));

    QVERIFY2(result.errors.isEmpty(),
             qPrintable(result.errors.isEmpty() ? QString() : result.errors.front().reason));
    const QString expected = input.left(input.lastIndexOf(u'.')) + u".expected.jsonl"_qs;
    const QStringList mismatches = compareWithExpected(result.records, expected);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

void TestChatExportParser::tellsSystemLinesFromMessages_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("system");
    QTest::addColumn<QString>("author");
    QTest::addRow("message") << QByteArray("31/12/2023, 21:41 - Omar: Plan: viewing at 5") << false << u"Omar"_qs;
    QTest::addRow("english subject with colon")
        << QByteArray("31/12/2023, 21:41 - Omar changed the subject to \"Team: June\"") << true << QString();
    QTest::addRow("german subject with colon")
        << QByteArray("31.12.23, 21:41 - Omar hat den Betreff zu \xE2\x80\x9ETeam: Juni\xE2\x80\x9C ge\xC3\xA4ndert")
        << true << QString();
    QTest::addRow("french subject with colon")
        << QByteArray("31/12/2023 21:41 - Omar a modifi\xC3\xA9 le sujet en \xC2\xAB \xC3\x89quipe : juin \xC2\xBB")
        << true << QString();
    QTest::addRow("ios curly quotes")
        << QByteArray("[31/12/2023, 21:41:05] Omar changed the subject to \xE2\x80\x9CTeam: June\xE2\x80\x9D") << true
        << QString();
}

// A line is a system line when no "Name: " part comes before any quote.
void TestChatExportParser::tellsSystemLinesFromMessages()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, system);
    QFETCH(QString, author);

    ChatExportParser parser;
    const ChatExportResult result = parser.parse(line, u"export:kinds"_qs);

    QVERIFY2(result.errors.isEmpty(),
             qPrintable(result.errors.isEmpty() ? QString() : result.errors.front().reason));
    QCOMPARE(result.records.size(), 1);
    const Message &message = std::get<Message>(result.records.front());
    QCOMPARE(message.type == MessageType::System, system);
    QCOMPARE(message.senderName, author);
}

void TestChatExportParser::readsLocalizedGroupEvents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SystemEventType>("type");
    QTest::addColumn<QStringList>("participants");
    QTest::addColumn<QString>("newValue");
    using T = SystemEventType;
    QTest::addRow("german added") << u"Omar Haddad hat Sara Ali hinzugefügt."_qs << T::MemberAdded
                                  << QStringList{u"Sara Ali"_qs} << QString();
    QTest::addRow("german removed") << u"Du hast Sara Ali entfernt."_qs << T::MemberRemoved
                                    << QStringList{u"Sara Ali"_qs} << QString();
    QTest::addRow("spanish added") << u"Omar Haddad añadió a Sara Ali"_qs << T::MemberAdded
                                   << QStringList{u"Sara Ali"_qs} << QString();
    QTest::addRow("spanish left") << u"Sara Ali salió del grupo"_qs << T::MemberLeft << QStringList{u"Sara Ali"_qs}
                                  << QString();
    QTest::addRow("portuguese created") << u"Omar Haddad criou o grupo \"Imóveis\""_qs << T::GroupCreated
                                        << QStringList{u"Omar Haddad"_qs} << u"Imóveis"_qs;
    QTest::addRow("portuguese added") << u"Você adicionou Sara Ali, \u202A+971 52 765 4321\u202C"_qs
                                      << T::MemberAdded << QStringList{u"Sara Ali"_qs, u"+971 52 765 4321"_qs}
                                      << QString();
    QTest::addRow("french created") << u"Vous avez créé le groupe « Appartements »"_qs << T::GroupCreated
                                    << QStringList{} << u"Appartements"_qs;
    QTest::addRow("french left") << u"Sara Ali est partie"_qs << T::MemberLeft << QStringList{u"Sara Ali"_qs}
                                 << QString();
    QTest::addRow("unknown phrase") << u"Omar Haddad hat die Gruppenbeschreibung geändert."_qs << T::Other
                                    << QStringList{} << QString();
}

void TestChatExportParser::readsLocalizedGroupEvents()
{
    QFETCH(QString, text);
    QFETCH(SystemEventType, type);
    QFETCH(QStringList, participants);
    QFETCH(QString, newValue);

    ChatExportParser parser;
    const QByteArray line = QByteArray("31/12/2023 21:41 - ") + text.toUtf8();
    const ChatExportResult result = parser.parse(line, u"export:events"_qs);

    QCOMPARE(result.records.size(), 1);
    const Message &message = std::get<Message>(result.records.front());
    QCOMPARE(message.type, MessageType::System);
    QVERIFY(message.system.has_value());
    QCOMPARE(message.system->type, type);
    QCOMPARE(message.system->participants, participants);
    QCOMPARE(message.system->newValue, newValue);
}

void TestChatExportParser::convertsLocalCalendars_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QDateTime>("timestamp");
    QTest::addRow("thai buddhist era") << QByteArray("31/12/2566 21:41 - A: hi")
                                       << QDateTime(QDate(2023, 12, 31), QTime(21, 41), Qt::UTC);
    QTest::addRow("persian solar hijri")
        << QByteArray("\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2/\xDB\xB1\xDB\xB0/\xDB\xB1\xDB\xB0\xD8\x8C "
                      "\xDB\xB2\xDB\xB1:\xDB\xB4\xDB\xB1 - A: hi")
        << QDateTime(QDate(2023, 12, 31), QTime(21, 41), Qt::UTC);
    QTest::addRow("gregorian") << QByteArray("2023/12/31 21:41 - A: hi")
                               << QDateTime(QDate(2023, 12, 31), QTime(21, 41), Qt::UTC);
}

void TestChatExportParser::convertsLocalCalendars()
{
    QFETCH(QByteArray, data);
    QFETCH(QDateTime, timestamp);

    ChatExportParser parser;
    const ChatExportResult result = parser.parse(data, u"export:calendar"_qs);

    QVERIFY2(result.errors.isEmpty(),
             qPrintable(result.errors.isEmpty() ? QString() : result.errors.front().reason));
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(std::get<Message>(result.records.front()).timestamp, timestamp);
}

void TestChatExportParser::rejectsZipArchive()
{
    ChatExportParser parser;
    const QByteArray zip("PK\x03\x04\x14\x00\x08\x00\x08\x00_chat.txt", 19);
    const ChatExportResult result = parser.parse(zip, u"export:zip"_qs);

    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.front().reason.startsWith(u"the file is a ZIP archive; unzip it"_qs),
             qPrintable(result.errors.front().reason));
}

void TestChatExportParser::skipsLinesBeforeFirstMessage()
{
    const ChatExportResult result = parseFile(QFINDTESTDATA(u"data/chat-leading-garbage.txt"_qs));

    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.front().position.line, 1);
    QCOMPARE(result.errors.front().recordsBefore, 0);
    QVERIFY2(result.errors.front().reason.startsWith(
                 u"lines 1-2 come before the first message and do not start with a date and time"_qs),
             qPrintable(result.errors.front().reason));
}

void TestChatExportParser::enforcesSizeLimit()
{
    ParserOptions options;
    options.maxRecordBytes = 100;
    const ChatExportResult result = parseFile(QFINDTESTDATA("data/chat-android-dmy-24h.txt"), options);

    // Line 1 (the encryption notice) and the message of lines 4-7 are over
    // 100 bytes; the other eight are kept.
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).position.line, 1);
    QCOMPARE(result.errors.at(1).position.line, 4);
    QCOMPARE(result.errors.at(1).reason,
             u"the message at line 4 is 153 bytes, more than the limit of 100 bytes; it was skipped"_qs);
    QCOMPARE(result.records.size(), 8);
}

void TestChatExportParser::derivesChatIdFromFileName()
{
    QCOMPARE(ChatExportParser::chatIdForFile(u"/tmp/WhatsApp Chat with Omar.txt"_qs),
             u"export:WhatsApp Chat with Omar"_qs);
    ChatExportParser parser;
    const ChatExportResult result = parser.parse("01/06/2024, 10:00 - Omar: hi\n", u"lead-42"_qs);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(std::get<Message>(result.records.front()).chatId, u"lead-42"_qs);
    QCOMPARE(std::get<Message>(result.records.front()).id, u"lead-42#L1"_qs);
}

void TestChatExportParser::visitsMessagesInOrder()
{
    const QByteArray data = readTestFile(QFINDTESTDATA("data/chat-conflicting-dates.txt"));
    ChatExportParser parser;
    QStringList visited;
    const ChatExportResult streamed = parser.parse(data, u"c"_qs, [&](const Message &message) {
        visited.append(message.id + u' ' + message.body);
    });
    const ChatExportResult collected = parser.parse(data, u"c"_qs);

    QVERIFY(streamed.records.isEmpty());
    QCOMPARE(visited, (QStringList{u"c#L1 day first"_qs, u"c#L3 fine"_qs}));
    QCOMPARE(collected.records.size(), 2);
    QCOMPARE(streamed.errors.size(), 1);
    QCOMPARE(streamed.errors.front().reason, collected.errors.front().reason);
}

QTEST_GUILESS_MAIN(TestChatExportParser)
#include "tst_chatexportparser.moc"
