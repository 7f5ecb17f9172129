// Feeds arbitrary bytes to the Google Contacts CSV reader.
#include "fuzzcheck.h"

#include "bot/contacts/googlecsvparser.h"

#include <cstddef>
#include <cstdint>

using namespace linda;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    (void)GoogleCsvParser::looksLikeGoogleCsv(bytes);
    const ContactParseResult result = GoogleCsvParser::parse(bytes);
    for (const ContactParseError &error : result.errors) {
        LINDA_FUZZ_CHECK(!error.message.isEmpty());
        LINDA_FUZZ_CHECK(error.line >= 0);
    }
    for (const ContactRecord &record : result.records)
        LINDA_FUZZ_CHECK(record.line >= 1);
    return 0;
}
