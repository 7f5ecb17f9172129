#include "common/phonenumber.h"

#include <QTest>

#include <phonenumbers/phonenumberutil.h>

using linda::PhoneNumberNormalizer;
using Error = linda::PhoneNumberResult::Error;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void agreesWithLibphonenumberOnRawText_data();
    void agreesWithLibphonenumberOnRawText();
    void otherDefaultRegion();
    void errorStringNamesReason();
};

void TestPhoneNumber::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<Error>("error");

    QTest::addRow("international") << u"+971 50 123 4567"_qs << u"+971501234567"_qs << QString() << Error::None;
    QTest::addRow("trunk zero") << u"050 123 4567"_qs << u"+971501234567"_qs << QString() << Error::None;
    QTest::addRow("idd 00") << u"00971501234567"_qs << u"+971501234567"_qs << QString() << Error::None;
    QTest::addRow("arabic-indic digits") << u"\u0660\u0665\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667"_qs
                                         << u"+971501234567"_qs << QString() << Error::None;
    QTest::addRow("bidi marks") << u"\u202A+971 50 123 4567\u202C\u200E"_qs << u"+971501234567"_qs
                                << QString() << Error::None;
    QTest::addRow("extension") << u"+971 2 234 5678 ext. 89"_qs << u"+97122345678"_qs << u"89"_qs
                               << Error::None;
    QTest::addRow("uk number") << u"+44 20 7946 0958"_qs << u"+442079460958"_qs << QString() << Error::None;
    QTest::addRow("empty") << u"  "_qs << QString() << QString() << Error::Empty;
    QTest::addRow("letters only") << u"call me"_qs << QString() << QString() << Error::Empty;
    QTest::addRow("too short") << u"12"_qs << QString() << QString() << Error::TooShort;
    QTest::addRow("short local") << u"050 12"_qs << QString() << QString() << Error::Invalid;
    QTest::addRow("too long") << u"+971 50 123 4567 8901 2345"_qs << QString() << QString() << Error::TooLong;
}

void TestPhoneNumber::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(QString, extension);
    QFETCH(Error, error);

    const auto result = PhoneNumberNormalizer(u"AE"_qs).normalize(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.e164, e164);
    QCOMPARE(result.extension, extension);
    QCOMPARE(result.isValid(), error == Error::None);
}

// Numbers written with digits and punctuation only are parsed from their
// digits; the result must be what libphonenumber gives for the whole text.
void TestPhoneNumber::agreesWithLibphonenumberOnRawText_data()
{
    QTest::addColumn<QString>("input");
    const char16_t *inputs[] = {
        u"+971 50 123 4567", u"+971-50-123-4567", u"050.123.4567", u"050/1234567", u"(04) 123 4567",
        u"0 50 123 4567", u"501234567", u"+971501234567", u"00 971 50 123 4567", u"+971 (0) 50 123 4567",
        u"+44 (0) 20 7946 0958", u"+49 (0)30 1234567", u"+1 (650) 253-0000", u"050 123 4567 / 050 765 4321",
        u"\u0660\u0665\u0660 \u0661\u0662\u0663 \u0664\u0665\u0666\u0667", u"+971\u00A050 123 4567",
        u"+971 50\u202F123\u202F4567", u"+971 50\u2011123\u20114567", u"+971 50\u2010123 4567",
        u"04 1234", u"+971 50 123 45678", u"050--123--4567", u"+ 971 50 123 4567", u"++971501234567",
        u"050 123 4567 +", u"800 4000", u"(050) 123-4567",
    };
    for (const char16_t *input : inputs)
        QTest::addRow("%s", QString::fromUtf16(input).toUtf8().constData()) << QString::fromUtf16(input);
}

void TestPhoneNumber::agreesWithLibphonenumberOnRawText()
{
    QFETCH(QString, input);
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    QString expected;
    if (util.Parse(input.toStdString(), "AE", &number) == PhoneNumberUtil::NO_PARSING_ERROR
        && util.IsValidNumber(number)) {
        std::string formatted;
        util.Format(number, PhoneNumberUtil::E164, &formatted);
        expected = QString::fromStdString(formatted);
    }
    const auto result = PhoneNumberNormalizer(u"AE"_qs).normalize(input);
    QCOMPARE(result.e164, expected);
    QCOMPARE(result.isValid(), !expected.isEmpty());
}

void TestPhoneNumber::otherDefaultRegion()
{
    const PhoneNumberNormalizer normalizer(u"gb"_qs);
    QCOMPARE(normalizer.defaultRegion(), u"GB"_qs);
    QCOMPARE(normalizer.normalize(u"020 7946 0958").e164, u"+442079460958"_qs);
}

void TestPhoneNumber::errorStringNamesReason()
{
    const auto result = PhoneNumberNormalizer().normalize(u"050 12");
    QVERIFY(!result.isValid());
    QVERIFY2(result.errorString().contains(u"not a valid number"), qPrintable(result.errorString()));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
