#include "vcardparser.h"

#include "contacttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace linda {

namespace {

struct PhysicalLine
{
    QByteArrayView text; // without the line break
    int number = 0;      // 1-based
};

// One property after unfolding: [group.]NAME[;param...]:value
struct Property
{
    int line = 0;
    QByteArray group; // upper case, e.g. "ITEM1"
    QByteArray name;  // upper case, e.g. "TEL"
    QByteArray encoding;       // upper case: "QUOTED-PRINTABLE", "B", "BASE64" or empty
    QByteArray charset;        // as written, e.g. "UTF-8", "windows-1256", or empty
    QList<QByteArray> types;   // lower case TYPE values, e.g. {"cell", "voice"}
    bool preferred = false;
    bool uriValue = false;     // VALUE=uri
    QByteArray value;          // raw, still encoded
};

QList<PhysicalLine> splitLines(QByteArrayView data)
{
    QList<PhysicalLine> lines;
    lines.reserve(data.size() / 24);
    qsizetype start = 0;
    int number = 1;
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        lines.append({data.sliced(start, i - start), number++});
        if (c == '\r' && i + 1 < size && data[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < size)
        lines.append({data.sliced(start), number});
    return lines;
}

// Position of the ':' that ends the property name and parameters, skipping
// colons inside double-quoted parameter values; -1 when there is none.
qsizetype headerEnd(QByteArrayView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

char toAsciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

// Case-insensitive search for an upper-case ASCII needle, without allocating.
bool containsUpper(QByteArrayView haystack, QByteArrayView needle)
{
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        qsizetype j = 0;
        while (j < needle.size() && toAsciiUpper(haystack[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

bool isQuotedPrintableHeader(QByteArrayView header)
{
    return containsUpper(header, "QUOTED-PRINTABLE");
}

bool isBase64Header(QByteArrayView header)
{
    return containsUpper(header, "ENCODING=B") || containsUpper(header, ";BASE64");
}

// Splits on a separator outside double quotes.
QList<QByteArrayView> splitUnquoted(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            quoted = !quoted;
        } else if (text[i] == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

QByteArray unquote(QByteArrayView text)
{
    QByteArrayView trimmed = text.trimmed();
    if (trimmed.size() >= 2 && trimmed.front() == '"' && trimmed.back() == '"')
        trimmed = trimmed.sliced(1, trimmed.size() - 2);
    return trimmed.toByteArray();
}

void addTypes(Property &property, QByteArrayView values)
{
    // The views from splitUnquoted point into this array, so it must outlive
    // the loop: a temporary in the range expression dies before the body runs.
    const QByteArray list = unquote(values);
    for (const QByteArrayView value : splitUnquoted(list, ',')) {
        const QByteArray type = unquote(value).toLower();
        if (type == "pref")
            property.preferred = true;
        else if (!type.isEmpty())
            property.types.append(type);
    }
}

// Applies one parameter. vCard 2.1 allows bare values such as "CELL" or
// "QUOTED-PRINTABLE" without a name.
void applyParameter(Property &property, QByteArrayView parameter)
{
    const qsizetype equals = parameter.indexOf('=');
    if (equals < 0) {
        const QByteArray bare = parameter.trimmed().toByteArray().toUpper();
        if (bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" || bare == "7BIT")
            property.encoding = bare;
        else if (bare == "PREF")
            property.preferred = true;
        else if (!bare.isEmpty())
            addTypes(property, parameter);
        return;
    }
    const QByteArray key = parameter.first(equals).trimmed().toByteArray().toUpper();
    const QByteArrayView value = parameter.sliced(equals + 1);
    if (key == "TYPE")
        addTypes(property, value);
    else if (key == "ENCODING")
        property.encoding = unquote(value).toUpper();
    else if (key == "CHARSET")
        property.charset = unquote(value);
    else if (key == "PREF")
        property.preferred = true;
    else if (key == "VALUE")
        property.uriValue = unquote(value).toLower() == "uri";
}

std::optional<Property> parseProperty(QByteArrayView logicalLine, int line)
{
    const qsizetype colon = headerEnd(logicalLine);
    if (colon < 0)
        return std::nullopt;
    Property property;
    property.line = line;
    property.value = logicalLine.sliced(colon + 1).toByteArray();

    const QList<QByteArrayView> header = splitUnquoted(logicalLine.first(colon), ';');
    QByteArrayView name = header.front().trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        property.group = name.first(dot).toByteArray().toUpper();
        name = name.sliced(dot + 1);
    }
    property.name = name.toByteArray().toUpper();
    for (qsizetype i = 1; i < header.size(); ++i)
        applyParameter(property, header[i]);
    return property;
}

// Removes Apple's "_$!<Mobile>!$_" wrapper around its built-in labels.
QString cleanLabel(const QString &label)
{
    static const QString prefix = QStringLiteral("_$!<");
    static const QString suffix = QStringLiteral(">!$_");
    if (label.startsWith(prefix) && label.endsWith(suffix))
        return label.mid(prefix.size(), label.size() - prefix.size() - suffix.size());
    return label;
}

// Turns a tel: URI (RFC 3966) into text the phone number parser reads:
// "tel:+971-4-234-5678;ext=12" becomes "+971-4-234-5678 ext. 12", and a
// local number with ";phone-context=+971" gets that prefix.
QString telUriToText(const QString &uri)
{
    QString rest = uri.trimmed();
    if (rest.startsWith(u"tel:", Qt::CaseInsensitive))
        rest = rest.mid(4);
    const QStringList parts = rest.split(u';');
    QString number = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.front().toUtf8()));
    QString extension;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &parameter = parts[i];
        if (parameter.startsWith(u"ext=", Qt::CaseInsensitive))
            extension = parameter.mid(4);
        else if (parameter.startsWith(u"phone-context=+", Qt::CaseInsensitive) && !number.startsWith(u'+'))
            number = parameter.mid(14) + number;
    }
    if (!extension.isEmpty())
        number += QStringLiteral(" ext. ") + extension;
    return number;
}

class CardReader
{
    Q_DECLARE_TR_FUNCTIONS(linda::VCardParser)

public:
    explicit CardReader(ContactParseResult &result)
        : m_result(result)
    {
    }

    void readLines(const QList<PhysicalLine> &lines);

private:
    void readProperty(const Property &property);
    void beginCard(int line);
    void endCard(int line);
    void finishCard();
    void finishCardFields();
    void addError(int line, const QString &message) { m_result.errors.append({line, message}); }
    void addWarning(int line, const QString &message) { m_result.warnings.append({line, message}); }
    std::optional<QString> decodeText(const Property &property);

    ContactParseResult &m_result;
    bool m_inCard = false;
    QByteArray m_version;
    ContactRecord m_card;
    QString m_formattedName;
    QString m_structuredName;
    QHash<QByteArray, QString> m_groupLabels;    // group -> X-ABLabel
    QHash<QByteArray, qsizetype> m_groupPhones;   // group -> index in m_card.phones
};

void CardReader::readLines(const QList<PhysicalLine> &lines)
{
    QByteArray logical;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PhysicalLine &first = lines[i];
        if (first.text.trimmed().isEmpty())
            continue;
        logical = first.text.toByteArray();
        qsizetype colon = headerEnd(logical);
        // A 2.1 base64 block may continue on lines without leading white
        // space; it ends at a blank line or the next property.
        const bool base64 = colon >= 0 && isBase64Header(QByteArrayView(logical).first(colon));
        bool quotedPrintable = colon >= 0 && isQuotedPrintableHeader(QByteArrayView(logical).first(colon));
        while (i + 1 < lines.size()) {
            const QByteArrayView next = lines[i + 1].text;
            if (quotedPrintable && logical.endsWith('=')) {
                // Soft line break: the next line continues the encoded bytes
                // as written, even when it starts with white space.
                logical.chop(1);
                logical.append(next);
            } else if (!next.isEmpty() && (next.front() == ' ' || next.front() == '\t')) {
                // RFC 6350 unfolding removes the line break and one white
                // space character. vCard 2.1 unfolds as RFC 822 does and keeps
                // that character, which matters only for text folded at a space.
                logical.append(m_version == "2.1" && !base64 ? next : next.sliced(1));
            } else if (base64 && m_version == "2.1" && !next.trimmed().isEmpty()
                       && headerEnd(next) < 0) {
                logical.append(next.trimmed());
            } else {
                break;
            }
            ++i;
            if (colon < 0) {
                colon = headerEnd(logical);
                quotedPrintable = colon >= 0 && isQuotedPrintableHeader(QByteArrayView(logical).first(colon));
            }
        }

        const std::optional<Property> property = parseProperty(logical, first.number);
        if (!property) {
            addWarning(first.number,
                       tr("no ':' between the property name and its value in \"%1\"; the line was "
                          "skipped. A line that continues the previous value must start with a space")
                           .arg(QString::fromUtf8(logical.left(40))));
            continue;
        }
        readProperty(*property);
    }
    if (m_inCard) {
        addWarning(m_card.line, tr("the card that starts here has no END:VCARD; it was read up to "
                                   "the end of the file"));
        finishCard();
    }
}

void CardReader::beginCard(int line)
{
    if (m_inCard) {
        addWarning(m_card.line, tr("the card that starts here has no END:VCARD; it was read up to "
                                   "the BEGIN:VCARD on line %1")
                                    .arg(line));
        finishCard();
    }
    m_inCard = true;
    m_version.clear();
    m_card = ContactRecord{};
    m_card.line = line;
    m_formattedName.clear();
    m_structuredName.clear();
    m_groupLabels.clear();
    m_groupPhones.clear();
}

void CardReader::finishCardFields()
{
    m_card.name = !m_formattedName.isEmpty() ? m_formattedName : m_structuredName;
    // Labels from X-ABLabel may come before or after the TEL of their group.
    for (auto it = m_groupPhones.cbegin(); it != m_groupPhones.cend(); ++it) {
        const QString label = m_groupLabels.value(it.key());
        if (!label.isEmpty())
            m_card.phones[it.value()].label = label;
    }
}

void CardReader::endCard(int line)
{
    if (!m_inCard) {
        addWarning(line, tr("END:VCARD without BEGIN:VCARD; it was ignored"));
        return;
    }
    finishCard();
}

void CardReader::finishCard()
{
    finishCardFields();
    m_result.records.append(std::move(m_card));
    m_card = ContactRecord{};
    m_inCard = false;
}

std::optional<QString> CardReader::decodeText(const Property &property)
{
    QByteArray bytes = property.value;
    if (property.encoding == "QUOTED-PRINTABLE")
        bytes = contacttext::decodeQuotedPrintable(bytes);
    else if (property.encoding == "B" || property.encoding == "BASE64")
        bytes = QByteArray::fromBase64(bytes);

    const QByteArray charset = property.charset.isEmpty() ? QByteArray("UTF-8") : property.charset;
    // Stateless: a value cut in the middle of a character is an error, not
    // state kept for more input.
    QStringDecoder decoder = property.charset.isEmpty()
        ? QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
        : QStringDecoder(charset.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        addError(property.line, tr("unsupported CHARSET=%1 on %2; convert the file to UTF-8")
                                    .arg(QString::fromLatin1(charset), QString::fromLatin1(property.name)));
        return std::nullopt;
    }
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    if (!property.charset.isEmpty()) {
        addError(property.line,
                 tr("the value of %1 is not valid %2; correct the CHARSET parameter or convert the file to UTF-8")
                     .arg(QString::fromLatin1(property.name), QString::fromLatin1(charset)));
        return std::nullopt;
    }
    // Older phones and Outlook write their 8-bit code page without saying
    // which. Latin-1 keeps the digits of a number intact in any of them.
    addWarning(property.line,
               tr("the value of %1 is not valid UTF-8 and was read as Latin-1; if the name looks wrong, "
                  "add a CHARSET parameter or convert the file to UTF-8")
                   .arg(QString::fromLatin1(property.name)));
    return QString::fromLatin1(bytes);
}

void CardReader::readProperty(const Property &property)
{
    if (property.name == "BEGIN") {
        if (property.value.trimmed().toUpper() == "VCARD")
            beginCard(property.line);
        return; // nested BEGIN blocks of other kinds carry nothing we use
    }
    if (property.name == "END") {
        if (property.value.trimmed().toUpper() == "VCARD")
            endCard(property.line);
        return;
    }
    if (!m_inCard) {
        addWarning(property.line, tr("%1 outside BEGIN:VCARD ... END:VCARD; it was ignored")
                                      .arg(QString::fromUtf8(property.name)));
        return;
    }
    if (property.name == "VERSION") {
        m_version = property.value.trimmed();
        if (m_version != "2.1" && m_version != "3.0" && m_version != "4.0")
            addWarning(property.line, tr("unknown vCard version \"%1\"; expected 2.1, 3.0 or 4.0. The "
                                         "card was read as 3.0")
                                          .arg(QString::fromUtf8(m_version)));
        return;
    }

    // Only these properties are read; PHOTO, LOGO, SOUND and the rest are
    // skipped without decoding, so base64 blocks cost nothing.
    const bool used = property.name == "FN" || property.name == "N" || property.name == "ORG"
        || property.name == "TEL" || property.name == "EMAIL" || property.name == "X-ABLABEL";
    if (!used)
        return;
    const std::optional<QString> text = decodeText(property);
    if (!text)
        return;

    if (property.name == "FN") {
        m_formattedName = contacttext::unescapeVCardText(*text).simplified();
    } else if (property.name == "N") {
        m_structuredName = contacttext::joinStructuredName(contacttext::splitVCardComponents(*text));
    } else if (property.name == "ORG") {
        const QStringList units = contacttext::splitVCardComponents(*text);
        m_card.organization = units.isEmpty() ? QString() : units.front().simplified();
    } else if (property.name == "EMAIL") {
        const QString email = contacttext::unescapeVCardText(*text).trimmed();
        if (!email.isEmpty())
            m_card.emails.append(email);
    } else if (property.name == "X-ABLABEL") {
        if (!property.group.isEmpty())
            m_groupLabels.insert(property.group, cleanLabel(contacttext::unescapeVCardText(*text).trimmed()));
    } else if (property.name == "TEL") {
        ContactPhone phone;
        phone.line = property.line;
        phone.preferred = property.preferred;
        phone.label = QString::fromUtf8(property.types.join(','));
        const bool uri = property.uriValue || text->trimmed().startsWith(u"tel:", Qt::CaseInsensitive);
        phone.number = uri ? telUriToText(*text) : contacttext::unescapeVCardText(*text).trimmed();
        // Phones write "TEL;TYPE=CELL:" for a number field left empty.
        if (phone.number.isEmpty())
            return;
        if (!property.group.isEmpty())
            m_groupPhones.insert(property.group, m_card.phones.size());
        m_card.phones.append(phone);
    }
}

} // namespace

ContactParseResult VCardParser::parse(QByteArrayView data)
{
    ContactParseResult result;
    QByteArray converted;
    const QByteArrayView text = contacttext::asUtf8(data, converted);
    CardReader reader(result);
    reader.readLines(splitLines(contacttext::withoutUtf8ByteOrderMark(text)));
    return result;
}

bool VCardParser::looksLikeVCard(QByteArrayView data)
{
    QByteArray converted;
    const QByteArrayView text = contacttext::withoutUtf8ByteOrderMark(contacttext::asUtf8(data, converted));
    // A few lines of other text may come first, such as a note pasted on top;
    // the parser reports them as warnings.
    constexpr qsizetype SearchedBytes = 4096;
    for (const QByteArray &line : text.first(std::min(text.size(), SearchedBytes)).toByteArray().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.size() >= 11 && trimmed.first(11).toUpper() == "BEGIN:VCARD")
            return true;
    }
    return false;
}

} // namespace linda
