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
    QByteArray converted;
    if (contacttext::withoutUtf8ByteOrderMark(contacttext::asUtf8(data, converted)).trimmed().isEmpty()) {
        result.errors.append({0, QCoreApplication::translate(
                                     "linda::ContactFile",
                                     "the file is empty; export the contacts again as vCard or Google CSV")});
        return result;
    }
    result.errors.append({1, QCoreApplication::translate(
                                 "linda::ContactFile",
                                 "neither a vCard (BEGIN:VCARD) nor a Google Contacts or Outlook CSV header "
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
