#pragma once

#include "contactrecord.h"

#include <QByteArrayView>

namespace linda {

// Reads the CSV files that Google Contacts exports ("Google CSV"), in the
// older column spelling ("Given Name", "Family Name", "Phone 1 - Type") and
// the newer one ("First Name", "Last Name", "Phone 1 - Label"), and Outlook
// CSV exports ("Mobile Phone", "Business Phone"). Fields may be quoted with
// embedded delimiters, quotes and line breaks; a cell can hold several
// values separated by " ::: ". The delimiter is ',', ';' or tab, and UTF-16
// input is converted. Bad input raises no exception: the problems are
// returned as errors and warnings with their line numbers.
class GoogleCsvParser
{
public:
    static ContactParseResult parse(QByteArrayView data);

    // True when the first line (after an Excel "sep=" line) is a header with a
    // phone column or a name column of a Google Contacts or Outlook export.
    static bool looksLikeGoogleCsv(QByteArrayView data);
};

} // namespace linda
