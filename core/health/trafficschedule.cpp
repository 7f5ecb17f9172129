#include "trafficschedule.h"

#include "exportidentity.h"

#include "bot/messages/chatexportparser.h"
#include "bot/messages/webhookparser.h"
#include "bot/messages/wwebjsparser.h"
#include "bot/store/demoseeder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::SyntheticSchedule", text);
}

// A valid UAE mobile number per sender index, distinct for the first 54
// million indexes (six mobile prefixes times 9 million subscriber numbers).
QString senderNumber(int index)
{
    static constexpr int prefixes[] = {50, 52, 54, 55, 56, 58};
    return u"+971%1%2"_qs.arg(prefixes[index % 6]).arg(1'000'000 + (index / 6) % 9'000'000);
}

const QStringList &chatTexts()
{
    static const QStringList texts = {
        u"Hi, is the 2 bedroom in Marina Heights still available?"_qs,
        u"Thank you, I will come by tomorrow at 10."_qs,
        u"Can you send me the floor plan please"_qs,
        u"What is the yearly rent including parking?"_qs,
        u"Good morning! Any news about the viewing?"_qs,
        u"The AC in my flat is not working since yesterday"_qs,
        u"Ok"_qs,
        u"Is the landlord fine with pets? We have a small dog."_qs,
        u"I transferred the deposit, please confirm"_qs,
        u"Can we move the viewing to Saturday afternoon?"_qs,
    };
    return texts;
}

MediaDescriptor mediaOf(const QString &mimeType, const QString &fileName, qint64 sizeBytes)
{
    MediaDescriptor media;
    media.mimeType = mimeType;
    media.fileName = fileName;
    media.sizeBytes = sizeBytes;
    return media;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

std::chrono::nanoseconds secondsToNs(double seconds)
{
    return std::chrono::nanoseconds(qint64(std::llround(seconds * 1e9)));
}

} // namespace

SyntheticTraffic SyntheticTraffic::fromScenario(const ArrivalRateScenario &scenario)
{
    SyntheticTraffic traffic;
    traffic.name = scenario.key.section(u'.', -1); // "load.scenario.heavy" -> "heavy"
    traffic.messagesPerSecond = scenario.messagesPerSecond;
    traffic.durationSeconds = scenario.durationSeconds;
    traffic.senders = qMax(1, scenario.connections);
    return traffic;
}

SyntheticSchedule::SyntheticSchedule(SyntheticTraffic traffic)
    : m_traffic(std::move(traffic))
    , m_random(m_traffic.seed)
    , m_clusters(DemoSeeder::clusterNames())
{
}

QString SyntheticSchedule::validate(const SyntheticTraffic &traffic)
{
    if (!(traffic.messagesPerSecond > 0) || !std::isfinite(traffic.messagesPerSecond))
        return tr("The rate must be a positive number of messages per second, not %1.")
            .arg(traffic.messagesPerSecond);
    if (!std::isfinite(traffic.durationSeconds))
        return tr("The duration must be a number of seconds.");
    if (traffic.senders < 1)
        return tr("At least one sender is needed, not %1.").arg(traffic.senders);
    const MessageMix &mix = traffic.mix;
    if (mix.text < 0 || mix.commands < 0 || mix.media < 0 || mix.text + mix.commands + mix.media <= 0)
        return tr("The message mix needs shares of zero or more with a positive sum.");
    return {};
}

qint64 SyntheticSchedule::plannedCount() const
{
    if (m_traffic.durationSeconds <= 0)
        return -1;
    // Items due strictly before the end: i / rate < duration.
    return qint64(std::ceil(m_traffic.durationSeconds * m_traffic.messagesPerSecond - 1e-9));
}

QString SyntheticSchedule::describe() const
{
    if (m_traffic.durationSeconds <= 0)
        return tr("%1: %2 msg/s from %3 senders until stopped")
            .arg(m_traffic.name)
            .arg(m_traffic.messagesPerSecond)
            .arg(m_traffic.senders);
    return tr("%1: %2 msg/s from %3 senders for %4 s")
        .arg(m_traffic.name)
        .arg(m_traffic.messagesPerSecond)
        .arg(m_traffic.senders)
        .arg(m_traffic.durationSeconds);
}

std::optional<TrafficItem> SyntheticSchedule::next()
{
    const qint64 planned = plannedCount();
    if (planned >= 0 && m_index >= planned)
        return std::nullopt;
    TrafficItem item;
    item.offset = secondsToNs(double(m_index) / m_traffic.messagesPerSecond);
    item.message = makeMessage(m_index);
    ++m_index;
    return item;
}

Message SyntheticSchedule::makeMessage(qint64 index)
{
    const MessageMix &mix = m_traffic.mix;
    const double total = mix.text + mix.commands + mix.media;
    const double pick = std::uniform_real_distribution<double>(0, total)(m_random);
    const int senderIndex = std::uniform_int_distribution<int>(0, m_traffic.senders - 1)(m_random);
    const auto choose = [this](qsizetype count) {
        return qsizetype(std::uniform_int_distribution<qsizetype>(0, count - 1)(m_random));
    };

    Message message;
    message.id = u"health-%1-%2"_qs.arg(m_traffic.seed).arg(index);
    const QString e164 = senderNumber(senderIndex);
    message.sender = e164;
    message.senderId = e164.mid(1) + u"@c.us"_qs;
    message.chatId = message.senderId;
    message.timestamp = QDateTime::currentDateTimeUtc();
    message.type = MessageType::Text;

    if (pick < mix.text) {
        message.body = chatTexts().at(choose(chatTexts().size()));
    } else if (pick < mix.text + mix.commands) {
        static const QStringList contacts = {u"Khan"_qs, u"Ahmed"_qs, u"+97150"_qs, u"Realty"_qs};
        switch (choose(8)) {
        case 0:
        case 1:
        case 2: // searches dominate what agents and tenants ask for
            message.body = u"property search "_qs + m_clusters.value(choose(m_clusters.size()), u"Marina"_qs);
            break;
        case 3:
            message.body = u"!find-contact "_qs + contacts.at(choose(contacts.size()));
            break;
        case 4:
            message.body = u"!property list 5"_qs;
            break;
        case 5:
            message.body = u"!property available"_qs;
            break;
        case 6:
            message.body = u"!help"_qs;
            break;
        default:
            message.body = u"/status"_qs;
            break;
        }
    } else {
        switch (choose(3)) {
        case 0:
            message.type = MessageType::Image;
            message.caption = u"Photo of the kitchen"_qs;
            message.media = mediaOf(u"image/jpeg"_qs, u"IMG-%1-WA0001.jpg"_qs.arg(index), 180'000);
            break;
        case 1:
            message.type = MessageType::Voice;
            message.media = mediaOf(u"audio/ogg; codecs=opus"_qs, {}, 24'000);
            break;
        default: // a status post: parsed, counted, never replied to
            message.kind = MessageKind::StatusBroadcast;
            message.chatId = u"status@broadcast"_qs;
            message.body = u"New listings this week!"_qs;
            break;
        }
    }
    return message;
}

ReplaySchedule::ReplaySchedule(ReplayTraffic traffic)
    : m_traffic(std::move(traffic))
{
}

QString ReplaySchedule::describe() const
{
    const QString name = QFileInfo(m_traffic.file).fileName();
    if (m_traffic.speedFactor <= 0)
        return QCoreApplication::translate(
            "linda::ReplaySchedule", "replay of %1: %2 messages as fast as possible")
            .arg(name)
            .arg(m_traffic.messages.size());
    return QCoreApplication::translate(
        "linda::ReplaySchedule", "replay of %1: %2 messages at %3x the recorded pace")
        .arg(name)
        .arg(m_traffic.messages.size())
        .arg(m_traffic.speedFactor);
}

QHash<QString, QString> ReplaySchedule::senderNames() const
{
    QHash<QString, QString> names;
    for (const Message &message : m_traffic.messages) {
        if (message.senderName.isEmpty())
            continue;
        // The key the engine rate limits by. A name that is the number
        // itself adds nothing.
        const QString key = message.sender ? *message.sender : message.senderId;
        if (key.isEmpty() || digitsOf(key) == digitsOf(message.senderName))
            continue;
        names.insert(key, message.senderName);
    }
    return names;
}

std::optional<TrafficItem> ReplaySchedule::next()
{
    if (m_index >= m_traffic.messages.size())
        return std::nullopt;
    const Message &message = m_traffic.messages.at(m_index);
    if (m_index > 0 && m_traffic.speedFactor > 0) {
        const QDateTime previous = m_traffic.messages.at(m_index - 1).timestamp;
        const QDateTime current = message.timestamp;
        if (previous.isValid() && current.isValid()) {
            // Out-of-order or missing timestamps add no gap; the offsets only
            // grow, so input order is send order.
            const qint64 gapMs = qMax<qint64>(0, previous.msecsTo(current));
            const auto gap = std::chrono::nanoseconds(qint64(double(gapMs) * 1e6 / m_traffic.speedFactor));
            m_offset += std::min<std::chrono::nanoseconds>(gap, m_traffic.maxGap);
        }
    }
    ++m_index;
    return TrafficItem{m_offset, message};
}

Result<QList<Message>> loadReplayMessages(const QString &path, InputFormat forced, const ParserOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<Message>>::failure(
            QCoreApplication::translate("linda::ReplaySchedule", "Cannot read the replay file %1: %2")
                .arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    const InputFormat format = forced != InputFormat::Unknown ? forced : detectInputFormat(data);

    ParseResult parsed;
    switch (format) {
    case InputFormat::WhatsAppWebJs:
        parsed = WwebjsParser(options).parse(data);
        break;
    case InputFormat::Webhook:
        parsed = WebhookParser(options).parse(data);
        break;
    case InputFormat::ChatExport:
        parsed = ChatExportParser(options).parse(data, ChatExportParser::chatIdForFile(path));
        break;
    case InputFormat::Unknown:
        return Result<QList<Message>>::failure(
            QCoreApplication::translate("linda::ReplaySchedule",
                                        "The replay file %1 is empty; choose a chat export, "
                                        "webhook or whatsapp-web.js file.")
                .arg(path));
    }
    if (parsed.hasErrors())
        return Result<QList<Message>>::failure(parsed.errors.constFirst().toString(path));

    QList<Message> messages;
    for (InboundRecord &record : parsed.records) {
        if (auto *message = std::get_if<Message>(&record))
            messages.append(std::move(*message));
    }
    if (format == InputFormat::ChatExport)
        assignChatExportIdentities(messages, PhoneNumberNormalizer(options.region));
    if (messages.isEmpty())
        return Result<QList<Message>>::failure(
            QCoreApplication::translate("linda::ReplaySchedule",
                                        "The replay file %1 (%2) holds no messages to send.")
                .arg(path, inputFormatName(format)));
    return messages;
}

} // namespace linda
