#pragma once

#include "parseresult.h"

#include <QByteArrayView>

#include <memory>

namespace linda {

// Parses whatsapp-web.js message objects, as the library's Message class
// serializes them: one object, an array of objects, or NDJSON. Also reads the
// flat shape {id, from, to, body, timestamp, type, hasMedia, mediaSize} and
// whatsapp-web.js Reaction objects {msgId, reaction, senderId, timestamp}.
// Reentrant, not thread-safe: the simdjson parser and the number cache are
// reused between calls, so use one instance per thread.
class WwebjsParser
{
public:
    explicit WwebjsParser(const ParserOptions &options = {});
    ~WwebjsParser();
    WwebjsParser(const WwebjsParser &) = delete;
    WwebjsParser &operator=(const WwebjsParser &) = delete;

    ParseResult parse(QByteArrayView data);

    // Parses exactly one message object. Returns nullopt and fills *error
    // (when given) for invalid input.
    std::optional<Message> parseMessage(QByteArrayView json, ParseError *error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linda
