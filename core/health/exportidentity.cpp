#include "exportidentity.h"

#include <QCryptographicHash>
#include <QHash>

#include <optional>

namespace linda {

namespace {

// The name as the key of its author: direction marks and other format
// characters removed, white space trimmed and collapsed.
QString authorKey(QStringView name)
{
    return PhoneNumberNormalizer::stripFormatCharacters(name).simplified();
}

// True when the name holds only what people write in phone numbers, so
// that "Sara" or "Flat 12B" are never read as numbers.
bool looksLikePhoneNumber(QStringView name)
{
    if (name.isEmpty() || !(name.front() == u'+' || name.front().isDigit()))
        return false;
    int digits = 0;
    for (const QChar c : name) {
        if (c.isDigit())
            ++digits;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.' && c != u'+' && c != QChar(0xA0))
            return false;
    }
    return digits >= 6;
}

struct Author
{
    QString senderId;
    std::optional<QString> e164;
};

Author resolveAuthor(const Message &message, const QString &key, const PhoneNumberNormalizer &normalizer)
{
    Author author;
    if (message.sender && !message.sender->isEmpty()) {
        author.e164 = message.sender;
    } else if (looksLikePhoneNumber(key)) {
        const PhoneNumberResult number = normalizer.normalize(key);
        if (number.isValid())
            author.e164 = number.e164;
    }
    author.senderId = author.e164 ? author.e164->mid(1) + u"@c.us"_qs : exportSenderIdForName(key);
    return author;
}

} // namespace

QString exportSenderIdForName(QStringView name)
{
    const QByteArray digest = QCryptographicHash::hash(authorKey(name).toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return u"%1@lid"_qs.arg(value % 1'000'000'000'000'000ULL, 15, 10, QLatin1Char('0'));
}

ChatExportIdentities assignChatExportIdentities(QList<Message> &messages, const PhoneNumberNormalizer &normalizer)
{
    // The first pass finds the authors, because whether the chat is a group
    // decides how every message is marked.
    QHash<QString, Author> authors;
    ChatExportIdentities summary;
    for (const Message &message : std::as_const(messages)) {
        if (!message.senderId.isEmpty() || message.senderName.isEmpty())
            continue;
        const QString key = authorKey(message.senderName);
        if (key.isEmpty() || authors.contains(key))
            continue;
        const Author author = resolveAuthor(message, key, normalizer);
        summary.phoneAuthors += author.e164 ? 1 : 0;
        authors.insert(key, author);
    }
    summary.authors = int(authors.size());
    summary.group = summary.authors > 2;

    for (Message &message : messages) {
        if (!message.senderId.isEmpty())
            continue;
        const auto found = authors.constFind(authorKey(message.senderName));
        if (message.senderName.isEmpty() || found == authors.cend()) {
            message.senderId = message.chatId;
            continue;
        }
        message.senderId = found->senderId;
        message.sender = found->e164;
        if (summary.group)
            message.groupAuthorId = found->senderId;
    }
    return summary;
}

} // namespace linda
