// Measures the message parsers' speed on generated inputs and prints the
// median of repeated batches. Not a CTest test: timings depend on the
// machine, so run it by hand in a Release build:
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rel --target bench_parsers && build-rel/tests/messages/bench_parsers
#include <bot/messages/chatexportparser.h>
#include <bot/messages/webhookparser.h>
#include <bot/messages/wwebjsparser.h>

#include <QByteArray>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string_view>
#include <vector>

using namespace linda;
using Clock = std::chrono::steady_clock;

namespace {

// A Cloud API text envelope of about 1.5 KB, the size the webhook target names.
QByteArray textEnvelope()
{
    const QByteArray body = QByteArray("Hello, I would like to see the two-bedroom apartment in Dubai "
                                       "Marina you listed yesterday. Is it still available, and could "
                                       "we arrange a viewing this weekend? I am also interested in the "
                                       "parking, the service charges, the chiller fees and whether "
                                       "pets are allowed in the building. ")
                                .repeated(4)
                                .left(1050);
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{)"
           R"("messaging_product":"whatsapp","metadata":{"display_phone_number":"971529876543",)"
           R"("phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Omar Haddad"},)"
           R"("wa_id":"971501234567"}],"messages":[{"from":"971501234567","id":)"
           R"("wamid.HBgMOTcxNTAxMjM0NTY3FQIAEhggQTFCMkMzRDRFNUY2QTdCOEM5RDBFMUYyQTNCNEM1RDYA",)"
           R"("timestamp":"1717243200","text":{"body":")"
        + body + R"("},"type":"text","context":{"from":"971529876543","id":)"
           R"("wamid.HBgMOTcxNTI5ODc2NTQzFQIAERgSQzVGNkE3QjhDOUQwRTFGMkEzAA=="}}]},"field":"messages"}]}]})";
}

QByteArray wwebjsMessage()
{
    return R"({"id":{"fromMe":false,"remote":"971501234567@c.us","id":"3EB0C4A1F2D3E4B5A6C7",)"
           R"("_serialized":"false_971501234567@c.us_3EB0C4A1F2D3E4B5A6C7"},"ack":1,"hasMedia":false,)"
           R"("body":"Is the 2-bedroom in Marina still available?","type":"chat","timestamp":1717243200,)"
           R"("from":"971501234567@c.us","to":"971529876543@c.us","isForwarded":false,"fromMe":false,)"
           R"("hasQuotedMsg":false,"mentionedIds":[],"_data":{"notifyName":"Omar Haddad"}})";
}

// A mixed export: Android and iOS headers, 12- and 24-hour clocks, media
// placeholders, system lines and multi-line messages.
QByteArray mixedExport(int messages, qint64 *lines)
{
    QByteArray data;
    data.reserve(qsizetype(messages) * 70);
    *lines = 0;
    for (int i = 0; i < messages; ++i) {
        const int day = 1 + i % 28;
        const int minute = i % 60;
        const QByteArray date = QByteArray::number(day) + "/06/2024";
        switch (i % 8) {
        case 0:
            data += date + ", 10:" + QByteArray::number(10 + minute % 50) + " - Omar Haddad: Is the flat still available?\n";
            break;
        case 1:
            data += "[" + date + ", 10:" + QByteArray::number(10 + minute % 50) + ":05] Sara Ali: Yes, viewing at 5?\n";
            break;
        case 2:
            data += date + ", 9:" + QByteArray::number(10 + minute % 50) + "\xE2\x80\xAFPM - Omar Haddad: Plan:\n1. Marina Gate, 10:30\nNote: bring keys\n";
            *lines += 2;
            break;
        case 3:
            data += date + ", 11:00 - Sara Ali: <Media omitted>\n";
            break;
        case 4:
            data += "\xE2\x80\x8E[" + date + ", 11:01:00] Sara Ali: \xE2\x80\x8Eimage omitted\n";
            break;
        case 5:
            data += date + ", 11:02 - Omar Haddad added Sara Ali\n";
            break;
        case 6:
            data += date + ", 11:03 - +971 55 111 2233: IMG-20240601-WA0003.jpg (file attached)\n";
            break;
        default:
            data += date + ", 23:59 - Omar Haddad: Thanks, see you tomorrow \xF0\x9F\x91\x8D\n";
            break;
        }
        ++*lines;
    }
    return data;
}

// CPU time of this process in nanoseconds. The build machine is shared, so
// wall-clock time includes waiting for a core; CPU time does not.
double cpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e9 + double(now.tv_nsec);
}

struct Timing
{
    double wallNs = 0; // median per iteration
    double cpuNs = 0; // median per iteration
};

template<typename Function>
Timing medianNanoseconds(int batches, int iterations, Function &&work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int batch = 0; batch < batches; ++batch) {
        const auto start = Clock::now();
        const double cpuStart = cpuNanoseconds();
        for (int i = 0; i < iterations; ++i)
            work();
        const std::chrono::duration<double, std::nano> elapsed = Clock::now() - start;
        cpu.push_back((cpuNanoseconds() - cpuStart) / iterations);
        wall.push_back(elapsed.count() / iterations);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

QString microseconds(const Timing &timing)
{
    return QStringLiteral("median %1 us CPU, %2 us wall")
        .arg(timing.cpuNs / 1000.0, 0, 'f', 3)
        .arg(timing.wallNs / 1000.0, 0, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    // "chat" as the only argument runs just the chat-export case, for profiling.
    const bool chatOnly = argc == 2 && std::string_view(argv[1]) == "chat";

    if (!chatOnly) {
    const QByteArray envelope = textEnvelope();
    WebhookParser webhook;
    ParseResult result;
    const Timing webhookTime = medianNanoseconds(31, 20000, [&] {
        result.records.clear();
        webhook.parseEnvelope(envelope, result);
    });
    if (result.records.size() != 1 || result.hasErrors()) {
        out << "webhook envelope did not parse\n";
        return 1;
    }
    out << "webhook text envelope (" << envelope.size() << " bytes) to Message: "
        << microseconds(webhookTime) << "\n";

    const QByteArray wwebjs = wwebjsMessage();
    WwebjsParser wwebjsParser;
    bool wwebjsOk = true;
    const Timing wwebjsTime = medianNanoseconds(31, 20000, [&] {
        wwebjsOk = wwebjsParser.parseMessage(wwebjs).has_value() && wwebjsOk;
    });
    if (!wwebjsOk) {
        out << "whatsapp-web.js message did not parse\n";
        return 1;
    }
    out << "whatsapp-web.js message (" << wwebjs.size() << " bytes) to Message: "
        << microseconds(wwebjsTime) << "\n";
    }

    qint64 lines = 0;
    const QByteArray chat = mixedExport(500000, &lines);
    ChatExportParser chatParser;
    qsizetype parsed = 0;
    const Timing chatTime = medianNanoseconds(7, 1, [&] {
        parsed = chatParser.parse(chat, QStringLiteral("bench")).records.size();
    });
    out << "chat export (" << lines << " lines, " << chat.size() / (1024 * 1024) << " MiB, "
        << parsed << " messages): median " << QString::number(chatTime.cpuNs / 1e6, 'f', 1)
        << " ms CPU = " << QString::number(double(lines) / (chatTime.cpuNs / 1e9) / 1e6, 'f', 2)
        << " million lines/s; " << QString::number(chatTime.wallNs / 1e6, 'f', 1) << " ms wall = "
        << QString::number(double(lines) / (chatTime.wallNs / 1e9) / 1e6, 'f', 2)
        << " million lines/s\n";

    qsizetype visited = 0;
    const Timing streamTime = medianNanoseconds(7, 1, [&] {
        visited = 0;
        chatParser.parse(chat, QStringLiteral("bench"), [&](const Message &) { ++visited; });
    });
    out << "chat export, visitor API (" << visited << " messages): median "
        << QString::number(streamTime.cpuNs / 1e6, 'f', 1) << " ms CPU = "
        << QString::number(double(lines) / (streamTime.cpuNs / 1e9) / 1e6, 'f', 2)
        << " million lines/s; " << QString::number(streamTime.wallNs / 1e6, 'f', 1) << " ms wall = "
        << QString::number(double(lines) / (streamTime.wallNs / 1e9) / 1e6, 'f', 2)
        << " million lines/s\n";
    return 0;
}
