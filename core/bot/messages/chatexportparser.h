#pragma once

#include "parseresult.h"

#include <QByteArrayView>

#include <functional>
#include <memory>

namespace linda {

enum class DateOrder { DayMonthYear, MonthDayYear, YearMonthDay };

// The date order chosen for an export, and its basis. The order is decided
// once per file, because a single line such as "03/04/24" is ambiguous.
struct DateOrderDecision
{
    enum class Basis {
        DateValues, // a field above 12 showed which one is the day
        Chronology, // only one order keeps the messages in time order
        Assumed, // nothing disambiguated the dates; the configured fallback was used
        YearFirst, // every date starts with a 4-digit year
        NoDates, // the file has no message lines
    };

    DateOrder order = DateOrder::DayMonthYear;
    Basis basis = Basis::NoDates;
    qint64 evidenceLine = -1; // first line that decided it, for Basis::DateValues

    QString toString() const;
};

struct ChatExportResult : ParseResult
{
    DateOrderDecision dateOrder;
};

// Parses the text files that WhatsApp's "Export chat" writes on Android and
// iOS, in any of their date, time and language variants. Timestamps are the
// phone's wall-clock times (Message::timestampIsWallClock), because exports
// carry no time zone. Lines that do not start with a date and time continue
// the previous message. Reentrant, not thread-safe: use one instance per
// thread.
class ChatExportParser
{
public:
    explicit ChatExportParser(const ParserOptions &options = {},
                              DateOrder fallbackOrder = DateOrder::DayMonthYear);
    ~ChatExportParser();
    ChatExportParser(const ChatExportParser &) = delete;
    ChatExportParser &operator=(const ChatExportParser &) = delete;

    // chatId becomes every message's chat id and the prefix of its id.
    ChatExportResult parse(QByteArrayView data, const QString &chatId);
    // Calls visit for each message in input order instead of collecting them
    // in records, so a large export needs no memory per message. In the
    // result, records stays empty and ParseError::recordsBefore is 0.
    ChatExportResult parse(QByteArrayView data, const QString &chatId,
                           const std::function<void(const Message &)> &visit);

    // A chat id from an export's file name: "WhatsApp Chat with Alice.txt"
    // gives "export:WhatsApp Chat with Alice".
    static QString chatIdForFile(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linda
