#include "jsonreader.h"

#include <QCoreApplication>

#include <charconv>
#include <vector>

namespace linda::json {

using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::json", text);
}

const char *typeName(element_type type)
{
    switch (type) {
    case element_type::ARRAY:
        return "an array";
    case element_type::OBJECT:
        return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return "a number";
    case element_type::STRING:
        return "a string";
    case element_type::BOOL:
        return "a boolean";
    case element_type::NULL_VALUE:
        return "null";
    }
    return "a value";
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype skipBlank(QByteArrayView data, qsizetype from)
{
    while (from < data.size() && isBlank(data[from]))
        ++from;
    return from;
}

} // namespace

QString Path::toString() const
{
    std::vector<const Path *> chain;
    for (const Path *p = this; p; p = p->parent)
        chain.push_back(p);
    QString text;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Path *p = *it;
        if (!p->key.empty()) {
            if (!text.isEmpty())
                text += u'.';
            text += toQString(p->key);
        } else if (p->index >= 0) {
            text += u'[' + QString::number(p->index) + u']';
        }
    }
    return text.isEmpty() ? QStringLiteral("(document)") : text;
}

void ObjectReader::fail(std::string_view key, const char *expected) const
{
    if (!m_error->isEmpty())
        return;
    const Path member{m_path, key};
    simdjson::dom::element value;
    const char *actual = "missing";
    if (m_object[key].get(value) == simdjson::SUCCESS)
        actual = typeName(value.type());
    *m_error = tr("field '%1' must be %2, but it is %3")
                   .arg(member.toString(), QLatin1StringView(expected), QLatin1StringView(actual));
}

std::optional<element> ObjectReader::element(std::string_view key) const
{
    simdjson::dom::element value;
    if (m_object[key].get(value) != simdjson::SUCCESS || value.is_null())
        return std::nullopt;
    return value;
}

bool ObjectReader::has(std::string_view key) const
{
    return element(key).has_value();
}

std::string_view ObjectReader::stringView(std::string_view key) const
{
    const auto value = element(key);
    if (!value)
        return {};
    std::string_view text;
    if (value->get_string().get(text) != simdjson::SUCCESS) {
        fail(key, "a string");
        return {};
    }
    return text;
}

QString ObjectReader::string(std::string_view key) const
{
    return toQString(stringView(key));
}

std::optional<qint64> ObjectReader::integer(std::string_view key) const
{
    const auto value = element(key);
    if (!value)
        return std::nullopt;
    int64_t number = 0;
    if (value->get_int64().get(number) == simdjson::SUCCESS)
        return number;
    double real = 0;
    if (value->get_double().get(real) == simdjson::SUCCESS && real >= -9e15 && real <= 9e15)
        return qint64(real);
    std::string_view text;
    if (value->get_string().get(text) == simdjson::SUCCESS) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (ec == std::errc() && end == text.data() + text.size() && !text.empty())
            return number;
    }
    fail(key, "an integer or a string of digits");
    return std::nullopt;
}

std::optional<double> ObjectReader::number(std::string_view key) const
{
    const auto value = element(key);
    if (!value)
        return std::nullopt;
    double real = 0;
    if (value->get_double().get(real) == simdjson::SUCCESS)
        return real;
    fail(key, "a number");
    return std::nullopt;
}

bool ObjectReader::boolean(std::string_view key) const
{
    const auto value = element(key);
    if (!value)
        return false;
    bool flag = false;
    if (value->get_bool().get(flag) == simdjson::SUCCESS)
        return flag;
    fail(key, "true or false");
    return false;
}

std::optional<simdjson::dom::object> ObjectReader::object(std::string_view key) const
{
    const auto value = element(key);
    if (!value)
        return std::nullopt;
    simdjson::dom::object result;
    if (value->get_object().get(result) == simdjson::SUCCESS)
        return result;
    fail(key, "an object");
    return std::nullopt;
}

std::optional<simdjson::dom::array> ObjectReader::array(std::string_view key) const
{
    const auto value = element(key);
    if (!value)
        return std::nullopt;
    simdjson::dom::array result;
    if (value->get_array().get(result) == simdjson::SUCCESS)
        return result;
    fail(key, "an array");
    return std::nullopt;
}

QString elementString(simdjson::dom::element value, const Path &path, QString *error)
{
    std::string_view text;
    if (value.get_string().get(text) == simdjson::SUCCESS)
        return toQString(text);
    if (error->isEmpty()) {
        *error = tr("field '%1' must be a string, but it is %2")
                     .arg(path.toString(), QLatin1StringView(typeName(value.type())));
    }
    return {};
}

QString jsonErrorText(simdjson::error_code code)
{
    switch (code) {
    case simdjson::UTF8_ERROR:
        return tr("the text is not valid UTF-8");
    case simdjson::EMPTY:
        return tr("the input is empty");
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return tr("invalid JSON: an object or array is not closed, or a value is malformed "
                  "(truncated input?)");
    case simdjson::UNCLOSED_STRING:
        return tr("invalid JSON: a string is not closed (truncated input?)");
    default:
        return tr("invalid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(code)));
    }
}

simdjson::error_code DocumentReader::parseOne(QByteArrayView data, simdjson::dom::element &value)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end, so parse a
    // padded copy; reusing the string keeps this free of allocations.
    m_padded.assign(data.data(), size_t(data.size()));
    m_padded.resize(size_t(data.size()) + simdjson::SIMDJSON_PADDING, '\0');
    return m_parser.parse(m_padded.data(), size_t(data.size()), false).get(value);
}

bool DocumentReader::looksLikeNdjson(QByteArrayView data)
{
    const qsizetype start = skipBlank(data, 0);
    const qsizetype newline = data.indexOf('\n', start);
    if (newline < 0 || skipBlank(data, newline) >= data.size())
        return false;
    element first;
    return parseOne(data.sliced(start, newline - start), first) == simdjson::SUCCESS;
}

void DocumentReader::read(QByteArrayView data, ParseResult &result,
                          const std::function<void(const Document &)> &visit)
{
    const qsizetype start = skipBlank(data, 0);
    if (start >= data.size()) {
        result.addError({0, 1}, tr("the input is empty; expected a JSON object, array or NDJSON"));
        return;
    }
    if (looksLikeNdjson(data)) {
        readNdjson(data, result, visit);
        return;
    }

    const bool isArray = data[start] == '[';
    if (!isArray && data.size() > m_maxRecordBytes) {
        result.addError({0, 1},
                       tr("the document is %1 bytes, more than the limit of %2 bytes; "
                          "raise the limit or split the input")
                           .arg(data.size())
                           .arg(m_maxRecordBytes));
        return;
    }
    element value;
    const auto code = parseOne(data, value);
    if (code != simdjson::SUCCESS) {
        // Logs often hold pretty-printed documents one after another.
        const std::vector<QByteArrayView> documents = splitConcatenated(data);
        if (documents.size() > 1) {
            readSequence(data, documents, result, visit);
            return;
        }
        result.addError({0, 1}, jsonErrorText(code));
        return;
    }
    visitTopLevel(value, {0, 1}, result, visit);
}

std::vector<QByteArrayView> DocumentReader::splitConcatenated(QByteArrayView data)
{
    std::vector<QByteArrayView> documents;
    qsizetype start = -1;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (depth == 0) {
            if (isBlank(c))
                continue;
            if (c != '{' && c != '[')
                return {}; // text between documents: not a sequence of documents
            start = i;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                documents.push_back(data.sliced(start, i + 1 - start));
        }
    }
    if (depth != 0)
        documents.push_back(data.sliced(start)); // cut off; its parse error is reported
    return documents;
}

void DocumentReader::readSequence(QByteArrayView data, const std::vector<QByteArrayView> &documents,
                                  ParseResult &result,
                                  const std::function<void(const Document &)> &visit)
{
    qsizetype counted = 0;
    qint64 lineNumber = 1;
    for (const QByteArrayView document : documents) {
        const qsizetype offset = document.data() - data.data();
        lineNumber += data.sliced(counted, offset - counted).count('\n');
        counted = offset;
        const SourcePosition position{offset, lineNumber};

        element value;
        simdjson::error_code code = simdjson::SUCCESS;
        if (document.size() > m_maxRecordBytes) {
            result.addError(position, tr("the document is %1 bytes, more than the limit of %2 bytes; "
                                         "raise the limit or split the input")
                                          .arg(document.size())
                                          .arg(m_maxRecordBytes));
        } else if ((code = parseOne(document, value)) != simdjson::SUCCESS) {
            result.addError(position, jsonErrorText(code));
        } else {
            visitTopLevel(value, position, result, visit);
        }
    }
}

void DocumentReader::visitTopLevel(simdjson::dom::element value, SourcePosition position,
                                   ParseResult &result,
                                   const std::function<void(const Document &)> &visit)
{
    if (value.type() == element_type::OBJECT) {
        visit({value, position, -1});
        return;
    }
    simdjson::dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS) {
        result.addError(position,
                       tr("the document is %1; expected a JSON object or an array of objects")
                           .arg(QLatin1StringView(typeName(value.type()))));
        return;
    }
    // Checking each element's size costs a re-serialization, so do it only
    // when the whole array could hold an oversize element.
    const bool checkSizes = qsizetype(m_padded.size()) - qsizetype(simdjson::SIMDJSON_PADDING)
        > m_maxRecordBytes;
    qsizetype index = 0;
    for (const element item : array) {
        const Path path{nullptr, {}, index};
        if (item.type() != element_type::OBJECT) {
            result.addError(position,
                           tr("element %1 is %2; expected an object")
                               .arg(path.toString(), QLatin1StringView(typeName(item.type()))));
        } else if (checkSizes && qsizetype(simdjson::minify(item).size()) > m_maxRecordBytes) {
            result.addError(position,
                           tr("element %1 is more than the limit of %2 bytes; "
                              "raise the limit or shorten the message")
                               .arg(path.toString())
                               .arg(m_maxRecordBytes));
        } else {
            visit({item, position, index});
        }
        ++index;
    }
}

void DocumentReader::readNdjson(QByteArrayView data, ParseResult &result,
                                const std::function<void(const Document &)> &visit)
{
    qsizetype lineStart = 0;
    qint64 lineNumber = 1;
    while (lineStart < data.size()) {
        qsizetype lineEnd = data.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = data.size();
        const QByteArrayView line = data.sliced(lineStart, lineEnd - lineStart);
        const SourcePosition position{lineStart, lineNumber};

        if (skipBlank(line, 0) < line.size()) {
            element value;
            simdjson::error_code code = simdjson::SUCCESS;
            if (line.size() > m_maxRecordBytes) {
                result.addError(position,
                               tr("the line is %1 bytes, more than the limit of %2 bytes; "
                                  "raise the limit or split the input")
                                   .arg(line.size())
                                   .arg(m_maxRecordBytes));
            } else if ((code = parseOne(line, value)) != simdjson::SUCCESS) {
                result.addError(position, jsonErrorText(code));
            } else {
                visitTopLevel(value, position, result, visit);
            }
        }
        lineStart = lineEnd + 1;
        ++lineNumber;
    }
}

} // namespace linda::json
