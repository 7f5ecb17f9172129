#pragma once

#include "contactrecord.h"

#include <QByteArrayView>
#include <QString>

namespace linda {

enum class ContactFileFormat { Unknown, VCard, GoogleCsv };

// Picks the parser for a contact file by its content, not its name.
class ContactFile
{
public:
    // VCard when a line near the start of data is BEGIN:VCARD, GoogleCsv when
    // its first line is a Google Contacts or Outlook CSV header, Unknown
    // otherwise. UTF-16 data is detected after conversion to UTF-8.
    static ContactFileFormat detectFormat(QByteArrayView data);

    // Parses data in the given format; an Unknown format gives one error.
    static ContactParseResult parse(QByteArrayView data, ContactFileFormat format);

    static QString formatName(ContactFileFormat format); // "vCard", "Google CSV", "unknown"
};

} // namespace linda
