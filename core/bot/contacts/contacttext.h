#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// Text helpers shared by the contact file parsers.
namespace linda::contacttext {

bool hasUtf16ByteOrderMark(QByteArrayView data);

// Returns data as UTF-8. UTF-16 input is converted into storage: input with a
// UTF-16 byte order mark, or without one when every other byte of its first
// 64 bytes is zero (UTF-16 text in the Latin range). Anything else is
// returned unchanged. Windows tools and older Google Contacts exports write
// UTF-16.
QByteArrayView asUtf8(QByteArrayView data, QByteArray &storage);
QByteArrayView withoutUtf8ByteOrderMark(QByteArrayView data);

// Decodes quoted-printable bytes ("=C3=A9" -> 0xC3 0xE9). Soft line breaks
// are already removed by the caller. A '=' not followed by two hex digits is
// kept as written.
QByteArray decodeQuotedPrintable(QByteArrayView encoded);

// Undoes vCard text escapes: "\\,", "\\;", "\\\\" and "\\n" / "\\N".
QString unescapeVCardText(QStringView text);

// Splits a structured value such as N or ORG on unescaped ';' and unescapes
// each component.
QStringList splitVCardComponents(QStringView text);

// Puts the N components (family; given; additional; prefix; suffix) in
// reading order: "prefix given additional family suffix".
QString joinStructuredName(const QStringList &components);

} // namespace linda::contacttext
