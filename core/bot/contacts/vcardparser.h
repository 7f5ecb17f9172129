#pragma once

#include "contactrecord.h"

#include <QByteArrayView>

namespace linda {

// Reads vCard 2.1, 3.0 and 4.0 files. It handles folded lines (RFC 6350
// continuation lines and quoted-printable soft line breaks), quoted-printable
// and base64 values, and CHARSET parameters. TYPE parameters are read in
// their 2.1, 3.0 and 4.0 spellings, as are "itemN." groups with X-ABLabel
// labels and tel: URIs. Binary values such as PHOTO are skipped, and UTF-16
// input is converted. Bad input raises no exception: problems are returned
// with their line numbers next to the cards that could be read, as warnings
// when the parser worked around them and as errors otherwise.
class VCardParser
{
public:
    static ContactParseResult parse(QByteArrayView data);

    // True when a line in the first 4 KiB of data is BEGIN:VCARD.
    static bool looksLikeVCard(QByteArrayView data);
};

} // namespace linda
