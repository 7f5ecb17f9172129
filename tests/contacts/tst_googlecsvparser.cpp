#include "bot/contacts/googlecsvparser.h"

#include <QFile>
#include <QTest>

using linda::ContactParseResult;
using linda::GoogleCsvParser;

namespace {

QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(path));
    return file.readAll();
}

ContactParseResult parseTestFile(const QString &name)
{
    return GoogleCsvParser::parse(readTestFile(QFINDTESTDATA(u"data/"_qs + name)));
}

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

class TestGoogleCsvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void phones_data();
    void phones();
    void emails_data();
    void emails();
    void errors_data();
    void errors();
    void readsPlainColumns_data();
    void readsPlainColumns();
    void skipsRowWithExtraFields();
    void readsLatin1WithWarning();
    void readsExcelSeparatorLine();
    void shortRowIsPadded();

private:
    void addFileColumns();
};

void TestGoogleCsvParser::addFileColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
}

void TestGoogleCsvParser::rows_data()
{
    addFileColumns();
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("organization");

    QTest::addRow("legacy Name column, quoted comma")
        << u"google_legacy.csv"_qs << 0 << 2 << u"Omar Haddad"_qs << u"Haddad, Sons & Partners"_qs;
    QTest::addRow("legacy Given and Family Name") << u"google_legacy.csv"_qs << 1 << 3 << u"Layla Sayed"_qs
                                                  << QString();
    QTest::addRow("legacy after multi-line notes")
        << u"google_legacy.csv"_qs << 2 << 6 << QString() << u"Marina Heights Owners"_qs;
    QTest::addRow("legacy last row") << u"google_legacy.csv"_qs << 3 << 7 << u"Short Number"_qs << QString();
    QTest::addRow("new First and Last Name") << u"google_new.csv"_qs << 0 << 2 << u"Sara Al Marzouqi"_qs
                                             << QString();
    QTest::addRow("new prefix and middle name") << u"google_new.csv"_qs << 1 << 3 << u"Ms. Aisha Noor Khan"_qs
                                                << QString();
    QTest::addRow("new nickname only") << u"google_new.csv"_qs << 2 << 4 << u"Abu Khalid"_qs << QString();
    QTest::addRow("current header, BOM, CRLF, quoted line breaks")
        << u"google_current_bom_crlf.csv"_qs << 0 << 2 << u"Omar Haddad"_qs << u"Haddad Real Estate"_qs;
    QTest::addRow("current header, Arabic name after multi-line row")
        << u"google_current_bom_crlf.csv"_qs << 1 << 5 << u"محمد العلي"_qs << QString();
    QTest::addRow("current header, organization only")
        << u"google_current_bom_crlf.csv"_qs << 2 << 6 << QString() << u"Marina Heights Owners"_qs;
    QTest::addRow("current header, no phone") << u"google_current_bom_crlf.csv"_qs << 3 << 7
                                              << u"Test NoPhone"_qs << QString();
    QTest::addRow("legacy UTF-16 LE") << u"google_legacy_utf16.csv"_qs << 1 << 3 << u"Sara Ali"_qs << QString();
    QTest::addRow("semicolons, quoted semicolon")
        << u"google_semicolon.csv"_qs << 1 << 3 << u"Sara; the agent Ali"_qs << QString();
    QTest::addRow("Outlook") << u"outlook_contacts.csv"_qs << 0 << 2 << u"Omar Haddad"_qs
                             << u"Haddad Real Estate"_qs;
    QTest::addRow("Outlook after multi-line notes") << u"outlook_contacts.csv"_qs << 1 << 3 << u"Sara Ali"_qs
                                                    << QString();
}

void TestGoogleCsvParser::rows()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(int, line);
    QFETCH(QString, name);
    QFETCH(QString, organization);

    const ContactParseResult result = parseTestFile(file);
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QVERIFY(row < result.records.size());
    QCOMPARE(result.records[row].line, line);
    QCOMPARE(result.records[row].name, name);
    QCOMPARE(result.records[row].organization, organization);
}

void TestGoogleCsvParser::phones_data()
{
    addFileColumns();
    QTest::addColumn<QStringList>("phones");

    QTest::addRow("multi-value cell")
        << u"google_legacy.csv"_qs << 0
        << QStringList{u"+971 50 123 4567|Mobile"_qs, u"055 987 6543|Mobile"_qs, u"04 234 5678|Work"_qs};
    QTest::addRow("Arabic-Indic digits") << u"google_legacy.csv"_qs << 1 << QStringList{u"٠٥٦١١١٢٢٣٣|Home"_qs};
    QTest::addRow("starred label is preferred, bidi marks kept")
        << u"google_new.csv"_qs << 0
        << QStringList{u"\u202a+971 52 765 4321\u202c|Mobile|p"_qs, u"+971-4-234-5678 ext. 12|Work"_qs};
    QTest::addRow("idd prefix") << u"google_new.csv"_qs << 2 << QStringList{u"00971 58 222 3344|Mobile"_qs};
    QTest::addRow("current header, one label for two values")
        << u"google_current_bom_crlf.csv"_qs << 0
        << QStringList{u"+971 50 123 4567|Mobile"_qs, u"050 765 4321|Mobile"_qs, u"+971 4 234 5678|Work"_qs};
    QTest::addRow("current header, no phone") << u"google_current_bom_crlf.csv"_qs << 3 << QStringList{};
    QTest::addRow("legacy UTF-16 LE")
        << u"google_legacy_utf16.csv"_qs << 0
        << QStringList{u"+971 50 123 4567|Mobile"_qs, u"+971 55 999 8877|Mobile"_qs, u"04 234 5678|Work"_qs};
    QTest::addRow("legacy UTF-16 LE, starred") << u"google_legacy_utf16.csv"_qs << 1
                                               << QStringList{u"050 765 4321|Mobile|p"_qs};
    QTest::addRow("semicolons") << u"google_semicolon.csv"_qs << 0 << QStringList{u"+971 50 123 4567|Mobile"_qs};
    QTest::addRow("Outlook columns, fax left out")
        << u"outlook_contacts.csv"_qs << 0 << QStringList{u"+971 4 234 5678|Business"_qs, u"050 123 4567|Mobile"_qs};
    QTest::addRow("Outlook home phone") << u"outlook_contacts.csv"_qs << 1 << QStringList{u"04 333 4455|Home"_qs};
}

void TestGoogleCsvParser::phones()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QStringList, phones);

    const ContactParseResult result = parseTestFile(file);
    QVERIFY(row < result.records.size());
    QCOMPARE(describePhones(result.records[row]), phones);
}

void TestGoogleCsvParser::emails_data()
{
    addFileColumns();
    QTest::addColumn<QStringList>("emails");

    QTest::addRow("legacy") << u"google_legacy.csv"_qs << 0 << QStringList{u"omar@haddad.example"_qs};
    QTest::addRow("new, multi-value")
        << u"google_new.csv"_qs << 0 << QStringList{u"sara@example.ae"_qs, u"sara.m@example.com"_qs};
    QTest::addRow("none") << u"google_new.csv"_qs << 1 << QStringList{};
    QTest::addRow("semicolons") << u"google_semicolon.csv"_qs << 0 << QStringList{u"omar@haddad.example"_qs};
    QTest::addRow("Outlook") << u"outlook_contacts.csv"_qs << 0 << QStringList{u"omar@haddad.example"_qs};
}

void TestGoogleCsvParser::emails()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QStringList, emails);

    const ContactParseResult result = parseTestFile(file);
    QVERIFY(row < result.records.size());
    QCOMPARE(result.records[row].emails, emails);
}

void TestGoogleCsvParser::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("records");

    QTest::addRow("unclosed quote")
        << QByteArray("Name,Phone 1 - Value\nA,0501234567\n\"B\nstill B,0507654321\n") << 3 << u"never closed"_qs
        << 1;
    QTest::addRow("no phone column") << QByteArray("Name,E-mail 1 - Value\nA,a@example.com\n") << 1
                                     << u"no phone column"_qs << 0;
    QTest::addRow("empty file") << QByteArray() << 0 << u"empty"_qs << 0;
}

void TestGoogleCsvParser::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, records);

    const ContactParseResult result = GoogleCsvParser::parse(data);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].line, line);
    QVERIFY2(result.errors[0].message.contains(message), qPrintable(result.errors[0].message));
    QCOMPARE(result.records.size(), records);
}

void TestGoogleCsvParser::readsPlainColumns_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QStringList>("emails");

    QTest::addRow("name and phone") << QByteArray("Name,Phone\nOmar Haddad,050 123 4567\n") << u"Omar Haddad"_qs
                                    << QStringList{u"050 123 4567|"_qs} << QStringList{};
    QTest::addRow("full name, mobile and email")
        << QByteArray("Full Name;Mobile Number;Email\r\nSara Ali;+971 52 765 4321;sara@example.ae\r\n")
        << u"Sara Ali"_qs << QStringList{u"+971 52 765 4321|Mobile"_qs} << QStringList{u"sara@example.ae"_qs};
    QTest::addRow("whatsapp column") << QByteArray("Contact Name\tWhatsApp\nLayla\t0561112233\n") << u"Layla"_qs
                                     << QStringList{u"0561112233|"_qs} << QStringList{};
}

// CSV files from other tools with one column per value.
void TestGoogleCsvParser::readsPlainColumns()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QStringList, phones);
    QFETCH(QStringList, emails);

    QVERIFY(GoogleCsvParser::looksLikeGoogleCsv(data));
    const ContactParseResult result = GoogleCsvParser::parse(data);
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].name, name);
    QCOMPARE(describePhones(result.records[0]), phones);
    QCOMPARE(result.records[0].emails, emails);
}

void TestGoogleCsvParser::skipsRowWithExtraFields()
{
    const ContactParseResult result
        = GoogleCsvParser::parse("Name,Phone 1 - Value\nA,0501234567,x\nB,0507654321,,\n");
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings[0].line, 2);
    QVERIFY2(result.warnings[0].message.contains(u"3 fields but the header has 2, so it was skipped"_qs),
             qPrintable(result.warnings[0].message));
    // Trailing empty fields are dropped without a warning.
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].name, u"B"_qs);
}

void TestGoogleCsvParser::readsLatin1WithWarning()
{
    const ContactParseResult result
        = GoogleCsvParser::parse("Name,Phone 1 - Value\nOmar,0501234567\nRen\xE9,0507654321\n");
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings[0].line, 3);
    QVERIFY2(result.warnings[0].message.contains(u"read as Latin-1"_qs), qPrintable(result.warnings[0].message));
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[1].name, u"René"_qs);
}

void TestGoogleCsvParser::readsExcelSeparatorLine()
{
    const ContactParseResult result = GoogleCsvParser::parse("sep=;\r\nName;Phone 1 - Value\r\nOmar;0501234567\r\n");
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].line, 3);
    QCOMPARE(result.records[0].name, u"Omar"_qs);
    QCOMPARE(describePhones(result.records[0]), QStringList{u"0501234567|"_qs});
}

void TestGoogleCsvParser::shortRowIsPadded()
{
    const ContactParseResult result
        = GoogleCsvParser::parse("Phone 1 - Value,Name,Notes\r\n0501234567,Omar\r\n\r\n0507654321\r\n");
    QVERIFY2(!result.hasErrors(), qPrintable(describeErrors(result)));
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[0].name, u"Omar"_qs);
    QCOMPARE(result.records[1].line, 4);
    QCOMPARE(describePhones(result.records[1]), QStringList{u"0507654321|"_qs});
}

QTEST_GUILESS_MAIN(TestGoogleCsvParser)
#include "tst_googlecsvparser.moc"
