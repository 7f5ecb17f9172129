#pragma once

#include "bot/messages/message.h"
#include "bot/messages/parseresult.h"
#include "bot/store/result.h"
#include "fixtures/fixtures.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <random>

// What a traffic source sends and when: each item carries its intended send
// time as an offset from the start, so a source that falls behind sends late
// but never stretches the schedule (no coordinated omission).
namespace linda {

struct TrafficItem
{
    std::chrono::nanoseconds offset{}; // intended send time after start
    Message message;
};

class TrafficSchedule
{
public:
    virtual ~TrafficSchedule() = default;
    // The next item in send order, or nullopt when the schedule is done.
    // Offsets never decrease.
    virtual std::optional<TrafficItem> next() = 0;
    // Items the whole schedule holds; -1 when it has no end.
    virtual qint64 plannedCount() const = 0;
    // One line for logs and the watch header, e.g. "heavy: 100 msg/s for 10 s".
    virtual QString describe() const = 0;
    // Display names of the senders by the engine's sender key (E.164, else
    // the sender id), for the event log; empty when the messages carry none.
    virtual QHash<QString, QString> senderNames() const { return {}; }
};

// Shares of generated traffic, each 0..1; they are normalised by their sum.
struct MessageMix
{
    double text = 0.70;     // chat text that is not a command
    double commands = 0.20; // property search, find-contact, property list ...
    double media = 0.10;    // images with captions, voice notes and status posts
};

struct SyntheticTraffic
{
    QString name = QStringLiteral("custom");
    double messagesPerSecond = 10;
    double durationSeconds = 10; // 0 or less: no end
    int senders = 20;            // distinct one-to-one chats, >= 1
    quint32 seed = 1;
    MessageMix mix;

    // The constant-rate scenario of the fixtures with its rate, duration
    // and number of connections as senders.
    static SyntheticTraffic fromScenario(const ArrivalRateScenario &scenario);
};

// Evenly spaced arrivals at messagesPerSecond: item i is due at i / rate
// seconds, so a window of w seconds holds floor(w * rate) or one more item.
// Bodies and senders come from a seeded generator: the same seed gives the
// same messages.
class SyntheticSchedule final : public TrafficSchedule
{
public:
    explicit SyntheticSchedule(SyntheticTraffic traffic);

    std::optional<TrafficItem> next() override;
    qint64 plannedCount() const override;
    QString describe() const override;

    // Validates rate, duration and senders; empty when fine.
    static QString validate(const SyntheticTraffic &traffic);

private:
    Message makeMessage(qint64 index);

    SyntheticTraffic m_traffic;
    std::mt19937 m_random;
    QStringList m_clusters;
    qint64 m_index = 0;
};

// Messages read from a file, sent at their recorded pace divided by
// speedFactor, or back to back when speedFactor is 0. Gaps longer than
// maxGap (after compression) are shortened to maxGap, so a chat export with
// quiet days still replays in minutes.
struct ReplayTraffic
{
    QString file;
    QList<Message> messages; // input order
    double speedFactor = 1;  // 0: as fast as possible
    std::chrono::milliseconds maxGap{std::chrono::seconds(5)};
};

class ReplaySchedule final : public TrafficSchedule
{
public:
    explicit ReplaySchedule(ReplayTraffic traffic);

    std::optional<TrafficItem> next() override;
    qint64 plannedCount() const override { return m_traffic.messages.size(); }
    QString describe() const override;
    QHash<QString, QString> senderNames() const override;

private:
    ReplayTraffic m_traffic;
    qsizetype m_index = 0;
    std::chrono::nanoseconds m_offset{};
};

// Reads a WhatsApp "Export chat" text file, a whatsapp-web.js message
// object / array / NDJSON or a Cloud API webhook file (format detected from
// the content unless forced) and returns its messages in input order;
// delivery statuses are skipped. A chat export's messages get sender ids
// from assignChatExportIdentities(), with numbers read in options.region.
// Fails on an unreadable file or the first parse error, naming file and
// line.
Result<QList<Message>> loadReplayMessages(const QString &path, InputFormat forced = InputFormat::Unknown,
                                          const ParserOptions &options = {});

} // namespace linda
