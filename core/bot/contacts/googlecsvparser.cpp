#include "googlecsvparser.h"

#include "contacttext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <map>
#include <vector>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::GoogleCsvParser", text);
}

const QString multiValueSeparator = QStringLiteral(" ::: ");

struct CsvRecord
{
    int line = 0; // 1-based line where the record starts
    QList<QByteArray> fields;
};

// Splits RFC 4180 CSV into records. Quoted fields may contain commas,
// doubled quotes and line breaks; line numbers count the physical lines.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(linda::GoogleCsvParser)

public:
    CsvReader(QByteArrayView data, char delimiter, int firstLine)
        : m_data(data)
        , m_delimiter(delimiter)
        , m_line(firstLine)
    {
    }

    // Returns false at the end of the data or after an error.
    bool next(CsvRecord &record, ContactParseError &error);

private:
    QByteArrayView m_data;
    char m_delimiter = ',';
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool CsvReader::next(CsvRecord &record, ContactParseError &error)
{
    while (m_pos < m_data.size()) {
        record.line = m_line;
        record.fields.clear();
        QByteArray field;
        bool quoted = false;
        int quoteLine = 0;
        bool recordEnded = false;
        while (m_pos < m_data.size() && !recordEnded) {
            const char c = m_data[m_pos++];
            if (quoted) {
                if (c == '"' && m_pos < m_data.size() && m_data[m_pos] == '"') {
                    field.append('"');
                    ++m_pos;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\r' && m_pos < m_data.size() && m_data[m_pos] == '\n') {
                    continue; // CRLF inside a field is stored as LF
                } else {
                    if (c == '\n' || c == '\r')
                        ++m_line;
                    field.append(c == '\r' ? '\n' : c);
                }
                continue;
            }
            if (c == m_delimiter) {
                record.fields.append(std::exchange(field, {}));
                continue;
            }
            switch (c) {
            case '"':
                // A quote opens a quoted field only at its start; elsewhere
                // it is kept as written.
                if (field.isEmpty()) {
                    quoted = true;
                    quoteLine = m_line;
                } else {
                    field.append(c);
                }
                break;
            case '\r':
                if (m_pos < m_data.size() && m_data[m_pos] == '\n')
                    ++m_pos;
                Q_FALLTHROUGH();
            case '\n':
                ++m_line;
                recordEnded = true;
                break;
            default:
                field.append(c);
            }
        }
        if (quoted) {
            error = {quoteLine, tr("the quoted field that starts here is never closed; add the missing '\"'")};
            return false;
        }
        record.fields.append(field);
        // Blank lines separate nothing in CSV; skip them.
        if (record.fields.size() == 1 && record.fields.front().trimmed().isEmpty())
            continue;
        return true;
    }
    return false;
}

// The first line of data, without its line break.
QByteArrayView firstLineOf(QByteArrayView data)
{
    qsizetype end = data.indexOf('\n');
    if (end < 0)
        end = data.size();
    if (end > 0 && data[end - 1] == '\r')
        --end;
    return data.first(end);
}

// The CSV layout of a file: its field delimiter, and where the header starts.
struct CsvDialect
{
    char delimiter = ',';
    qsizetype headerOffset = 0; // bytes before the header: a "sep=;" line
    int headerLine = 1;
};

// Spreadsheet programs in locales with a decimal comma save CSV with ';',
// and Excel may write a "sep=;" line first. Otherwise the delimiter is the
// one of ',', ';' and tab that occurs most often outside quotes in the header.
CsvDialect detectDialect(QByteArrayView data)
{
    CsvDialect dialect;
    QByteArrayView header = firstLineOf(data);
    if (header.size() == 5 && header.startsWith("sep=")) {
        dialect.delimiter = header[4];
        dialect.headerOffset = std::min(data.size(), data.indexOf('\n') + 1);
        dialect.headerLine = 2;
        return dialect;
    }
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : header) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        dialect.delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        dialect.delimiter = '\t';
    return dialect;
}

// Column positions of one header; -1 when the column is missing.
struct Columns
{
    int name = -1;
    int given = -1;
    int additional = -1;
    int family = -1;
    int prefix = -1;
    int suffix = -1;
    int nickname = -1;
    int fileAs = -1;
    int organization = -1;
    std::map<int, int> phoneValues; // phone group number -> column
    std::map<int, int> phoneTypes;  // "Phone N - Type" or "Phone N - Label"
    std::map<int, int> emailValues;
    // Outlook names one column per kind of number: "Mobile Phone", "Home Phone 2".
    std::vector<std::pair<int, QString>> namedPhones; // column, label
    std::vector<int> namedEmails;                     // "E-mail Address", "E-mail 2 Address"

    bool hasAnyName() const { return name >= 0 || given >= 0 || family >= 0 || organization >= 0; }
    bool hasAnyPhone() const { return !phoneValues.empty() || !namedPhones.empty(); }
};

Columns mapColumns(const QStringList &header)
{
    static const QRegularExpression grouped(
        QStringLiteral("^(Phone|E-mail) (\\d+) - (Value|Type|Label)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression outlookPhone(QStringLiteral("^(.+) Phone( \\d+)?$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression outlookEmail(QStringLiteral("^E-mail( \\d+)? Address$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    Columns columns;
    const auto single = [](const QString &title, std::initializer_list<const char16_t *> names) {
        for (const char16_t *name : names) {
            if (title.compare(QStringView(name), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (int i = 0; i < header.size(); ++i) {
        const QString title = header[i].trimmed();
        if (single(title, {u"Name", u"Full Name", u"Display Name", u"Contact Name"}))
            columns.name = i;
        else if (single(title, {u"Given Name", u"First Name"}))
            columns.given = i;
        else if (single(title, {u"Additional Name", u"Middle Name"}))
            columns.additional = i;
        else if (single(title, {u"Family Name", u"Last Name"}))
            columns.family = i;
        else if (single(title, {u"Name Prefix"}))
            columns.prefix = i;
        else if (single(title, {u"Name Suffix"}))
            columns.suffix = i;
        else if (single(title, {u"Nickname"}))
            columns.nickname = i;
        else if (single(title, {u"File As"}))
            columns.fileAs = i;
        else if (single(title, {u"Organization 1 - Name", u"Organization Name", u"Company"}))
            columns.organization = i;
        else if (const auto phone = outlookPhone.match(title); phone.hasMatch())
            columns.namedPhones.emplace_back(i, phone.captured(1));
        // Plain CSV files written by hand or by other tools.
        else if (single(title, {u"Phone", u"Phone Number", u"Telephone", u"Tel", u"Number", u"WhatsApp",
                                u"WhatsApp Number"}))
            columns.namedPhones.emplace_back(i, QString());
        else if (single(title, {u"Mobile", u"Mobile Number", u"Cell", u"Cell Phone"}))
            columns.namedPhones.emplace_back(i, QStringLiteral("Mobile"));
        else if (single(title, {u"Email", u"E-mail", u"Email Address"}))
            columns.namedEmails.push_back(i);
        else if (outlookEmail.match(title).hasMatch())
            columns.namedEmails.push_back(i);
        else if (const auto match = grouped.match(title); match.hasMatch()) {
            const bool phone = match.capturedView(1).compare(u"Phone", Qt::CaseInsensitive) == 0;
            const int group = match.capturedView(2).toInt();
            const bool value = match.capturedView(3).compare(u"Value", Qt::CaseInsensitive) == 0;
            if (phone && value)
                columns.phoneValues[group] = i;
            else if (phone)
                columns.phoneTypes[group] = i;
            else if (value)
                columns.emailValues[group] = i;
        }
    }
    return columns;
}

QString cell(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields[column].trimmed() : QString();
}

QString composeName(const QStringList &fields, const Columns &columns)
{
    QString name = cell(fields, columns.name).simplified();
    if (!name.isEmpty())
        return name;
    QStringList parts;
    for (const int column : {columns.prefix, columns.given, columns.additional, columns.family, columns.suffix}) {
        const QString part = cell(fields, column).simplified();
        if (!part.isEmpty())
            parts.append(part);
    }
    if (!parts.isEmpty())
        return parts.join(u' ');
    name = cell(fields, columns.nickname).simplified();
    return name.isEmpty() ? cell(fields, columns.fileAs).simplified() : name;
}

// Google marks the primary value of a group with a "* " label prefix.
void addPhones(ContactRecord &record, const QString &values, const QString &types)
{
    const QStringList numbers = values.split(multiValueSeparator);
    const QStringList labels = types.split(multiValueSeparator);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        ContactPhone phone;
        phone.line = record.line;
        phone.number = numbers[i].trimmed();
        if (phone.number.isEmpty())
            continue;
        // One label for the whole cell, or one per value.
        QString label = labels.size() == numbers.size() ? labels[i] : types;
        label = label.trimmed();
        if (label.startsWith(u"* ")) {
            phone.preferred = true;
            label = label.mid(2);
        }
        phone.label = label;
        record.phones.append(phone);
    }
}

ContactRecord makeRecord(int line, const QStringList &fields, const Columns &columns)
{
    ContactRecord record;
    record.line = line;
    record.name = composeName(fields, columns);
    record.organization = cell(fields, columns.organization).simplified();
    for (const auto &[group, column] : columns.phoneValues) {
        const auto type = columns.phoneTypes.find(group);
        addPhones(record, cell(fields, column),
                  type == columns.phoneTypes.end() ? QString() : cell(fields, type->second));
    }
    for (const auto &[column, label] : columns.namedPhones)
        addPhones(record, cell(fields, column), label);
    for (const int column : columns.namedEmails) {
        const QString email = cell(fields, column);
        if (!email.isEmpty())
            record.emails.append(email);
    }
    for (const auto &[group, column] : columns.emailValues) {
        for (const QString &email : cell(fields, column).split(multiValueSeparator)) {
            if (!email.trimmed().isEmpty())
                record.emails.append(email.trimmed());
        }
    }
    return record;
}

// 1-based number of the first line that is not valid UTF-8, 0 if none.
int firstInvalidUtf8Line(QByteArrayView data)
{
    int line = 1;
    for (const QByteArray &text : QByteArray::fromRawData(data.data(), data.size()).split('\n')) {
        if (!text.isValidUtf8())
            return line;
        ++line;
    }
    return 0;
}

// Excel on Windows saves CSV in the 8-bit code page of the system, without
// saying which. Such a file is read as Latin-1, which keeps every number
// intact, with one warning for the first line that is not UTF-8.
QByteArrayView asValidUtf8(QByteArrayView data, QByteArray &storage, ContactParseResult &result)
{
    if (data.isValidUtf8())
        return data;
    result.warnings.append({firstInvalidUtf8Line(data),
                            QCoreApplication::translate("linda::GoogleCsvParser",
                                                        "this line is not valid UTF-8, so the file was read as "
                                                        "Latin-1; if names look wrong, save the file as "
                                                        "\"CSV UTF-8\" and import it again")});
    storage = QString::fromLatin1(data).toUtf8();
    return storage;
}

std::optional<QStringList> decodeFields(const CsvRecord &record, ContactParseResult &result)
{
    QStringList fields;
    fields.reserve(record.fields.size());
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        fields.append(decoder.decode(record.fields[i]));
        if (decoder.hasError()) {
            result.errors.append({record.line,
                QCoreApplication::translate(
                    "linda::GoogleCsvParser", "field %1 is not valid UTF-8; save the file as UTF-8")
                    .arg(i + 1)});
            return std::nullopt;
        }
    }
    return fields;
}

} // namespace

ContactParseResult GoogleCsvParser::parse(QByteArrayView data)
{
    ContactParseResult result;
    QByteArray converted;
    QByteArray latin1;
    const QByteArrayView text = asValidUtf8(
        contacttext::withoutUtf8ByteOrderMark(contacttext::asUtf8(data, converted)), latin1, result);
    const CsvDialect dialect = detectDialect(text);
    CsvReader reader(text.sliced(dialect.headerOffset), dialect.delimiter, dialect.headerLine);
    CsvRecord record;
    ContactParseError error;
    if (!reader.next(record, error)) {
        result.errors.append(error.message.isEmpty() ? ContactParseError{0, tr("the file is empty")} : error);
        return result;
    }
    const std::optional<QStringList> header = decodeFields(record, result);
    if (!header)
        return result;
    const Columns columns = mapColumns(*header);
    if (!columns.hasAnyPhone()) {
        result.errors.append({record.line, tr("the header has no phone column (\"Phone 1 - Value\" or "
                                              "\"Mobile Phone\"); export the contacts from Google "
                                              "Contacts as \"Google CSV\" or from Outlook as CSV")});
        return result;
    }

    const qsizetype width = header->size();
    while (reader.next(record, error)) {
        // Editors may cut off trailing empty fields, so short rows are padded,
        // and may add empty ones, which are dropped. Other extra fields mean
        // the columns are shifted, so the row is skipped.
        while (record.fields.size() > width && record.fields.back().trimmed().isEmpty())
            record.fields.removeLast();
        if (record.fields.size() > width) {
            result.warnings.append({record.line, tr("the row has %1 fields but the header has %2, so it was "
                                                    "skipped; put quotes around fields that contain \"%3\"")
                                                     .arg(record.fields.size())
                                                     .arg(width)
                                                     .arg(QLatin1Char(dialect.delimiter))});
            continue;
        }
        if (const std::optional<QStringList> fields = decodeFields(record, result))
            result.records.append(makeRecord(record.line, *fields, columns));
    }
    if (!error.message.isEmpty())
        result.errors.append(error);
    return result;
}

bool GoogleCsvParser::looksLikeGoogleCsv(QByteArrayView data)
{
    QByteArray converted;
    const QByteArrayView text = contacttext::withoutUtf8ByteOrderMark(contacttext::asUtf8(data, converted));
    const CsvDialect dialect = detectDialect(text);
    const QString firstLine = QString::fromUtf8(firstLineOf(text.sliced(dialect.headerOffset)));
    const QStringList header = firstLine.split(QLatin1Char(dialect.delimiter));
    QStringList cleaned;
    for (const QString &title : header)
        cleaned.append(QString(title).remove(u'"'));
    const Columns columns = mapColumns(cleaned);
    return columns.hasAnyPhone() || (columns.hasAnyName() && header.size() > 1);
}

} // namespace linda
