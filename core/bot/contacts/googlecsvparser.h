#pragma once

#include "contactrecord.h"

#include <QByteArrayView>

namespace linda {

// Reads the CSV files that Google Contacts exports ("Google CSV"), in the
// older column spelling ("Given Name", "Family Name", "Phone 1 - Type") and
// the newer one ("First Name", "Last Name", "Phone 1 - Label"). Fields may
// be quoted with embedded commas, quotes and line breaks; a cell can hold
// several values separated by " ::: ". Bad input raises no exception: the
// problems are returned as errors with their line numbers.
class GoogleCsvParser
{
public:
    static ContactParseResult parse(QByteArrayView data);

    // True when the first line is a header with a "Phone 1 - Value" or a
    // name column of a Google Contacts export.
    static bool looksLikeGoogleCsv(QByteArrayView data);
};

} // namespace linda
