#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace linda {

// One phone number as written in a contact file, before normalization.
struct ContactPhone
{
    QString number;         // the text of the number, e.g. "050 123 4567" or "+971 4 234 5678 ext. 12"
    QString label;          // "cell", "work,voice", "Mobile", or empty
    bool preferred = false; // PREF parameter, TYPE=pref, or a "* " label in Google CSV
    int line = 0;           // 1-based line of the property or CSV row
};

// One contact as read from a file: a vCard or a CSV row.
struct ContactRecord
{
    int line = 0; // 1-based line where the card or row starts
    QString name; // FN, else the name put together from N or the CSV name columns; may be empty
    QString organization;
    QStringList emails;
    QList<ContactPhone> phones;

    // The name to show: name, else the organization, else empty (the caller
    // falls back to the number).
    QString displayName() const { return name.isEmpty() ? organization : name; }
};

// A problem that stops a file from being read as intended.
struct ContactParseError
{
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    QString message;
};

struct ContactParseResult
{
    QList<ContactRecord> records;
    QList<ContactParseError> errors;
    // Problems the parser worked around, such as a card without END:VCARD;
    // the records affected are in records.
    QList<ContactParseError> warnings;

    bool hasErrors() const { return !errors.isEmpty(); }
};

} // namespace linda
