#pragma once

#include "message.h"

#include <QList>
#include <QString>

namespace linda {

// One problem found while parsing, with the position of the record or line
// that caused it. The records around it are still returned.
struct ParseError
{
    SourcePosition position;
    QString reason; // full sentence naming the field or line content and what is wrong
    // Number of records that come before this error in input order, so a
    // caller can print everything that preceded it.
    qsizetype recordsBefore = 0;

    // Formats "FILE:line N: reason" or "FILE:byte N: reason".
    QString toString(const QString &fileName) const;
};

// Settings shared by all parsers.
struct ParserOptions
{
    // Region for numbers without a country code (ISO 3166-1 alpha-2).
    QString region = QStringLiteral("AE");
    // Largest accepted message, envelope or chat-export message, in bytes.
    qsizetype maxRecordBytes = 5 * 1024 * 1024;
};

struct ParseResult
{
    QList<InboundRecord> records; // in input order
    QList<ParseError> errors; // in input order
    // Errors the platform reported about itself, e.g. the "errors" array of
    // a Cloud API change value. They are data, not parse failures.
    QList<PlatformError> platformErrors;

    bool hasErrors() const { return !errors.isEmpty(); }
    void addError(SourcePosition position, QString reason)
    {
        errors.append({position, std::move(reason), records.size()});
    }
};

enum class InputFormat { Unknown, WhatsAppWebJs, Webhook, ChatExport };

// Guesses the format from the first bytes: JSON with an "entry" array or a
// "messaging_product" member is a Cloud API webhook, other JSON is
// whatsapp-web.js, anything else a chat export. Empty input yields Unknown.
InputFormat detectInputFormat(QByteArrayView data);
QString inputFormatName(InputFormat format);

} // namespace linda
