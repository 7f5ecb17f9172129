#include <health/exportidentity.h>
#include <health/trafficschedule.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace linda;

namespace {

const QString chatId = u"export:WhatsApp Chat with Test"_qs;

// A message as the chat export parser leaves it: a display name, maybe an
// E.164 number, and no ids.
Message exported(const QString &author, const QString &body, std::optional<QString> e164 = std::nullopt)
{
    static int line = 0;
    Message message;
    message.id = chatId + u"#L"_qs + QString::number(++line);
    message.chatId = chatId;
    message.senderName = author;
    message.sender = std::move(e164);
    message.body = body;
    message.timestampIsWallClock = true;
    return message;
}

Message systemLine(const QString &body)
{
    Message message = exported({}, body);
    message.type = MessageType::System;
    return message;
}

const QRegularExpression lidPattern(u"^\\d{15}@lid$"_qs);

} // namespace

class TestExportIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorIds_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("parsedE164"); // what the parser set, empty for none
        QTest::addColumn<QString>("expectedSender"); // empty: no E.164
        QTest::addColumn<QString>("expectedSenderId"); // "lid": a name-derived id
        QTest::addRow("number as the phone shows it") << u"+971 50 123 4567"_qs << QString()
                                                      << u"+971501234567"_qs << u"971501234567@c.us"_qs;
        QTest::addRow("number in direction marks") << u"\u202A+971 55 987 6543\u202C"_qs << QString()
                                                   << u"+971559876543"_qs << u"971559876543@c.us"_qs;
        QTest::addRow("local number read in the region") << u"050 123 4567"_qs << QString()
                                                         << u"+971501234567"_qs << u"971501234567@c.us"_qs;
        QTest::addRow("number the parser resolved") << u"+44 7700 900123"_qs << u"+447700900123"_qs
                                                    << u"+447700900123"_qs << u"447700900123@c.us"_qs;
        QTest::addRow("display name") << u"Sara Al Marzooqi"_qs << QString() << QString() << u"lid"_qs;
        QTest::addRow("name with digits") << u"Flat 12B"_qs << QString() << QString() << u"lid"_qs;
        QTest::addRow("invalid number") << u"+999 1234 5678"_qs << QString() << QString() << u"lid"_qs;
        QTest::addRow("too few digits") << u"+97150"_qs << QString() << QString() << u"lid"_qs;
    }
    void authorIds()
    {
        QFETCH(QString, author);
        QFETCH(QString, parsedE164);
        QFETCH(QString, expectedSender);
        QFETCH(QString, expectedSenderId);
        QList<Message> messages{exported(author, u"hello"_qs,
                                         parsedE164.isEmpty() ? std::nullopt : std::optional(parsedE164))};
        const ChatExportIdentities summary = assignChatExportIdentities(messages, PhoneNumberNormalizer(u"AE"_qs));
        const Message &m = messages.constFirst();
        QCOMPARE(summary.authors, 1);
        QCOMPARE(summary.phoneAuthors, expectedSender.isEmpty() ? 0 : 1);
        QCOMPARE(m.sender.value_or(QString()), expectedSender);
        if (expectedSenderId == u"lid"_qs) {
            QVERIFY2(lidPattern.match(m.senderId).hasMatch(), qPrintable(m.senderId));
            QCOMPARE(m.senderId, exportSenderIdForName(author));
        } else {
            QCOMPARE(m.senderId, expectedSenderId);
        }
        QCOMPARE(m.chatId, chatId);
        QCOMPARE(m.senderName, author); // the display name stays for logs and output
    }

    void nameIdsAreStable_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::addRow("same name") << u"Omar Haddad"_qs << u"Omar Haddad"_qs << true;
        QTest::addRow("extra white space") << u"Omar  Haddad "_qs << u"Omar Haddad"_qs << true;
        QTest::addRow("direction marks") << u"\u200FOmar Haddad"_qs << u"Omar Haddad"_qs << true;
        QTest::addRow("other name") << u"Omar Haddad"_qs << u"Omar Hadad"_qs << false;
        QTest::addRow("case differs") << u"omar haddad"_qs << u"Omar Haddad"_qs << false;
    }
    void nameIdsAreStable()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        QCOMPARE(exportSenderIdForName(first) == exportSenderIdForName(second), same);
    }

    void nameIdIsFixedAcrossRuns()
    {
        // A changed derivation would split one author's logged history in
        // two. The value is the first 8 bytes of SHA-256("Sara Al Marzooqi"),
        // read big-endian, modulo 10^15.
        QCOMPARE(exportSenderIdForName(u"Sara Al Marzooqi"_qs), u"529230583135452@lid"_qs);
        QVERIFY(lidPattern.match(exportSenderIdForName(u"\u0641\u0627\u0637\u0645\u0629"_qs)).hasMatch());
    }

    void groupWhenMoreThanTwoAuthors_data()
    {
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<bool>("group");
        QTest::addRow("one author") << QStringList{u"Layla"_qs, u"Layla"_qs} << false;
        QTest::addRow("two authors") << QStringList{u"Layla"_qs, u"Karim"_qs, u"Layla"_qs} << false;
        QTest::addRow("three authors") << QStringList{u"Layla"_qs, u"Karim"_qs, u"+971 50 123 4567"_qs} << true;
        QTest::addRow("name and number of one author")
            << QStringList{u"+971 50 123 4567"_qs, u"\u202A+971 50 123 4567\u202C"_qs, u"Karim"_qs} << false;
    }
    void groupWhenMoreThanTwoAuthors()
    {
        QFETCH(QStringList, authors);
        QFETCH(bool, group);
        QList<Message> messages;
        for (const QString &author : std::as_const(authors))
            messages.append(exported(author, u"hi"_qs));
        const ChatExportIdentities summary = assignChatExportIdentities(messages, PhoneNumberNormalizer(u"AE"_qs));
        QCOMPARE(summary.group, group);
        for (const Message &m : std::as_const(messages)) {
            QCOMPARE(m.chatId, chatId);
            QCOMPARE(m.groupAuthorId, group ? m.senderId : QString());
        }
    }

    void systemLinesComeFromTheChat()
    {
        QList<Message> messages{systemLine(u"Messages and calls are end-to-end encrypted."_qs),
                                exported(u"Layla"_qs, u"!help"_qs), exported(u"Karim"_qs, u"hi"_qs),
                                exported(u"Omar"_qs, u"hello"_qs), systemLine(u"Omar left"_qs)};
        const ChatExportIdentities summary = assignChatExportIdentities(messages, PhoneNumberNormalizer(u"AE"_qs));
        QCOMPARE(summary.authors, 3);
        QCOMPARE(messages.at(0).senderId, chatId);
        QCOMPARE(messages.at(4).senderId, chatId);
        QVERIFY(!messages.at(0).sender.has_value());
        QVERIFY(messages.at(0).groupAuthorId.isEmpty());
        QCOMPARE(messages.at(1).groupAuthorId, messages.at(1).senderId);
    }

    void existingIdsAreKept()
    {
        Message withId = exported(u"Layla"_qs, u"hi"_qs);
        withId.senderId = u"971501112233@c.us"_qs;
        QList<Message> messages{withId, exported(u"Karim"_qs, u"hello"_qs)};
        assignChatExportIdentities(messages, PhoneNumberNormalizer(u"AE"_qs));
        QCOMPARE(messages.at(0).senderId, u"971501112233@c.us"_qs);
        QVERIFY(!messages.at(0).sender.has_value());
        QCOMPARE(messages.at(1).senderId, exportSenderIdForName(u"Karim"_qs));
    }

    // The export in the test data: a group of nine authors, three of them
    // shown as phone numbers, with ten system lines.
    void loadedExportHasIds()
    {
        const QString path = QFINDTESTDATA("data/WhatsApp Chat with Marina Lettings June.txt");
        QVERIFY(!path.isEmpty());
        const Result<QList<Message>> loaded = loadReplayMessages(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const QList<Message> &messages = loaded.value();
        QCOMPARE(messages.size(), qsizetype(264));
        QSet<QString> chats;
        QSet<QString> senders;
        QSet<QString> numbers;
        int systemLines = 0;
        for (const Message &m : messages) {
            QVERIFY2(!m.senderId.isEmpty(), qPrintable(m.id));
            chats.insert(m.chatId);
            if (m.type == MessageType::System) {
                ++systemLines;
                continue;
            }
            senders.insert(m.senderId);
            QCOMPARE(m.groupAuthorId, m.senderId);
            if (m.sender)
                numbers.insert(*m.sender);
        }
        QCOMPARE(chats.size(), qsizetype(1));
        QCOMPARE(systemLines, 10);
        QCOMPARE(senders.size(), qsizetype(9));
        QCOMPARE(numbers, (QSet<QString>{u"+971501234567"_qs, u"+971559876543"_qs, u"+971525550199"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestExportIdentity)
#include "tst_exportidentity.moc"
