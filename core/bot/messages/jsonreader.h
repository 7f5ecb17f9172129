#pragma once

#include "parseresult.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Internal helpers shared by the whatsapp-web.js and webhook parsers: typed
// member access on simdjson DOM values that records the first type error with
// its JSON path, and the split of an input buffer into JSON documents.
namespace linda::json {

// A JSON path built on the stack; turned into text only when an error needs it.
struct Path
{
    const Path *parent = nullptr;
    std::string_view key; // member name, empty for an array element
    qsizetype index = -1; // array index when key is empty

    QString toString() const;
};

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Typed access to the members of one object. Absent and null members read as
// empty. A member of the wrong type sets *error (first error wins) and reads
// as empty, so callers check failed() once at the end.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(linda::json)

public:
    ObjectReader(simdjson::dom::object object, const Path *path, QString *error)
        : m_object(object)
        , m_path(path)
        , m_error(error)
    {
    }

    bool has(std::string_view key) const;
    QString string(std::string_view key) const;
    std::string_view stringView(std::string_view key) const;
    // Accepts a JSON number or a string of digits, because the Cloud API
    // sends timestamps as strings and whatsapp-web.js as numbers.
    std::optional<qint64> integer(std::string_view key) const;
    std::optional<double> number(std::string_view key) const;
    bool boolean(std::string_view key) const;
    std::optional<simdjson::dom::object> object(std::string_view key) const;
    std::optional<simdjson::dom::array> array(std::string_view key) const;
    std::optional<simdjson::dom::element> element(std::string_view key) const;

    bool failed() const { return !m_error->isEmpty(); }
    QString *errorSink() const { return m_error; }
    const Path *path() const { return m_path; }
    void fail(std::string_view key, const char *expected) const;

private:
    simdjson::dom::object m_object;
    const Path *m_path;
    QString *m_error;
};

// Converts a string element to QString; sets *error when it is not a string.
QString elementString(simdjson::dom::element element, const Path &path, QString *error);

// One JSON document found in a buffer: a whole-buffer value, an element of a
// top-level array, one NDJSON line, or one of several documents written one
// after another.
struct Document
{
    simdjson::dom::element value;
    SourcePosition position;
    qsizetype arrayIndex = -1; // element index when the buffer is one array
};

// Splits data into documents and calls visit for each object or array
// element in order. Invalid JSON, oversize documents and non-object elements
// are appended to errors. Keeps a padded copy of the input, so one instance
// per thread.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(linda::json)

public:
    explicit DocumentReader(qsizetype maxRecordBytes)
        : m_maxRecordBytes(maxRecordBytes)
    {
    }

    void read(QByteArrayView data, ParseResult &result,
              const std::function<void(const Document &)> &visit);

    // Parses one complete document; the returned element lives until the next call.
    simdjson::error_code parseOne(QByteArrayView data, simdjson::dom::element &value);

private:
    bool looksLikeNdjson(QByteArrayView data);
    void readNdjson(QByteArrayView data, ParseResult &result,
                    const std::function<void(const Document &)> &visit);
    // Splits JSON objects or arrays written one after another, separated by
    // white space only; returns fewer than two parts for anything else.
    static std::vector<QByteArrayView> splitConcatenated(QByteArrayView data);
    void readSequence(QByteArrayView data, const std::vector<QByteArrayView> &documents,
                      ParseResult &result, const std::function<void(const Document &)> &visit);
    void visitTopLevel(simdjson::dom::element value, SourcePosition position,
                       ParseResult &result, const std::function<void(const Document &)> &visit);

    qsizetype m_maxRecordBytes;
    simdjson::dom::parser m_parser;
    std::string m_padded;
};

QString jsonErrorText(simdjson::error_code code);

} // namespace linda::json
