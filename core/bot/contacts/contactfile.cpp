#include "contactfile.h"

#include "contacttext.h"
#include "googlecsvparser.h"
#include "vcardparser.h"

#include <QCoreApplication>

namespace linda {

ContactFileFormat ContactFile::detectFormat(QByteArrayView data)
{
    if (VCardParser::looksLikeVCard(data))
        return ContactFileFormat::VCard;
    if (GoogleCsvParser::looksLikeGoogleCsv(data))
        return ContactFileFormat::GoogleCsv;
    return ContactFileFormat::Unknown;
}

ContactParseResult ContactFile::parse(QByteArrayView data, ContactFileFormat format)
{
    switch (format) {
    case ContactFileFormat::VCard:
        return VCardParser::parse(data);
    case ContactFileFormat::GoogleCsv:
        return GoogleCsvParser::parse(data);
    case ContactFileFormat::Unknown:
        break;
    }
    ContactParseResult result;
    // Neither detector reads UTF-16, so name the encoding rather than the
    // format: Windows tools often save contact exports as UTF-16.
    if (contacttext::hasUtf16ByteOrderMark(data)) {
        result.errors.append({0, QCoreApplication::translate(
                                     "linda::ContactFile", "the file is UTF-16; save it as UTF-8 and import it again")});
        return result;
    }
    result.errors.append({1, QCoreApplication::translate(
                                 "linda::ContactFile",
                                 "neither a vCard (BEGIN:VCARD) nor a Google Contacts CSV header "
                                 "(\"Name,...,Phone 1 - Value\"); export the contacts as vCard or Google CSV")});
    return result;
}

QString ContactFile::formatName(ContactFileFormat format)
{
    switch (format) {
    case ContactFileFormat::VCard:
        return QStringLiteral("vCard");
    case ContactFileFormat::GoogleCsv:
        return QStringLiteral("Google CSV");
    case ContactFileFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace linda
