// Feeds arbitrary bytes to the chat-export parser, collecting records and
// through the visitor; both must see the same messages.
#include "fuzzcheck.h"

#include "bot/messages/chatexportparser.h"

#include <cstddef>
#include <cstdint>

using namespace linda;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    static ChatExportParser parser;
    static const QString chatId = ChatExportParser::chatIdForFile(QStringLiteral("WhatsApp Chat with Fuzz.txt"));

    const ChatExportResult collected = parser.parse(bytes, chatId);
    for (const ParseError &error : collected.errors) {
        LINDA_FUZZ_CHECK(!error.reason.isEmpty());
        LINDA_FUZZ_CHECK(error.recordsBefore >= 0 && error.recordsBefore <= collected.records.size());
    }

    qsizetype visited = 0;
    const ChatExportResult streamed = parser.parse(bytes, chatId, [&visited](const Message &) { ++visited; });
    LINDA_FUZZ_CHECK(visited == collected.records.size());
    LINDA_FUZZ_CHECK(streamed.errors.size() == collected.errors.size());
    return 0;
}
