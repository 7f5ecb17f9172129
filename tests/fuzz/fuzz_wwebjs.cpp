// Feeds arbitrary bytes to the whatsapp-web.js parser: the whole-input
// entry point (object, array or NDJSON) and the single-object one.
#include "fuzzcheck.h"

#include "bot/messages/wwebjsparser.h"

#include <cstddef>
#include <cstdint>

using namespace linda;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    static WwebjsParser parser; // reused between inputs, as the engine reuses it
    const ParseResult result = parser.parse(bytes);
    for (const ParseError &error : result.errors) {
        LINDA_FUZZ_CHECK(!error.reason.isEmpty());
        LINDA_FUZZ_CHECK(error.recordsBefore >= 0 && error.recordsBefore <= result.records.size());
    }

    ParseError error;
    const auto message = parser.parseMessage(bytes, &error);
    LINDA_FUZZ_CHECK(message.has_value() || !error.reason.isEmpty());
    (void)detectInputFormat(bytes);
    return 0;
}
