#include "chatexportparser.h"

#include "chatexportcontent.h"
#include "chatlinescanner.h"
#include "whatsappid.h"

#include <simdjson.h>

#include <QCalendar>
#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::DateOrderDecision", text);
}

// One message found in the first pass: its header and the byte range of its
// text, which runs over any continuation lines.
struct Entry
{
    ChatLineHeader header;
    qint64 line = 0;
    qsizetype byteOffset = 0;
    qsizetype textStart = 0; // absolute offsets into the input
    qsizetype textEnd = 0;
};

struct Author
{
    QString name;
    std::optional<QString> e164; // when the "name" is a number the phone had no contact for
};

bool validUtf8(QByteArrayView bytes)
{
    return simdjson::validate_utf8(bytes.data(), size_t(bytes.size()));
}

QDate dateFor(const ChatLineHeader &header, DateOrder order)
{
    int year = 0;
    int month = 0;
    int day = 0;
    const int *f = header.dateFields;
    if (header.isYearFirst()) {
        year = f[0];
        month = f[1];
        day = f[2];
    } else if (order == DateOrder::MonthDayYear) {
        month = f[0];
        day = f[1];
        year = f[2];
    } else {
        day = f[0];
        month = f[1];
        year = f[2];
    }
    // Two-digit years in exports are 20xx: WhatsApp appeared in 2009.
    if (year < 100)
        year += 2000;
    // Phones set to Thai count years in the Buddhist era (2009 is 2552), and
    // phones set to Persian use the Solar Hijri calendar (2009 is 1388). No
    // export has a Gregorian year in these ranges.
    // NOTE: the Persian case follows the Android date format for the fa
    // locale; no real Persian export was available to check it.
    if (year >= 2552)
        year -= 543;
    else if (year >= 1380 && year <= 1420)
        return QDate(year, month, day, QCalendar(QCalendar::System::Jalali));
    return QDate(year, month, day);
}

QTime timeFor(const ChatLineHeader &header)
{
    int hour = header.hour;
    if (header.meridiem == Meridiem::Am && hour == 12)
        hour = 0;
    else if (header.meridiem == Meridiem::Pm && hour < 12)
        hour += 12;
    return QTime(hour, header.minute, header.second);
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("day/month/year");
    case DateOrder::MonthDayYear:
        return QStringLiteral("month/day/year");
    case DateOrder::YearMonthDay:
        return QStringLiteral("year/month/day");
    }
    return {};
}

// Counts how often the date goes backwards from one message to the next
// when read in the given order; exports are in time order.
qsizetype countBackwardSteps(const std::vector<Entry> &entries, DateOrder order)
{
    qsizetype steps = 0;
    QDate previous;
    for (const Entry &entry : entries) {
        const QDate date = dateFor(entry.header, order);
        if (!date.isValid())
            return std::numeric_limits<qsizetype>::max();
        if (previous.isValid() && date < previous)
            ++steps;
        previous = date;
    }
    return steps;
}

DateOrderDecision decideDateOrder(const std::vector<Entry> &entries, DateOrder fallback)
{
    DateOrderDecision decision;
    if (entries.empty())
        return decision;

    qsizetype dayFirstVotes = 0;
    qsizetype monthFirstVotes = 0;
    qint64 dayFirstLine = -1;
    qint64 monthFirstLine = -1;
    bool allYearFirst = true;
    for (const Entry &entry : entries) {
        if (entry.header.isYearFirst())
            continue;
        allYearFirst = false;
        if (entry.header.dateFields[0] > 12) {
            if (dayFirstVotes++ == 0)
                dayFirstLine = entry.line;
        } else if (entry.header.dateFields[1] > 12) {
            if (monthFirstVotes++ == 0)
                monthFirstLine = entry.line;
        }
    }

    if (allYearFirst) {
        decision.order = DateOrder::YearMonthDay;
        decision.basis = DateOrderDecision::Basis::YearFirst;
    } else if (dayFirstVotes > 0 || monthFirstVotes > 0) {
        // Conflicting lines are reported later as invalid dates.
        const bool dayFirst = dayFirstVotes >= monthFirstVotes;
        decision.order = dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        decision.basis = DateOrderDecision::Basis::DateValues;
        decision.evidenceLine = dayFirst ? dayFirstLine : monthFirstLine;
    } else {
        const qsizetype dayFirstSteps = countBackwardSteps(entries, DateOrder::DayMonthYear);
        const qsizetype monthFirstSteps = countBackwardSteps(entries, DateOrder::MonthDayYear);
        if (dayFirstSteps != monthFirstSteps) {
            decision.order = dayFirstSteps < monthFirstSteps ? DateOrder::DayMonthYear
                                                             : DateOrder::MonthDayYear;
            decision.basis = DateOrderDecision::Basis::Chronology;
        } else {
            decision.order = fallback;
            decision.basis = DateOrderDecision::Basis::Assumed;
        }
    }
    return decision;
}

} // namespace

QString DateOrderDecision::toString() const
{
    switch (basis) {
    case Basis::DateValues:
        return tr("dates read as %1 (line %2 has a field above 12)")
            .arg(dateOrderName(order))
            .arg(evidenceLine);
    case Basis::Chronology:
        return tr("dates read as %1 (only that order keeps the messages in time order)")
            .arg(dateOrderName(order));
    case Basis::Assumed:
        return tr("dates read as %1 (assumed: no date in the file tells day from month)")
            .arg(dateOrderName(order));
    case Basis::YearFirst:
        return tr("dates read as %1").arg(dateOrderName(order));
    case Basis::NoDates:
        return tr("no dated message lines");
    }
    return {};
}

struct ChatExportParser::Private
{
    using Visitor = std::function<void(const Message &)>;

    Private(const ParserOptions &options, DateOrder fallback)
        : options(options)
        , fallback(fallback)
        , resolver(options.region)
    {
    }

    void scanLines(QByteArrayView data, ChatExportResult &result);
    void appendLine(QByteArrayView data, qsizetype lineStart, qsizetype lineEnd, qint64 lineNumber,
                    ChatExportResult &result);
    void buildMessages(QByteArrayView data, const QString &chatId, ChatExportResult &result,
                       const Visitor &visit);
    void readText(QByteArrayView data, const Entry &entry, Message &message);
    const Author &authorFor(std::string_view name);
    ChatExportResult run(QByteArrayView data, const QString &chatId, const Visitor &visit);
    void sortErrors(ChatExportResult &result) const;

    ParserOptions options;
    DateOrder fallback;
    SenderResolver resolver;
    std::vector<Entry> entries;
    // Keys point into the buffer being parsed; cleared at the end of parse().
    std::unordered_map<std::string_view, Author> authors;
    bool dataValidUtf8 = true;
    bool hasCarriageReturns = false;
    // Non-blank lines before the first message, reported as one error.
    struct LeadingLines
    {
        qint64 first = -1;
        qint64 last = -1;
        qsizetype firstOffset = 0;
        bool firstInvalidUtf8 = false;
    } leading;
    void addLeadingLine(qsizetype lineStart, qint64 lineNumber, bool invalidUtf8);
    void reportLeadingLines(QByteArrayView data, ChatExportResult &result) const;

    Q_DECLARE_TR_FUNCTIONS(linda::ChatExportParser)
};

void ChatExportParser::Private::appendLine(QByteArrayView data, qsizetype lineStart,
                                           qsizetype lineEnd, qint64 lineNumber,
                                           ChatExportResult &result)
{
    QByteArrayView line = data.sliced(lineStart, lineEnd - lineStart);
    if (!dataValidUtf8 && !validUtf8(line)) {
        if (entries.empty()) {
            addLeadingLine(lineStart, lineNumber, true);
            return;
        }
        result.errors.append({{lineStart, lineNumber},
                              tr("line %1 is not valid UTF-8; it was skipped. Re-export the chat "
                                 "or convert the file to UTF-8")
                                  .arg(lineNumber)});
        return;
    }
    const qsizetype marks = leadingFormatMarkBytes(line);
    if (const auto header = scanChatLineHeader(line.sliced(marks))) {
        Entry entry;
        entry.header = *header;
        entry.line = lineNumber;
        entry.byteOffset = lineStart;
        entry.textStart = lineStart + marks + header->textOffset;
        entry.textEnd = lineEnd;
        entries.push_back(entry);
        return;
    }
    if (!entries.empty() && entries.back().textEnd == lineStart - 1 - (hasCarriageReturns ? 1 : 0)) {
        entries.back().textEnd = lineEnd; // a continuation line
        return;
    }
    if (!entries.empty()) {
        // A skipped invalid line sits in between, so this text cannot be joined.
        result.errors.append({{lineStart, lineNumber},
                              tr("line %1 continues a message whose previous line was skipped")
                                  .arg(lineNumber)});
        return;
    }
    if (line.sliced(marks).trimmed().isEmpty())
        return;
    addLeadingLine(lineStart, lineNumber, false);
}

void ChatExportParser::Private::addLeadingLine(qsizetype lineStart, qint64 lineNumber, bool invalidUtf8)
{
    if (leading.first < 0) {
        leading.first = lineNumber;
        leading.firstOffset = lineStart;
        leading.firstInvalidUtf8 = invalidUtf8;
    }
    leading.last = lineNumber;
}

// One error for all lines before the first message, so a file that is not
// an export gets one message instead of one per line.
void ChatExportParser::Private::reportLeadingLines(QByteArrayView data, ChatExportResult &result) const
{
    if (leading.first < 0)
        return;
    const SourcePosition position{leading.firstOffset, leading.first};
    const QString example = tr("expected lines such as \"31/12/2023, 21:41 - Name: text\" or "
                               "\"[31/12/2023, 21:41:05] Name: text\"");
    if (entries.empty() && leading.firstInvalidUtf8) {
        result.errors.append({position, tr("line %1 is not valid UTF-8, and no line starts with a date and "
                                           "time; this is not an exported WhatsApp chat, or it is not "
                                           "saved as UTF-8")
                                            .arg(leading.first)});
    } else if (entries.empty()) {
        // A line that starts with a number or '[' is most likely a header in
        // a variant the scanner does not know, so quote it.
        QByteArrayView line = data.sliced(leading.firstOffset);
        line = line.first(line.indexOf('\n') < 0 ? line.size() : line.indexOf('\n')).trimmed();
        line = line.sliced(leadingFormatMarkBytes(line));
        const char first = line.isEmpty() ? '\0' : line.front();
        if (first == '[' || (first >= '0' && first <= '9')) {
            constexpr qsizetype QuotedBytes = 60;
            const QString quoted = QString::fromUtf8(line.first(std::min(line.size(), QuotedBytes)));
            result.errors.append({position, tr("line %1 starts like a message, but its date, time or the "
                                               "separator after them has a form this parser does not read: "
                                               "\"%2\"; no line of the file was read as a message (%3)")
                                                .arg(leading.first)
                                                .arg(quoted, example)});
        } else {
            result.errors.append({position, tr("line %1 does not start with a date and time, and no line "
                                               "after it does; this is not an exported WhatsApp chat (%2)")
                                                .arg(leading.first)
                                                .arg(example)});
        }
    } else if (leading.first == leading.last) {
        result.errors.append({position, tr("line %1 comes before the first message and does not start "
                                           "with a date and time; it was skipped (%2)")
                                            .arg(leading.first)
                                            .arg(example)});
    } else {
        result.errors.append({position, tr("lines %1-%2 come before the first message and do not start "
                                           "with a date and time; they were skipped (%3)")
                                            .arg(leading.first)
                                            .arg(leading.last)
                                            .arg(example)});
    }
}

void ChatExportParser::Private::scanLines(QByteArrayView data, ChatExportResult &result)
{
    qsizetype lineStart = 0;
    qint64 lineNumber = 1;
    const char *begin = data.data();
    while (lineStart < data.size()) {
        const void *newline = memchr(begin + lineStart, '\n', size_t(data.size() - lineStart));
        const qsizetype next = newline ? static_cast<const char *>(newline) - begin : data.size();
        qsizetype lineEnd = next;
        // CRLF files: the continuation check in appendLine relies on every
        // line ending the same way, which holds for exports.
        if (lineEnd > lineStart && data[lineEnd - 1] == '\r') {
            --lineEnd;
            hasCarriageReturns = true;
        }
        appendLine(data, lineStart, lineEnd, lineNumber, result);
        lineStart = next + 1;
        ++lineNumber;
    }
}

namespace {

// The author as a person reads it: phones wrap numbers in direction marks
// ("\u202A+971 50 123 4567\u202C") and newer versions put "~ " before a name
// the sender chose for themselves when the phone has no contact for them.
QString cleanAuthorName(QStringView text)
{
    QString name = withoutDirectionMarks(text);
    if (name.size() > 2 && name[0] == u'~' && (name[1].isSpace() || name[1] == u'\u202F'))
        name = name.mid(2).trimmed();
    return name;
}

} // namespace

const Author &ChatExportParser::Private::authorFor(std::string_view name)
{
    const auto found = authors.find(name);
    if (found != authors.end())
        return found->second;
    Author author;
    author.name = cleanAuthorName(QString::fromUtf8(name.data(), qsizetype(name.size())));
    // Senders missing from the phone's contacts appear as their number.
    if (author.name.startsWith(u'+'))
        author.e164 = resolver.e164ForText(author.name);
    return authors.emplace(name, std::move(author)).first->second;
}

void ChatExportParser::Private::buildMessages(QByteArrayView data, const QString &chatId,
                                              ChatExportResult &result, const Visitor &visit)
{
    const DateOrder order = result.dateOrder.order;
    const QString idPrefix = chatId + QStringLiteral("#L");
    if (!visit)
        result.records.reserve(qsizetype(entries.size()));

    for (const Entry &entry : entries) {
        const SourcePosition position{entry.byteOffset, entry.line};
        if (entry.textEnd - entry.byteOffset > options.maxRecordBytes) {
            result.errors.append({position, tr("the message at line %1 is %2 bytes, more than the "
                                               "limit of %3 bytes; it was skipped")
                                                .arg(entry.line)
                                                .arg(entry.textEnd - entry.byteOffset)
                                                .arg(options.maxRecordBytes)});
            continue;
        }
        const QDate date = dateFor(entry.header, order);
        if (!date.isValid()) {
            const int *f = entry.header.dateFields;
            result.errors.append({position, tr("line %1: %2/%3/%4 is not a valid date when read as "
                                               "%5; the message was skipped")
                                                .arg(entry.line)
                                                .arg(f[0])
                                                .arg(f[1])
                                                .arg(f[2])
                                                .arg(dateOrderName(order))});
            continue;
        }

        Message message;
        message.id = idPrefix + QString::number(entry.line);
        message.chatId = chatId;
        message.timestamp = QDateTime(date, timeFor(entry.header), Qt::UTC);
        message.timestampIsWallClock = true;
        message.position = position;
        readText(data, entry, message);
        if (visit)
            visit(message);
        else
            result.records.append(std::move(message));
    }
}

void ChatExportParser::Private::readText(QByteArrayView data, const Entry &entry, Message &message)
{
    const std::string_view text(data.data() + entry.textStart,
                                size_t(entry.textEnd - entry.textStart));
    // Messages read "Name: text". A line without ": ", or with a quote before
    // it, is a system line such as 'Omar changed the subject to "Team: June"'.
    const size_t colon = text.find(": ");
    bool hasAuthor = colon != std::string_view::npos && colon > 0;
    if (hasAuthor) {
        const std::string_view head = text.substr(0, colon);
        // ASCII quote, U+201C, U+201E (German) and U+00AB (French)
        hasAuthor = head.find('"') == std::string_view::npos
            && head.find("\xE2\x80\x9C") == std::string_view::npos
            && head.find("\xE2\x80\x9E") == std::string_view::npos
            && head.find("\xC2\xAB") == std::string_view::npos;
    }
    std::string_view body = text;
    if (hasAuthor) {
        const Author &author = authorFor(text.substr(0, colon));
        message.senderName = author.name;
        message.sender = author.e164;
        body = text.substr(colon + 2);
    }
    // Blank lines before the next message are not part of this one; they
    // appear in excerpts pasted into bug reports and e-mails.
    while (!body.empty() && (body.back() == '\n' || body.back() == '\r'))
        body.remove_suffix(1);
    message.body = QString::fromUtf8(body.data(), qsizetype(body.size()));
    if (hasCarriageReturns && body.find('\r') != std::string_view::npos)
        message.body.remove(u'\r');
    classifyExportText(message, hasAuthor);
}

ChatExportParser::ChatExportParser(const ParserOptions &options, DateOrder fallbackOrder)
    : d(std::make_unique<Private>(options, fallbackOrder))
{
}

ChatExportParser::~ChatExportParser() = default;

ChatExportResult ChatExportParser::parse(QByteArrayView data, const QString &chatId)
{
    return d->run(data, chatId, {});
}

ChatExportResult ChatExportParser::parse(QByteArrayView data, const QString &chatId,
                                         const std::function<void(const Message &)> &visit)
{
    return d->run(data, chatId, visit);
}

ChatExportResult ChatExportParser::Private::run(QByteArrayView data, const QString &chatId,
                                                const Visitor &visit)
{
    ChatExportResult result;
    entries.clear();
    authors.clear();
    hasCarriageReturns = false;
    leading = {};
    // Exports re-saved with Windows Notepad may be UTF-16. Positions in errors
    // then count bytes of the UTF-8 text.
    QByteArray converted;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        converted = QString(decoder.decode(data)).toUtf8();
        data = converted;
    }
    if (data.trimmed().isEmpty()) {
        result.errors.append({{0, 1}, tr("the file is empty; expected an exported WhatsApp chat")});
        return result;
    }
    // "Export chat" with media, and iOS in any case, writes a ZIP archive.
    if (data.startsWith("PK\x03\x04")) {
        result.errors.append({{0, 1}, tr("the file is a ZIP archive; unzip it and use the chat text file "
                                         "inside (_chat.txt on iOS, \"WhatsApp Chat with NAME.txt\" on "
                                         "Android)")});
        return result;
    }
    // One pass over the whole buffer is far cheaper than checking each line.
    dataValidUtf8 = validUtf8(data);

    scanLines(data, result);
    reportLeadingLines(data, result);
    result.dateOrder = decideDateOrder(entries, fallback);
    if (entries.empty() && result.errors.isEmpty())
        result.errors.append({{0, 1}, tr("no line starts with a date and time; this is not an "
                                         "exported WhatsApp chat")});
    buildMessages(data, chatId, result, visit);
    sortErrors(result);
    authors.clear();
    entries.clear();
    return result;
}

// Puts the errors of both passes back in line order and counts the records
// before each; records are sorted by line already.
void ChatExportParser::Private::sortErrors(ChatExportResult &result) const
{
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const ParseError &a, const ParseError &b) {
                         return a.position.line < b.position.line;
                     });
    qsizetype recordIndex = 0;
    for (ParseError &error : result.errors) {
        while (recordIndex < result.records.size()
               && std::get<Message>(result.records.at(recordIndex)).position.line
                   < error.position.line)
            ++recordIndex;
        error.recordsBefore = recordIndex;
    }
}

QString ChatExportParser::chatIdForFile(const QString &path)
{
    return QStringLiteral("export:") + QFileInfo(path).completeBaseName();
}

} // namespace linda
