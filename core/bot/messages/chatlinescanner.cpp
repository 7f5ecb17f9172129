#include "chatlinescanner.h"

#include <array>
#include <string_view>

namespace linda {

namespace {

struct MeridiemWord
{
    std::string_view text; // UTF-8
    Meridiem meridiem;
};

// Non-Latin and abbreviated markers as phones write them in chat exports
// (Arabic, Chinese, Japanese, Korean, German, Greek, Swedish, Vietnamese,
// Turkish, Persian, Hindi, Malay, Afrikaans, Albanian, Thai). Latin "AM",
// "p.m.", "a. m." are scanned apart.
constexpr std::array<MeridiemWord, 30> MeridiemWords{{
    {"\xD8\xB5", Meridiem::Am}, // ص
    {"\xD9\x85", Meridiem::Pm}, // م
    {"\xE4\xB8\x8A\xE5\x8D\x88", Meridiem::Am}, // 上午
    {"\xE4\xB8\x8B\xE5\x8D\x88", Meridiem::Pm}, // 下午
    {"\xE5\x8D\x88\xE5\x89\x8D", Meridiem::Am}, // 午前
    {"\xE5\x8D\x88\xE5\xBE\x8C", Meridiem::Pm}, // 午後
    {"\xEC\x98\xA4\xEC\xA0\x84", Meridiem::Am}, // 오전
    {"\xEC\x98\xA4\xED\x9B\x84", Meridiem::Pm}, // 오후
    {"vorm.", Meridiem::Am},
    {"nachm.", Meridiem::Pm},
    {"\xCF\x80.\xCE\xBC.", Meridiem::Am}, // π.μ.
    {"\xCE\xBC.\xCE\xBC.", Meridiem::Pm}, // μ.μ.
    {"fm", Meridiem::Am},
    {"em", Meridiem::Pm},
    {"SA", Meridiem::Am},
    {"CH", Meridiem::Pm},
    {"\xC3\x96\xC3\x96", Meridiem::Am}, // ÖÖ
    {"\xC3\x96S", Meridiem::Pm}, // ÖS
    {"\xD9\x82.\xD8\xB8.", Meridiem::Am}, // ق.ظ.
    {"\xD8\xA8.\xD8\xB8.", Meridiem::Pm}, // ب.ظ.
    {"\xE0\xA4\xAA\xE0\xA5\x82\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xB5\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA5"
     "\x8D\xE0\xA4\xA8",
     Meridiem::Am}, // पूर्वाह्न
    {"\xE0\xA4\x85\xE0\xA4\xAA\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA5\x8D\xE0\xA4\xA8",
     Meridiem::Pm}, // अपराह्न
    {"PTG", Meridiem::Pm}, // Malay "petang"
    {"PG", Meridiem::Am},  // Malay "pagi"
    {"vm.", Meridiem::Am},
    {"nm.", Meridiem::Pm},
    {"PD", Meridiem::Am},
    {"MD", Meridiem::Pm},
    {"\xE0\xB8\x81\xE0\xB9\x88\xE0\xB8\xAD\xE0\xB8\x99\xE0\xB9\x80\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88"
     "\xE0\xB8\xA2\xE0\xB8\x87",
     Meridiem::Am}, // ก่อนเที่ยง
    {"\xE0\xB8\xAB\xE0\xB8\xA5\xE0\xB8\xB1\xE0\xB8\x87\xE0\xB9\x80\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88"
     "\xE0\xB8\xA2\xE0\xB8\x87",
     Meridiem::Pm}, // หลังเที่ยง
}};

class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    qsizetype pos() const { return m_pos; }
    void advance(qsizetype count = 1) { m_pos += count; }

    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    bool accept(std::string_view word)
    {
        if (m_text.size() - m_pos < qsizetype(word.size()))
            return false;
        if (std::string_view(m_text.data() + m_pos, word.size()) != word)
            return false;
        m_pos += qsizetype(word.size());
        return true;
    }

    // Reads 1 to maxDigits digits and then any direction marks, and returns
    // the digit count (0 if none). Arabic phones write Arabic-Indic digits and
    // put a right-to-left mark after each date field: "٣١\u200F/١٢\u200F/٢٠٢٣".
    int number(int maxDigits, int &value)
    {
        int digits = 0;
        value = 0;
        while (digits < maxDigits) {
            const char c = peek();
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                ++m_pos;
            } else if (const int arabic = arabicIndicDigit(); arabic >= 0) {
                value = value * 10 + arabic;
                m_pos += 2;
            } else {
                break;
            }
            ++digits;
        }
        if (digits > 0)
            skipDirectionMarks();
        return digits;
    }

    // Skips U+200E LRM, U+200F RLM and U+061C ALM.
    void skipDirectionMarks()
    {
        // Most headers have no marks, so this inline test of the lead byte
        // keeps the common path free of a call.
        const auto lead = uchar(peek());
        if (lead == 0xE2 || lead == 0xD8)
            skipDirectionMarksFrom();
    }

    void skipDirectionMarksFrom()
    {
        while (accept("\xE2\x80\x8E") || accept("\xE2\x80\x8F") || accept("\xD8\x9C")) {
        }
    }

    // Skips ASCII spaces, the no-break spaces that phones put before AM/PM
    // (U+00A0, U+202F) and direction marks. Returns the number of spaces
    // skipped, without the marks.
    int skipSpaces()
    {
        int count = 0;
        for (;;) {
            skipDirectionMarks();
            if (accept(' ')) {
            } else if (accept("\xC2\xA0")) {
            } else if (accept("\xE2\x80\xAF")) {
            } else {
                return count;
            }
            ++count;
        }
    }

    // True when a digit follows the character at the cursor.
    bool digitFollows() const
    {
        const char next = peek(1);
        return (next >= '0' && next <= '9') || arabicIndicDigit(1) >= 0;
    }

private:
    // Value of an Arabic-Indic (U+0660-U+0669) or Extended Arabic-Indic
    // (U+06F0-U+06F9, Persian and Urdu) digit at the cursor, else -1.
    int arabicIndicDigit(qsizetype ahead = 0) const
    {
        const auto lead = uchar(peek(ahead));
        const auto trail = uchar(peek(ahead + 1));
        if (lead == 0xD9 && trail >= 0xA0 && trail <= 0xA9)
            return trail - 0xA0;
        if (lead == 0xDB && trail >= 0xB0 && trail <= 0xB9)
            return trail - 0xB0;
        return -1;
    }

public:

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Latin "AM", "pm", "a.m.", "p. m." (Spanish), in any case.
Meridiem scanLatinMeridiem(Cursor &cursor)
{
    Cursor probe = cursor;
    const char first = probe.peek();
    Meridiem meridiem = Meridiem::None;
    if (first == 'a' || first == 'A')
        meridiem = Meridiem::Am;
    else if (first == 'p' || first == 'P')
        meridiem = Meridiem::Pm;
    else
        return Meridiem::None;
    probe.advance();
    if (probe.accept('.'))
        probe.skipSpaces();
    if (!probe.accept('m') && !probe.accept('M'))
        return Meridiem::None;
    probe.accept('.');
    if (isAsciiLetter(probe.peek()))
        return Meridiem::None;
    cursor = probe;
    return meridiem;
}

Meridiem scanMeridiem(Cursor &cursor)
{
    // Before the time of most headers: no marker starts with a digit.
    const char first = cursor.peek();
    if (first >= '0' && first <= '9')
        return Meridiem::None;
    const Meridiem latin = scanLatinMeridiem(cursor);
    if (latin != Meridiem::None)
        return latin;
    for (const MeridiemWord &word : MeridiemWords) {
        Cursor probe = cursor;
        if (probe.accept(word.text) && !isAsciiLetter(probe.peek())) {
            cursor = probe;
            return word.meridiem;
        }
    }
    return Meridiem::None;
}

bool isDateSeparator(char c)
{
    return c == '/' || c == '.' || c == '-';
}

bool scanDate(Cursor &cursor, ChatLineHeader &header)
{
    header.dateDigits[0] = cursor.number(4, header.dateFields[0]);
    if (header.dateDigits[0] == 0 || header.dateDigits[0] == 3)
        return false;
    const char separator = cursor.peek();
    if (!isDateSeparator(separator))
        return false;
    for (int field = 1; field < 3; ++field) {
        if (!cursor.accept(separator))
            return false;
        cursor.skipDirectionMarks();
        cursor.accept(' '); // "2023. 12. 31." in Hungarian exports
        header.dateDigits[field] = cursor.number(field == 2 ? 4 : 2, header.dateFields[field]);
        if (header.dateDigits[field] == 0 || header.dateDigits[field] == 3)
            return false;
    }
    // Exactly one of the fields may be a 4-digit year, and only the first or last.
    if (header.dateDigits[0] == 4 && header.dateDigits[2] == 4)
        return false;
    cursor.accept('.');
    return true;
}

// Skips a short word between date and time followed by a space, such as
// Finnish "klo" in "31.12.23 klo 21.41" or French "à".
void skipLinkingWord(Cursor &cursor)
{
    constexpr qsizetype MaxWordBytes = 4;
    const char first = cursor.peek();
    if (!isAsciiLetter(first) && uchar(first) < 0x80)
        return;
    qsizetype length = 0;
    while (length <= MaxWordBytes && cursor.peek(length) != ' ' && cursor.peek(length) != '\0')
        ++length;
    if (length > MaxWordBytes || cursor.peek(length) != ' ')
        return;
    cursor.advance(length);
}

bool scanTime(Cursor &cursor, ChatLineHeader &header)
{
    if (cursor.number(2, header.hour) == 0)
        return false;
    const char separator = cursor.peek();
    if (separator == ':' || separator == '.') {
        cursor.advance();
    } else {
        // Canadian French writes "21 h 41".
        Cursor probe = cursor;
        probe.skipSpaces();
        if (!probe.accept('h'))
            return false;
        probe.skipSpaces();
        cursor = probe;
    }
    if (cursor.number(2, header.minute) != 2)
        return false;
    if (cursor.peek() == separator && cursor.digitFollows()) {
        cursor.advance();
        if (cursor.number(2, header.second) != 2)
            return false;
    }
    return header.minute < 60 && header.second < 60;
}

} // namespace

qsizetype leadingFormatMarkBytes(QByteArrayView text)
{
    qsizetype pos = 0;
    for (;;) {
        if (text.size() - pos < 3)
            return pos;
        const auto b0 = uchar(text[pos]);
        const auto b1 = uchar(text[pos + 1]);
        const auto b2 = uchar(text[pos + 2]);
        const bool bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
        // U+200E LRM, U+200F RLM, U+202A-U+202E embeddings, U+2066-U+2069 isolates.
        const bool mark = b0 == 0xE2
            && ((b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE)))
                || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9));
        if (!bom && !mark)
            return pos;
        pos += 3;
    }
}

std::optional<ChatLineHeader> scanChatLineHeader(QByteArrayView line)
{
    // Most continuation lines fail on the first byte: a header starts with
    // '[', an ASCII digit or the lead byte of an Arabic-Indic digit.
    if (line.isEmpty())
        return std::nullopt;
    const auto first = uchar(line[0]);
    if (first != '[' && (first < '0' || first > '9') && first != 0xD9 && first != 0xDB)
        return std::nullopt;

    ChatLineHeader header;
    Cursor cursor(line);
    header.bracketed = cursor.accept('[');
    cursor.skipDirectionMarks();
    if (!scanDate(cursor, header))
        return std::nullopt;

    // Arabic locales write the Arabic comma U+060C.
    const bool comma = cursor.accept(',') || cursor.accept("\xD8\x8C");
    if (cursor.skipSpaces() == 0 && !comma)
        return std::nullopt;

    header.meridiem = scanMeridiem(cursor); // prefix form: "오후 9:41", "下午9:41"
    if (header.meridiem == Meridiem::None)
        skipLinkingWord(cursor);
    cursor.skipSpaces();
    if (!scanTime(cursor, header))
        return std::nullopt;
    const int spaces = cursor.skipSpaces();
    // The common 24-hour line goes straight on to " - " or "]".
    const char next = cursor.peek();
    if (header.meridiem == Meridiem::None && next != '-' && next != ']'
        && (spaces > 0 || isAsciiLetter(next) || uchar(next) >= 0x80))
        header.meridiem = scanMeridiem(cursor);

    if (header.meridiem != Meridiem::None) {
        if (header.hour > 12)
            return std::nullopt;
    } else if (header.hour > 23) {
        return std::nullopt;
    }

    if (header.bracketed) {
        cursor.skipSpaces();
        if (!cursor.accept(']'))
            return std::nullopt;
        cursor.skipSpaces();
    } else {
        cursor.skipSpaces();
        // " - " on Android; some locales use an en dash.
        if (!cursor.accept('-') && !cursor.accept("\xE2\x80\x93"))
            return std::nullopt;
        if (!cursor.accept(' ') && !cursor.atEnd())
            return std::nullopt;
    }
    header.textOffset = cursor.pos();
    return header;
}

} // namespace linda
