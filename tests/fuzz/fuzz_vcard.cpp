// Feeds arbitrary bytes to the vCard reader.
#include "fuzzcheck.h"

#include "bot/contacts/vcardparser.h"

#include <cstddef>
#include <cstdint>

using namespace linda;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    (void)VCardParser::looksLikeVCard(bytes);
    const ContactParseResult result = VCardParser::parse(bytes);
    for (const ContactParseError &error : result.errors) {
        LINDA_FUZZ_CHECK(!error.message.isEmpty());
        LINDA_FUZZ_CHECK(error.line >= 0);
    }
    for (const ContactRecord &record : result.records)
        LINDA_FUZZ_CHECK(record.line >= 1);
    return 0;
}
