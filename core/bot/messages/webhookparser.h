#pragma once

#include "parseresult.h"

#include <QByteArrayView>

#include <memory>

namespace linda {

// Parses WhatsApp Cloud API webhook envelopes
// ({"object":"whatsapp_business_account","entry":[{"changes":[{"value":...}]}]}):
// every message and status of every change of every entry, in order. Accepts
// one envelope, an array of envelopes, NDJSON or envelopes written one after
// another, and also a lone change or change value as handlers log them. A message of a type this
// parser does not know becomes MessageType::Unsupported, never an error.
// Reentrant, not thread-safe: use one instance per thread.
class WebhookParser
{
public:
    explicit WebhookParser(const ParserOptions &options = {});
    ~WebhookParser();
    WebhookParser(const WebhookParser &) = delete;
    WebhookParser &operator=(const WebhookParser &) = delete;

    ParseResult parse(QByteArrayView data);

    // Parses one envelope into records; the engine's hot path. Appends to
    // result, so a caller can reuse one ParseResult for many envelopes.
    void parseEnvelope(QByteArrayView envelope, ParseResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linda
