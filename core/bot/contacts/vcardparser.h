#pragma once

#include "contactrecord.h"

#include <QByteArrayView>

namespace linda {

// Reads vCard 2.1, 3.0 and 4.0 files: folded lines (RFC 6350 continuation
// lines and quoted-printable soft line breaks), quoted-printable and base64
// values, CHARSET parameters, TYPE parameters in their 2.1, 3.0 and 4.0
// spellings, "itemN." groups with X-ABLabel labels and tel: URIs.
// Binary values such as PHOTO are skipped. Never throws: problems are
// returned as errors with their line numbers, and the cards that could be
// read are returned as well.
class VCardParser
{
public:
    static ContactParseResult parse(QByteArrayView data);

    // True when data starts with BEGIN:VCARD, after a byte order mark and
    // blank lines.
    static bool looksLikeVCard(QByteArrayView data);
};

} // namespace linda
