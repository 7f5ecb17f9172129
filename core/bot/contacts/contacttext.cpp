#include "contacttext.h"

#include <QStringDecoder>

#include <algorithm>

namespace linda::contacttext {

bool hasUtf16ByteOrderMark(QByteArrayView data)
{
    return data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

namespace {

// Returns the half of each UTF-16 code unit that is zero in the first bytes:
// 1 for little endian ("B\0E\0"), 2 for big endian ("\0B\0E"), 0 for neither.
int utf16ZeroPattern(QByteArrayView data)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 64) & ~qsizetype(1);
    if (sample < 4)
        return 0;
    int zeroEven = 0;
    int zeroOdd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        zeroEven += data[i] == '\0';
        zeroOdd += data[i + 1] == '\0';
    }
    const int units = int(sample / 2);
    if (zeroOdd == units && zeroEven == 0)
        return 1;
    if (zeroEven == units && zeroOdd == 0)
        return 2;
    return 0;
}

} // namespace

QByteArrayView asUtf8(QByteArrayView data, QByteArray &storage)
{
    QStringConverter::Encoding encoding = QStringConverter::Utf16;
    if (data.startsWith("\xFF\xFE"))
        encoding = QStringConverter::Utf16LE;
    else if (data.startsWith("\xFE\xFF"))
        encoding = QStringConverter::Utf16BE;
    else if (const int pattern = utf16ZeroPattern(data); pattern != 0)
        encoding = pattern == 1 ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    else
        return data;
    // The decoder drops the byte order mark.
    QStringDecoder decoder(encoding);
    storage = QString(decoder.decode(data)).toUtf8();
    return storage;
}

QByteArrayView withoutUtf8ByteOrderMark(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '=' && i + 2 < encoded.size()) {
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high >= 0 && low >= 0) {
                decoded.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        decoded.append(c);
    }
    return decoded;
}

QString unescapeVCardText(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const QChar next = text[++i];
        if (next == u'n' || next == u'N')
            out.append(u'\n');
        else
            out.append(next); // "\\,", "\\;", "\\\\" and unknown escapes keep the character
    }
    return out;
}

QStringList splitVCardComponents(QStringView text)
{
    QStringList components;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i; // the escaped character never splits
        } else if (text[i] == u';') {
            components.append(unescapeVCardText(text.sliced(start, i - start)));
            start = i + 1;
        }
    }
    components.append(unescapeVCardText(text.sliced(start)));
    return components;
}

QString joinStructuredName(const QStringList &components)
{
    // Index of each N component, in the order people read a name.
    static constexpr int readingOrder[] = {3, 1, 2, 0, 4};
    QStringList parts;
    for (const int index : readingOrder) {
        if (index >= components.size())
            continue;
        // A component may list several values separated by commas.
        QString part = components[index];
        part.replace(u',', u' ');
        part = part.simplified();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u' ');
}

} // namespace linda::contacttext
