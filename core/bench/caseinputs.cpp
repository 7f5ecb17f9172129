#include "caseinputs.h"

#include <QDateTime>

namespace linda::bench {

namespace {

// Base time of generated messages: 2024-03-12 09:00 UTC, in seconds.
constexpr qint64 kBaseSeconds = 1'710'234'000;

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

QByteArray wwebjsTextMessage(int index)
{
    const QByteArray i = number(index);
    return "{\"id\":\"false_971501234567@c.us_3EB0" + i
           + "\",\"from\":\"971501234567@c.us\",\"to\":\"971509876543@c.us\","
             "\"body\":\"Hello, is the 2 bedroom in Marina Heights still available? #" + i
           + "\",\"timestamp\":" + number(kBaseSeconds + index) + ",\"type\":\"chat\",\"hasMedia\":false}";
}

QByteArray wwebjsLargeMessage(qsizetype bodyBytes)
{
    const QByteArray pattern = "Viewing notes for unit MH-1204: balcony, sea view, parking. ";
    QByteArray body;
    body.reserve(bodyBytes);
    while (body.size() < bodyBytes)
        body += pattern;
    body.truncate(bodyBytes);
    return "{\"id\":\"false_971501234567@c.us_LARGE\",\"from\":\"971501234567@c.us\",\"to\":\"971509876543@c.us\","
           "\"body\":\"" + body + "\",\"timestamp\":" + number(kBaseSeconds) + ",\"type\":\"chat\",\"hasMedia\":false}";
}

QByteArray webhookEnvelope(int index)
{
    const QByteArray i = number(index);
    const QByteArray t = number(kBaseSeconds + index);
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{)"
           R"("messaging_product":"whatsapp","metadata":{"display_phone_number":"97145550100","phone_number_id":"106540352242922"},)"
           R"("contacts":[{"profile":{"name":"Layla Haddad"},"wa_id":"971501234567"},{"profile":{"name":"Omar Khan"},"wa_id":"971552345678"}],)"
           R"("messages":[)"
           R"({"from":"971501234567","id":"wamid.IMG)" + i + R"(","timestamp":")" + t + R"(","type":"image",)"
           R"("image":{"caption":"Kitchen of MH-1204","mime_type":"image/jpeg","sha256":"q4b0V3Vk3m6Y2p8c9m1n5Q2h0b3k7f9d1a2s3d4f5g6=","id":"1479537139650973"}},)"
           R"({"from":"971552345678","id":"wamid.LOC)" + i + R"(","timestamp":")" + t + R"(","type":"location",)"
           R"("location":{"latitude":25.0805,"longitude":55.1403,"name":"Dubai Marina","address":"Marina Walk, Dubai"}},)"
           R"({"from":"971501234567","id":"wamid.LST)" + i + R"(","timestamp":")" + t + R"(","type":"interactive",)"
           R"("interactive":{"type":"list_reply","list_reply":{"id":"viewing-sat","title":"Saturday 10:00","description":"Viewing slot"}}},)"
           R"({"from":"971552345678","id":"wamid.CNT)" + i + R"(","timestamp":")" + t + R"(","type":"contacts",)"
           R"("contacts":[{"name":{"formatted_name":"Sara Nair","first_name":"Sara","last_name":"Nair"},)"
           R"("phones":[{"phone":"+971 50 765 4321","type":"CELL","wa_id":"971507654321"}]}]}],)"
           R"("statuses":[{"id":"wamid.OUT)" + i + R"(","status":"delivered","timestamp":")" + t
           + R"(","recipient_id":"971501234567","conversation":{"id":"c0a1b2","origin":{"type":"service"}}}])"
           R"(}}]}]})";
}

QByteArray chatExport(int lines, bool iosStyle)
{
    static const char *const texts[] = {
        "Good morning, is the studio in Palm Vista still free?",
        "Yes, it is available from the 1st of next month.",
        "What is the yearly rent? 🏠",
        "85,000 AED, payable in 4 cheques.",
        "مرحبا، هل الشقة متاحة للمعاينة يوم السبت؟",
        "Can you send the floor plan\nand the parking details?",
    };
    static const char *const names[] = {"Layla Haddad", "Agent Omar", "+971 50 123 4567"};

    QByteArray text;
    text.reserve(lines * 70);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(kBaseSeconds, Qt::UTC);
    for (int i = 0; i < lines; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 97);
        QByteArray stamp;
        if (iosStyle)
            stamp = "[" + at.toString(u"dd/MM/yyyy, HH:mm:ss"_qs).toLatin1() + "] ";
        else
            stamp = at.toString(u"dd/MM/yyyy, HH:mm"_qs).toLatin1() + " - ";
        const QByteArray sender = names[i % 3];
        if (i % 50 == 7) {
            text += stamp + sender + " joined using this group's invite link\n";
        } else if (i % 20 == 3) {
            text += stamp + sender + ": " + (iosStyle ? "\u200eimage omitted" : "<Media omitted>") + "\n";
        } else {
            text += stamp + sender + ": " + texts[i % 6] + "\n";
        }
    }
    return text;
}

} // namespace linda::bench
