#pragma once

#include <QByteArrayView>

#include <optional>

namespace linda {

enum class Meridiem { None, Am, Pm };

// The date-and-time header that starts a message line of a WhatsApp "Export
// chat" file, as written: the date's field order is not known from one line.
// Android: "31/12/2023, 21:41 - " or "12/31/23, 9:41 PM - ".
// iOS:     "[31.12.23, 21:41:05] " or "[12/31/23, 9:41:05 PM] ".
struct ChatLineHeader
{
    int dateFields[3] = {}; // numbers in written order
    int dateDigits[3] = {}; // digit count of each, to tell 2024 from 24
    int hour = 0; // as written, 0-23, or 0-12 with a meridiem
    int minute = 0;
    int second = 0;
    Meridiem meridiem = Meridiem::None;
    bool bracketed = false; // the iOS "[date, time]" form
    qsizetype textOffset = 0; // where "Name: text" or the system text starts

    bool isYearFirst() const { return dateDigits[0] == 4; }
};

// Recognizes a header at the start of line (UTF-8, bidi marks already
// stripped). Returns nullopt for continuation lines. A hand-written scanner,
// because a regex per line would cost more than the rest of the parse.
std::optional<ChatLineHeader> scanChatLineHeader(QByteArrayView line);

// Number of bytes of Unicode direction marks, isolates and a BOM at the start
// of text; phones put these before lines with right-to-left content.
qsizetype leadingFormatMarkBytes(QByteArrayView text);

} // namespace linda
