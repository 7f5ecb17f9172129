#include "bot/contacts/contactfile.h"
#include "bot/contacts/vcardparser.h"

#include <QFile>
#include <QTest>

using linda::ContactFile;
using linda::ContactFileFormat;
using linda::ContactParseResult;
using linda::VCardParser;

namespace {

QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(path));
    return file.readAll();
}

// "number|label|p" per phone, p marking a preferred number, so one compare
// shows every difference.
QStringList describePhones(const linda::ContactRecord &record)
{
    QStringList phones;
    for (const linda::ContactPhone &phone : record.phones)
        phones.append(phone.number + u'|' + phone.label + (phone.preferred ? u"|p"_qs : QString()));
    return phones;
}

QString describeErrors(const ContactParseResult &result)
{
    QStringList lines;
    for (const auto &error : result.errors)
        lines.append(QString::number(error.line) + u": " + error.message);
    return lines.join(u'\n');
}

} // namespace

class TestVCardParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardCount_data();
    void cardCount();
    void names_data();
    void names();
    void phones_data();
    void phones();
    void typeParameterList_data();
    void typeParameterList();
    void lineNumbers_data();
    void lineNumbers();
    void emails();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
    void detectsFormat_data();
    void detectsFormat();
    void unknownFormatError_data();
    void unknownFormatError();

private:
    void addFileColumns();
};

void TestVCardParser::addFileColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("card");
}

void TestVCardParser::cardCount_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("warningLines");

    QTest::addRow("2.1 quoted-printable, CRLF") << u"vcard21_quoted_printable.vcf"_qs << 3 << QList<int>{};
    QTest::addRow("2.1 charsets, unindented base64") << u"vcard21_charsets.vcf"_qs << 3 << QList<int>{};
    QTest::addRow("3.0 BOM, LF, folded base64") << u"vcard30_folded_groups.vcf"_qs << 2 << QList<int>{};
    QTest::addRow("4.0 tel URIs, data URI photo") << u"vcard40_tel_uri.vcf"_qs << 2 << QList<int>{};
    QTest::addRow("Apple export") << u"vcard30_apple_export.vcf"_qs << 3 << QList<int>{};
    QTest::addRow("Android export") << u"vcard21_android_export.vcf"_qs << 3 << QList<int>{};
    QTest::addRow("Outlook 2.1") << u"vcard21_outlook.vcf"_qs << 1 << QList<int>{};
    QTest::addRow("4.0 lower case") << u"vcard40_mixed.vcf"_qs << 2 << QList<int>{};
    QTest::addRow("missing END lines") << u"vcard30_missing_end.vcf"_qs << 4 << QList<int>{1, 5, 15};
    QTest::addRow("2500 cards") << u"vcard30_large_2500.vcf"_qs << 2500 << QList<int>{};
}

void TestVCardParser::cardCount()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QList<int>, warningLines);

    const ContactParseResult result = VCardParser::parse(readTestFile(QFINDTESTDATA(u"data/"_qs + file)));
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.records.size(), count);
    QList<int> lines;
    for (const auto &warning : result.warnings)
        lines.append(warning.line);
    QCOMPARE(lines, warningLines);
}

void TestVCardParser::names_data()
{
    addFileColumns();
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("organization");

    QTest::addRow("2.1 QP UTF-8 split across soft breaks")
        << u"vcard21_quoted_printable.vcf"_qs << 0 << u"محمد العلي"_qs << QString();
    QTest::addRow("2.1 empty FN and N falls back to ORG")
        << u"vcard21_quoted_printable.vcf"_qs << 1 << QString() << u"Marina Heights Owners"_qs;
    QTest::addRow("2.1 N only, QP") << u"vcard21_quoted_printable.vcf"_qs << 2 << u"Aisha Noor Khan"_qs << QString();
    QTest::addRow("2.1 ISO-8859-1") << u"vcard21_charsets.vcf"_qs << 0 << u"René Müller"_qs << QString();
    QTest::addRow("2.1 windows-1256") << u"vcard21_charsets.vcf"_qs << 1 << u"فاطمة الزهراء"_qs << QString();
    QTest::addRow("2.1 after unindented base64") << u"vcard21_charsets.vcf"_qs << 2 << u"Yousef Nasser"_qs << QString();
    QTest::addRow("3.0 folded FN, escaped comma in ORG")
        << u"vcard30_folded_groups.vcf"_qs << 0 << u"Dr. Omar Haddad"_qs << u"Haddad, Sons & Partners"_qs;
    QTest::addRow("3.0 empty FN uses N") << u"vcard30_folded_groups.vcf"_qs << 1 << u"Layla Sayed"_qs << QString();
    QTest::addRow("4.0 FN") << u"vcard40_tel_uri.vcf"_qs << 0 << u"Sara Al Marzouqi"_qs << QString();
    QTest::addRow("4.0 no name at all") << u"vcard40_tel_uri.vcf"_qs << 1 << QString() << QString();
    QTest::addRow("Apple FN and ORG") << u"vcard30_apple_export.vcf"_qs << 0 << u"Omar Haddad"_qs
                                      << u"Haddad Real Estate"_qs;
    QTest::addRow("Apple Arabic") << u"vcard30_apple_export.vcf"_qs << 1 << u"محمد العلي"_qs << QString();
    QTest::addRow("Apple empty FN and N") << u"vcard30_apple_export.vcf"_qs << 2 << QString()
                                          << u"Marina Heights Owners"_qs;
    QTest::addRow("Android QP Arabic split mid-character")
        << u"vcard21_android_export.vcf"_qs << 0 << u"فاطمة عبد الرحمن الزهراء"_qs << QString();
    QTest::addRow("Android after base64 photo") << u"vcard21_android_export.vcf"_qs << 1 << u"Sara Ali"_qs
                                                << QString();
    QTest::addRow("Android QP N only") << u"vcard21_android_export.vcf"_qs << 2 << u"René Müller"_qs << QString();
    QTest::addRow("Outlook") << u"vcard21_outlook.vcf"_qs << 0 << u"Omar Haddad"_qs << u"Haddad Real Estate"_qs;
    QTest::addRow("4.0 lower-case N only") << u"vcard40_mixed.vcf"_qs << 1 << u"Aisha Noor Khan"_qs << QString();
    QTest::addRow("missing END, empty FN") << u"vcard30_missing_end.vcf"_qs << 2 << u"Aisha Khan"_qs << QString();
    QTest::addRow("missing END at end of file") << u"vcard30_missing_end.vcf"_qs << 3 << u"Layla Sayed"_qs
                                                << QString();
}

void TestVCardParser::names()
{
    QFETCH(QString, file);
    QFETCH(int, card);
    QFETCH(QString, name);
    QFETCH(QString, organization);

    const ContactParseResult result = VCardParser::parse(readTestFile(QFINDTESTDATA(u"data/"_qs + file)));
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QVERIFY(card < result.records.size());
    QCOMPARE(result.records[card].name, name);
    QCOMPARE(result.records[card].organization, organization);
}

void TestVCardParser::phones_data()
{
    addFileColumns();
    QTest::addColumn<QStringList>("phones");

    QTest::addRow("2.1 bare types, CELL;PREF")
        << u"vcard21_quoted_printable.vcf"_qs << 0
        << QStringList{u"+971 50 123 4567|cell|p"_qs, u"04 234 5678|home"_qs, u"(050) 765-4321|work,voice"_qs};
    QTest::addRow("2.1 X- type") << u"vcard21_quoted_printable.vcf"_qs << 2
                                 << QStringList{u"+971 52 765 4321|x-whatsapp"_qs};
    QTest::addRow("2.1 number after base64 block") << u"vcard21_charsets.vcf"_qs << 2
                                                   << QStringList{u"02 345 6789|work"_qs};
    QTest::addRow("3.0 TYPE lists and itemN labels")
        << u"vcard30_folded_groups.vcf"_qs << 0
        << QStringList{u"+971 50 123 4567|cell"_qs, u"0501234567|cell,voice"_qs,
                       u"+971 4 234 5678|work,voice"_qs, u"+971 58 222 3344|Mobile|p"_qs,
                       u"054 333 4455|Villa office"_qs};
    QTest::addRow("4.0 tel URIs with extension")
        << u"vcard40_tel_uri.vcf"_qs << 0
        << QStringList{u"+971-50-765-4321|cell,voice|p"_qs, u"+971-4-234-5678 ext. 12|work"_qs};
    QTest::addRow("4.0 percent-encoded tel URI") << u"vcard40_tel_uri.vcf"_qs << 1
                                                 << QStringList{u"+971-2-345-6789|"_qs};
    QTest::addRow("Apple itemN labels and repeated type")
        << u"vcard30_apple_export.vcf"_qs << 0
        << QStringList{u"+971 50 123 4567|Mobile|p"_qs, u"050 765 4321|cell,voice"_qs, u"04 234 5678|Villa office"_qs};
    QTest::addRow("Apple custom label") << u"vcard30_apple_export.vcf"_qs << 2
                                        << QStringList{u"+971 4 555 0000|Reception"_qs};
    QTest::addRow("Android bare types")
        << u"vcard21_android_export.vcf"_qs << 0
        << QStringList{u"+971501234567|cell|p"_qs, u"04-234-5678|home"_qs, u"+971 55 999 8877|x-whatsapp"_qs};
    QTest::addRow("Outlook types")
        << u"vcard21_outlook.vcf"_qs << 0
        << QStringList{u"+971 4 234 5678|work,voice"_qs, u"050 123 4567|cell,voice"_qs, u"+971 4 234 5679|work,fax"_qs};
    QTest::addRow("4.0 VALUE=uri without TYPE")
        << u"vcard40_mixed.vcf"_qs << 0
        << QStringList{u"+971-4-123-4567 ext. 12|"_qs, u"+971-50-765-4321|cell,voice|p"_qs};
    QTest::addRow("4.0 lower-case tel") << u"vcard40_mixed.vcf"_qs << 1 << QStringList{u"+971 52 765 4321|cell"_qs};
}

void TestVCardParser::phones()
{
    QFETCH(QString, file);
    QFETCH(int, card);
    QFETCH(QStringList, phones);

    const ContactParseResult result = VCardParser::parse(readTestFile(QFINDTESTDATA(u"data/"_qs + file)));
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QVERIFY(card < result.records.size());
    QCOMPARE(describePhones(result.records[card]), phones);
}

void TestVCardParser::typeParameterList_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("phones");

    // The parser once split the unquoted TYPE value after the array holding
    // it was freed; AddressSanitizer reports these rows as heap-use-after-free.
    QTest::addRow("quoted list") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=\"cell,voice\":0501234567\nEND:VCARD\n")
                                 << QStringList{u"0501234567|cell,voice"_qs};
    QTest::addRow("quoted list with pref")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=\"work,pref\":0501234567\nEND:VCARD\n")
        << QStringList{u"0501234567|work|p"_qs};
    QTest::addRow("empty TEL dropped")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:\nTEL;TYPE=home:0501234567\nEND:VCARD\n")
        << QStringList{u"0501234567|home"_qs};
    QTest::addRow("bare list") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=home,fax:0501234567\nEND:VCARD\n")
                               << QStringList{u"0501234567|home,fax"_qs};
}

void TestVCardParser::typeParameterList()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, phones);

    const ContactParseResult result = VCardParser::parse(data);
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(describePhones(result.records[0]), phones);
}

void TestVCardParser::lineNumbers_data()
{
    addFileColumns();
    QTest::addColumn<int>("cardLine");
    QTest::addColumn<QList<int>>("phoneLines");

    QTest::addRow("2.1 after soft breaks and base64") << u"vcard21_quoted_printable.vcf"_qs << 1 << 23
                                                      << QList<int>{28};
    QTest::addRow("2.1 after unindented base64") << u"vcard21_charsets.vcf"_qs << 2 << 11 << QList<int>{19};
    QTest::addRow("3.0 folded lines") << u"vcard30_folded_groups.vcf"_qs << 0 << 1
                                      << QList<int>{7, 8, 9, 10, 13};
    QTest::addRow("3.0 after folded base64") << u"vcard30_folded_groups.vcf"_qs << 1 << 28 << QList<int>{32};
    QTest::addRow("4.0 after tab-folded photo") << u"vcard40_tel_uri.vcf"_qs << 1 << 12 << QList<int>{15};
}

void TestVCardParser::lineNumbers()
{
    QFETCH(QString, file);
    QFETCH(int, card);
    QFETCH(int, cardLine);
    QFETCH(QList<int>, phoneLines);

    const ContactParseResult result = VCardParser::parse(readTestFile(QFINDTESTDATA(u"data/"_qs + file)));
    QVERIFY(card < result.records.size());
    QCOMPARE(result.records[card].line, cardLine);
    QList<int> lines;
    for (const auto &phone : result.records[card].phones)
        lines.append(phone.line);
    QCOMPARE(lines, phoneLines);
}

void TestVCardParser::emails()
{
    const ContactParseResult result
        = VCardParser::parse(readTestFile(QFINDTESTDATA(u"data/vcard30_folded_groups.vcf"_qs)));
    QVERIFY(!result.records.isEmpty());
    QCOMPARE(result.records[0].emails, QStringList{u"omar@haddad.example"_qs});
}

void TestVCardParser::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("records");

    QTest::addRow("unknown charset")
        << QByteArray("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=X-NOPE:A\nEND:VCARD\n") << 3
        << u"unsupported CHARSET=X-NOPE"_qs << 1;
    QTest::addRow("bytes invalid in the given CHARSET")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN;CHARSET=UTF-8:Ren\xE9\nEND:VCARD\n") << 3
        << u"not valid UTF-8"_qs << 1;
}

void TestVCardParser::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, records);

    const ContactParseResult result = VCardParser::parse(data);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].line, line);
    QVERIFY2(result.errors[0].message.contains(message), qPrintable(result.errors[0].message));
    QCOMPARE(result.records.size(), records);
}

void TestVCardParser::warnings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("names");

    QTest::addRow("missing END at end of file")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:A\nTEL:0501234567\n") << 1
        << u"no END:VCARD; it was read up to the end of the file"_qs << QStringList{u"A"_qs};
    QTest::addRow("missing END before next card")
        << QByteArray("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n") << 1
        << u"read up to the BEGIN:VCARD on line 3"_qs << QStringList{u"A"_qs, u"B"_qs};
    QTest::addRow("Latin-1 bytes without CHARSET")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Ren\xE9\nEND:VCARD\n") << 3 << u"read as Latin-1"_qs
        << QStringList{u"René"_qs};
    QTest::addRow("END without BEGIN") << QByteArray("BEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n") << 4
                                       << u"END:VCARD without BEGIN:VCARD; it was ignored"_qs
                                       << QStringList{u"A"_qs};
    QTest::addRow("line without colon")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Omar\nNOTE:first\nsecond line\nTEL:0501234567\nEND:VCARD\n") << 5
        << u"no ':' between the property name and its value in \"second line\"; the line was skipped"_qs
        << QStringList{u"Omar"_qs};
    QTest::addRow("property outside card")
        << QByteArray("Exported contacts:\nBEGIN:VCARD\nFN:A\nEND:VCARD\n") << 1
        << u"EXPORTED CONTACTS outside BEGIN:VCARD ... END:VCARD; it was ignored"_qs << QStringList{u"A"_qs};
    QTest::addRow("unknown version") << QByteArray("BEGIN:VCARD\nVERSION:5.0\nFN:A\nEND:VCARD\n") << 2
                                     << u"unknown vCard version \"5.0\""_qs << QStringList{u"A"_qs};
}

// Problems the parser works around keep the card and are reported on the
// line where they are.
void TestVCardParser::warnings()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(QStringList, names);

    const ContactParseResult result = VCardParser::parse(data);
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings[0].line, line);
    QVERIFY2(result.warnings[0].message.contains(message), qPrintable(result.warnings[0].message));
    QStringList parsedNames;
    for (const auto &record : result.records)
        parsedNames.append(record.name);
    QCOMPARE(parsedNames, names);
}

void TestVCardParser::detectsFormat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ContactFileFormat>("format");

    QTest::addRow("vCard") << QByteArray("BEGIN:VCARD\r\n") << ContactFileFormat::VCard;
    QTest::addRow("vCard lower case after BOM and blank line")
        << QByteArray("\xEF\xBB\xBF\r\nbegin:vcard\r\n") << ContactFileFormat::VCard;
    QTest::addRow("Google CSV legacy") << QByteArray("Name,Given Name,Phone 1 - Type,Phone 1 - Value\n")
                                       << ContactFileFormat::GoogleCsv;
    QTest::addRow("Google CSV new, quoted header")
        << QByteArray("\"First Name\",\"Last Name\",\"Phone 1 - Label\",\"Phone 1 - Value\"\n")
        << ContactFileFormat::GoogleCsv;
    QTest::addRow("vCard in UTF-16 LE with BOM")
        << QByteArray("\xFF\xFE" "B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D\0\r\0\n\0", 28) << ContactFileFormat::VCard;
    QTest::addRow("vCard in UTF-16 BE without BOM")
        << QByteArray("\0B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D\0\n", 24) << ContactFileFormat::VCard;
    QTest::addRow("Google CSV with semicolons")
        << QByteArray("First Name;Last Name;Phone 1 - Label;Phone 1 - Value\n") << ContactFileFormat::GoogleCsv;
    QTest::addRow("Google CSV after an Excel sep line")
        << QByteArray("sep=;\r\nName;Phone 1 - Value\r\n") << ContactFileFormat::GoogleCsv;
    QTest::addRow("Outlook CSV") << QByteArray("\"First Name\",\"Last Name\",\"Mobile Phone\"\r\n")
                                 << ContactFileFormat::GoogleCsv;
    QTest::addRow("vCard after a note") << QByteArray("Contacts from my old phone\n\nBEGIN:VCARD\n")
                                        << ContactFileFormat::VCard;
    QTest::addRow("plain text") << QByteArray("hello, world\n") << ContactFileFormat::Unknown;
    QTest::addRow("empty") << QByteArray() << ContactFileFormat::Unknown;
}

void TestVCardParser::detectsFormat()
{
    QFETCH(QByteArray, data);
    QFETCH(ContactFileFormat, format);

    QCOMPARE(ContactFile::detectFormat(data), format);
}

void TestVCardParser::unknownFormatError_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::addRow("plain text") << QByteArray("hello, world\n") << u"neither a vCard"_qs;
    QTest::addRow("UTF-16 LE text") << QByteArray("\xFF\xFE" "h\0i\0", 6) << u"neither a vCard"_qs;
    QTest::addRow("empty") << QByteArray() << u"the file is empty"_qs;
    QTest::addRow("byte order mark and blank line") << QByteArray("\xEF\xBB\xBF\r\n") << u"the file is empty"_qs;
}

// A file no detector recognizes gets one error that says what to do.
void TestVCardParser::unknownFormatError()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);

    const ContactParseResult result = ContactFile::parse(data, ContactFile::detectFormat(data));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors[0].message.contains(message), qPrintable(result.errors[0].message));
    QCOMPARE(result.records.size(), 0);
}

QTEST_GUILESS_MAIN(TestVCardParser)
#include "tst_vcardparser.moc"
