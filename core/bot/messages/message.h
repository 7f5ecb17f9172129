#pragma once

#include "indirect.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The bot's message model: plain value types that every input format
// (whatsapp-web.js objects, Cloud API webhooks, "Export chat" files) is
// parsed into. The types are copyable, hold no references into the parsed
// buffer and can cross threads freely.
namespace linda {

// Start of a record or an error in its input. byteOffset counts from the
// start of the buffer given to the parser; line is 1-based. Either is -1 when
// unknown.
struct SourcePosition
{
    qint64 byteOffset = -1;
    qint64 line = -1;

    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

enum class MessageType {
    Text,
    Image,
    Video,
    Audio, // an audio file
    Voice, // a push-to-talk voice note
    Document,
    Sticker,
    Location,
    Contacts, // one or more shared vCards
    Interactive, // a button, list or flow reply, see InteractiveReply
    TemplateButton, // a quick-reply button of a template message
    Reaction, // see Message::reaction; also used for a removed reaction
    Order,
    System, // see Message::system
    Revoked, // deleted by its sender; the body is gone
    Unsupported, // a type the parser does not know; see Message::errors
};

// Reason a message must never get a reply even though it parsed.
enum class MessageKind {
    Regular,
    StatusBroadcast, // a "status" (story) post, chat id status@broadcast
    UndecryptedPlaceholder, // "waiting for this message": ciphertext not decrypted yet
};

// An error the sending platform attached to a message or a delivery status,
// e.g. Cloud API code 131051 "Message type unknown".
struct PlatformError
{
    int code = 0;
    QString title;
    QString details;

    friend bool operator==(const PlatformError &, const PlatformError &) = default;
};

struct MediaDescriptor
{
    QString id; // platform media id or whatsapp-web.js media key; empty in exports
    QString mimeType;
    QString fileName; // as attached, e.g. "IMG-20240101-WA0003.jpg"
    QString sha256; // base64, as the platform sends it
    qint64 sizeBytes = -1; // -1 when the input does not say
    bool animated = false; // animated sticker or GIF

    friend bool operator==(const MediaDescriptor &, const MediaDescriptor &) = default;
};

struct Location
{
    double latitude = 0; // degrees, WGS 84
    double longitude = 0;
    QString name;
    QString address;
    QString url;
    bool live = false;

    friend bool operator==(const Location &, const Location &) = default;
};

struct SharedContact
{
    QString displayName;
    QStringList phones; // E.164 where libphonenumber accepted the number, else as written
    QString vcard; // the raw vCard text when the input carried one

    friend bool operator==(const SharedContact &, const SharedContact &) = default;
};

struct InteractiveReply
{
    enum class Kind { ButtonReply, ListReply, FlowReply };

    Kind kind = Kind::ButtonReply;
    QString id; // button or row id; the flow token for a flow reply
    QString title;
    QString description; // list rows only
    QString flowName; // flow replies only
    QString responseJson; // flow replies only: the submitted form fields, itself a JSON document

    friend bool operator==(const InteractiveReply &, const InteractiveReply &) = default;
};

struct Reaction
{
    QString targetMessageId;
    QString emoji; // empty when the reaction was removed

    bool isRemoval() const { return emoji.isEmpty(); }

    friend bool operator==(const Reaction &, const Reaction &) = default;
};

struct OrderItem
{
    QString productId;
    int quantity = 0;
    double unitPrice = 0;
    QString currency; // ISO 4217

    friend bool operator==(const OrderItem &, const OrderItem &) = default;
};

struct Order
{
    QString catalogId;
    QString text;
    QList<OrderItem> items;

    friend bool operator==(const Order &, const Order &) = default;
};

enum class SystemEventType {
    Other, // a system line that no pattern below matched; the text is in Message::body
    GroupCreated,
    MemberJoined, // joined by invite link
    MemberAdded,
    MemberLeft,
    MemberRemoved,
    NumberChanged,
    SubjectChanged,
    EncryptionNotice,
};

struct SystemEvent
{
    SystemEventType type = SystemEventType::Other;
    QStringList participants; // names or ids as the input gives them
    QString newValue; // new subject or new number, when the event has one

    friend bool operator==(const SystemEvent &, const SystemEvent &) = default;
};

// One inbound message. Fields that a type does not use stay empty. The
// type-specific parts live behind Indirect so that a Message stays small.
struct Message
{
    QString id;
    QString chatId; // "9715...@c.us", "1203...@g.us", a wa_id, or a chat export's id
    QString senderId; // raw id of the writer: the group author in groups, else the sender
    std::optional<QString> sender; // E.164; nullopt for @lid ids, exports and unparseable ids
    QString senderName; // display name when the input has one
    QString groupAuthorId; // raw author id in a group chat, empty in one-to-one chats
    QDateTime timestamp; // see timestampIsWallClock
    // true for chat exports: timestamp holds the phone's wall-clock time with
    // Qt::UTC as a carrier, because the export does not say its time zone.
    bool timestampIsWallClock = false;
    MessageType type = MessageType::Text;
    MessageKind kind = MessageKind::Regular;
    bool fromMe = false; // sent by the bot's own account
    bool forwarded = false;
    QString body; // text, or the caption-free text of a system line
    QString caption; // media caption
    Indirect<MediaDescriptor> media;
    QString replyToId; // id of the quoted message
    QStringList mentions; // raw ids of mentioned users
    QList<SharedContact> contacts;
    Indirect<Location> location;
    Indirect<InteractiveReply> interactive;
    QString templateButtonPayload; // MessageType::TemplateButton; the label is in body
    Indirect<Reaction> reaction;
    Indirect<Order> order;
    Indirect<SystemEvent> system;
    QList<PlatformError> errors; // for MessageType::Unsupported, the reason
    SourcePosition position;

    // false for status broadcasts, undecrypted placeholders, revoked and own
    // messages, system events and reactions: the bot must never reply to those.
    bool shouldReply() const
    {
        return kind == MessageKind::Regular && !fromMe && type != MessageType::System
            && type != MessageType::Reaction && type != MessageType::Revoked;
    }
};

enum class DeliveryState { Sent, Delivered, Read, Played, Failed, Deleted, Unknown };

// A delivery receipt for a message the bot sent (Cloud API "statuses").
struct DeliveryStatus
{
    QString messageId;
    DeliveryState state = DeliveryState::Unknown;
    QString stateText; // as received, so an unknown state is not lost
    QString recipientId; // raw wa_id
    std::optional<QString> recipient; // E.164
    QDateTime timestamp; // UTC
    QString conversationId;
    QList<PlatformError> errors;
    SourcePosition position;
};

// One parsed record in input order.
using InboundRecord = std::variant<Message, DeliveryStatus>;

// Stable lowercase names used in JSON output and logs.
QString messageTypeName(MessageType type);
QString messageKindName(MessageKind kind);
QString systemEventTypeName(SystemEventType type);
QString deliveryStateName(DeliveryState state);
QString interactiveKindName(InteractiveReply::Kind kind);

} // namespace linda
