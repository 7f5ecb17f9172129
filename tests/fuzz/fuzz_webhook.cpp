// Feeds arbitrary bytes to the Cloud API webhook parser, through the
// whole-input entry point and the per-envelope hot path.
#include "fuzzcheck.h"

#include "bot/messages/webhookparser.h"

#include <cstddef>
#include <cstdint>

using namespace linda;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    static WebhookParser parser; // reused, as the engine reuses it
    const ParseResult result = parser.parse(bytes);
    for (const ParseError &error : result.errors) {
        LINDA_FUZZ_CHECK(!error.reason.isEmpty());
        LINDA_FUZZ_CHECK(error.recordsBefore >= 0 && error.recordsBefore <= result.records.size());
    }

    ParseResult envelope;
    parser.parseEnvelope(bytes, envelope);
    for (const ParseError &error : envelope.errors)
        LINDA_FUZZ_CHECK(!error.reason.isEmpty());
    return 0;
}
