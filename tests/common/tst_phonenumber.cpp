#include "common/phonenumber.h"

#include <QTest>

using linda::PhoneNumberNormalizer;
using Error = linda::PhoneNumberResult::Error;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
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
