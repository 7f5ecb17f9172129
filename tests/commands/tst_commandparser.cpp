#include "bot/commands/commands.h"
#include "bot/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace linda;
using Kind = ParsedCommand::Kind;

class TestCommandParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenize_data();
    void tokenize();
    void tokenizeRejectsOpenQuote_data();
    void tokenizeRejectsOpenQuote();
    void parse_data();
    void parse();
    void argsTextKeepsSpacing();
    void malformedNamesColumn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    CommandRegistry m_registry;
};

void TestCommandParser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.filePath(QStringLiteral("parser.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    const Status registered = registerBuiltinCommands(m_registry, *m_store);
    QVERIFY2(registered.ok(), qPrintable(registered.error()));
}

void TestCommandParser::cleanupTestCase()
{
    m_store.reset();
}

void TestCommandParser::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::addRow("plain words") << u"a b c"_qs << QStringList{u"a"_qs, u"b"_qs, u"c"_qs};
    QTest::addRow("runs of space") << u"  a \t b  "_qs << QStringList{u"a"_qs, u"b"_qs};
    QTest::addRow("no-break space") << u"a\u00A0b"_qs << QStringList{u"a"_qs, u"b"_qs};
    QTest::addRow("double quotes") << u"\"Sara Ali\" 050"_qs << QStringList{u"Sara Ali"_qs, u"050"_qs};
    QTest::addRow("single quotes") << u"'Sara Ali' 050"_qs << QStringList{u"Sara Ali"_qs, u"050"_qs};
    QTest::addRow("escaped double quote") << u"\"say \\\"hi\\\"\""_qs << QStringList{u"say \"hi\""_qs};
    QTest::addRow("escaped backslash") << u"\"a\\\\b\""_qs << QStringList{u"a\\b"_qs};
    QTest::addRow("backslash in single quotes") << u"'a\\b'"_qs << QStringList{u"a\\b"_qs};
    QTest::addRow("apostrophe in word") << u"O'Brien x"_qs << QStringList{u"O'Brien"_qs, u"x"_qs};
    QTest::addRow("other quote inside") << u"\"it's\" '\"q\"'"_qs << QStringList{u"it's"_qs, u"\"q\""_qs};
    QTest::addRow("empty quotes") << u"a \"\" b"_qs << QStringList{u"a"_qs, QString(), u"b"_qs};
    QTest::addRow("text after quote") << u"\"a b\"c d"_qs << QStringList{u"a bc"_qs, u"d"_qs};
    QTest::addRow("typographic quotes") << u"\u201CSara Ali\u201D \u2018Gulf Co\u2019"_qs
                                        << QStringList{u"Sara Ali"_qs, u"Gulf Co"_qs};
    QTest::addRow("nul is a character") << QString(u"a\0b c"_qs) << QStringList{QString(u"a\0b"_qs), u"c"_qs};
    QTest::addRow("emoji") << u"🏠 'villa 🌴'"_qs << QStringList{u"🏠"_qs, u"villa 🌴"_qs};
    QTest::addRow("arabic") << u"\u0623\u062D\u0645\u062F '\u0627\u0644 \u0645\u0646\u0635\u0648\u0631\u064A'"_qs
                            << QStringList{u"\u0623\u062D\u0645\u062F"_qs,
                                           u"\u0627\u0644 \u0645\u0646\u0635\u0648\u0631\u064A"_qs};
    QTest::addRow("sql") << u"x'; DROP TABLE contacts; --"_qs
                         << QStringList{u"x';"_qs, u"DROP"_qs, u"TABLE"_qs, u"contacts;"_qs, u"--"_qs};
    QTest::addRow("quoted sql") << u"'; DROP TABLE contacts; --'"_qs
                                << QStringList{u"; DROP TABLE contacts; --"_qs};
    QTest::addRow("empty") << QString() << QStringList{};
}

void TestCommandParser::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    const auto result = CommandParser::tokenize(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), tokens);
}

void TestCommandParser::tokenizeRejectsOpenQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addRow("double") << u"find \"Sara"_qs << 6;
    QTest::addRow("single") << u"'x"_qs << 1;
    QTest::addRow("escaped closing quote") << u"\"a\\\""_qs << 1;
    QTest::addRow("mismatched") << u"'a\""_qs << 1;
}

void TestCommandParser::tokenizeRejectsOpenQuote()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    const auto result = CommandParser::tokenize(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("column %1").arg(column)), qPrintable(result.error()));
}

void TestCommandParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<CommandPrefix>("prefix");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("args");

    const auto bang = CommandPrefix::Bang;
    const auto slash = CommandPrefix::Slash;
    const auto none = CommandPrefix::None;
    QTest::addRow("bang") << u"!help"_qs << Kind::Known << bang << u"help"_qs << QStringList{};
    QTest::addRow("slash") << u"/help status"_qs << Kind::Known << slash << u"help"_qs
                           << QStringList{u"status"_qs};
    QTest::addRow("space after prefix") << u"!  status"_qs << Kind::Known << bang << u"status"_qs
                                        << QStringList{};
    QTest::addRow("upper case") << u"!PROPERTY List 5"_qs << Kind::Known << bang << u"property list"_qs
                                << QStringList{u"5"_qs};
    QTest::addRow("two-word alias wins") << u"!property search Marina Heights"_qs << Kind::Known << bang
                                         << u"property search"_qs
                                         << QStringList{u"Marina"_qs, u"Heights"_qs};
    QTest::addRow("alias") << u"!props 3"_qs << Kind::Known << bang << u"property list"_qs
                           << QStringList{u"3"_qs};
    QTest::addRow("alias question mark") << u"/?"_qs << Kind::Known << slash << u"help"_qs << QStringList{};
    QTest::addRow("quoted args") << u"!add-contact \"Sara Ali\" '050 123 4567'"_qs << Kind::Known << bang
                                 << u"add-contact"_qs
                                 << QStringList{u"Sara Ali"_qs, u"050 123 4567"_qs};
    QTest::addRow("surrounding space") << u"   !status  \n"_qs << Kind::Known << bang << u"status"_qs
                                       << QStringList{};
    QTest::addRow("bare keyword") << u"property list"_qs << Kind::Known << none << u"property list"_qs
                                  << QStringList{};
    QTest::addRow("bare with arg") << u"Property List 5"_qs << Kind::Known << none << u"property list"_qs
                                   << QStringList{u"5"_qs};
    QTest::addRow("bare alias") << u"available"_qs << Kind::Known << none << u"property available"_qs
                                << QStringList{};
    QTest::addRow("bare too many args") << u"help me find a flat in the marina"_qs << Kind::NotACommand
                                        << none << QString() << QStringList{};
    QTest::addRow("bare not allowed") << u"find-contact Ahmed"_qs << Kind::NotACommand << none << QString()
                                      << QStringList{};
    QTest::addRow("bare admin command") << u"logs"_qs << Kind::NotACommand << none << QString()
                                        << QStringList{};
    QTest::addRow("chat text") << u"Hello, is the flat still free?"_qs << Kind::NotACommand << none
                               << QString() << QStringList{};
    QTest::addRow("empty") << QString() << Kind::NotACommand << none << QString() << QStringList{};
    QTest::addRow("spaces only") << u" \t "_qs << Kind::NotACommand << none << QString() << QStringList{};
    QTest::addRow("bare open quote") << u"he said \"hi"_qs << Kind::NotACommand << none << QString()
                                     << QStringList{};
    QTest::addRow("prefix alone") << u"!"_qs << Kind::Unknown << bang << QString() << QStringList{};
    QTest::addRow("unknown") << u"!frobnicate now"_qs << Kind::Unknown << bang << u"frobnicate"_qs
                             << QStringList{u"now"_qs};
    QTest::addRow("quoted name is no name") << u"!\"help\""_qs << Kind::Unknown << bang << u"help"_qs
                                            << QStringList{};
    QTest::addRow("open quote") << u"!find \"Sara"_qs << Kind::Malformed << bang << u"find"_qs
                                << QStringList{};
    QTest::addRow("junk bytes") << u"!\u0001\u0002 \uFFFD"_qs << Kind::Unknown << bang
                                << u"\u0001\u0002"_qs << QStringList{u"\uFFFD"_qs};
    QTest::addRow("prefix then emoji") << u"/🏠"_qs << Kind::Unknown << slash << u"🏠"_qs << QStringList{};
    QTest::addRow("sql name") << u"!x'; DROP TABLE command_log; --"_qs << Kind::Unknown << bang
                              << u"x';"_qs
                              << QStringList{u"DROP"_qs, u"TABLE"_qs, u"command_log;"_qs, u"--"_qs};
    QTest::addRow("sql open quote") << u"!'; DROP TABLE command_log; --"_qs << Kind::Malformed << bang
                                    << u"';"_qs << QStringList{};
}

void TestCommandParser::parse()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(CommandPrefix, prefix);
    QFETCH(QString, name);
    QFETCH(QStringList, args);

    const ParsedCommand parsed = CommandParser(m_registry).parse(text);
    QCOMPARE(parsed.kind, kind);
    if (kind == Kind::NotACommand)
        return;
    QCOMPARE(parsed.prefix, prefix);
    if (kind == Kind::Known) {
        QVERIFY(parsed.spec);
        QCOMPARE(parsed.spec->name, name);
    } else {
        QVERIFY(!parsed.spec);
        QCOMPARE(parsed.typedName, name);
    }
    QCOMPARE(parsed.args, args);
}

void TestCommandParser::argsTextKeepsSpacing()
{
    const ParsedCommand parsed = CommandParser(m_registry).parse(u"!find-contact   O'Brien   \"x  y\"  "_qs);
    QCOMPARE(parsed.kind, Kind::Known);
    QCOMPARE(parsed.argsText, u"O'Brien   \"x  y\""_qs);
    QCOMPARE(parsed.typedName, u"find-contact"_qs);
}

void TestCommandParser::malformedNamesColumn()
{
    const ParsedCommand parsed = CommandParser(m_registry).parse(u"!find 'Sara"_qs);
    QCOMPARE(parsed.kind, Kind::Malformed);
    QVERIFY2(parsed.error.contains(u"unterminated quote at column 6"), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
