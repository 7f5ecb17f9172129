#include "wwebjsparser.h"

#include "jsonreader.h"
#include "whatsappid.h"

#include <QCoreApplication>

namespace linda {

using json::ObjectReader;
using json::Path;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::WwebjsParser", text);
}

// Epoch values above this are milliseconds: 1e11 seconds would be the year
// 5138, while 1e11 milliseconds is March 1973, before WhatsApp existed.
constexpr qint64 MillisecondThreshold = 100'000'000'000;

QDateTime dateTimeFromEpoch(qint64 value)
{
    if (value > MillisecondThreshold)
        return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
    return QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
}

struct TypeInfo
{
    std::string_view name;
    MessageType type;
};

// whatsapp-web.js MessageTypes values and what they become. "text" is the
// flat benchmark shape's name for "chat".
constexpr TypeInfo KnownTypes[] = {
    {"chat", MessageType::Text},
    {"text", MessageType::Text},
    {"image", MessageType::Image},
    {"video", MessageType::Video},
    {"audio", MessageType::Audio},
    {"ptt", MessageType::Voice},
    {"document", MessageType::Document},
    {"sticker", MessageType::Sticker},
    {"location", MessageType::Location},
    {"vcard", MessageType::Contacts},
    {"multi_vcard", MessageType::Contacts},
    {"revoked", MessageType::Revoked},
    {"order", MessageType::Order},
    {"reaction", MessageType::Reaction},
    {"buttons_response", MessageType::Interactive},
    {"list_response", MessageType::Interactive},
    {"template_button_reply", MessageType::TemplateButton},
    {"ciphertext", MessageType::Text},
    {"gp2", MessageType::System},
    {"group_notification", MessageType::System},
    {"notification", MessageType::System},
    {"notification_template", MessageType::System},
    {"e2e_notification", MessageType::System},
    {"call_log", MessageType::System},
    {"protocol", MessageType::System},
    {"broadcast_notification", MessageType::System},
};

std::optional<MessageType> typeFromName(std::string_view name)
{
    for (const TypeInfo &info : KnownTypes) {
        if (info.name == name)
            return info.type;
    }
    return std::nullopt;
}

SystemEventType systemEventFromSubtype(std::string_view type, std::string_view subtype)
{
    if (type == "e2e_notification" || subtype == "encrypt")
        return SystemEventType::EncryptionNotice;
    if (subtype == "create")
        return SystemEventType::GroupCreated;
    if (subtype == "add")
        return SystemEventType::MemberAdded;
    if (subtype == "invite" || subtype == "linked_group_join")
        return SystemEventType::MemberJoined;
    if (subtype == "leave")
        return SystemEventType::MemberLeft;
    if (subtype == "remove")
        return SystemEventType::MemberRemoved;
    if (subtype == "subject")
        return SystemEventType::SubjectChanged;
    if (subtype == "change_number" || subtype == "modify")
        return SystemEventType::NumberChanged;
    return SystemEventType::Other;
}

// Reads a whatsapp-web.js id, which is either a string or an object
// {fromMe, remote, id, _serialized}.
QString readSerializedId(const ObjectReader &reader, std::string_view key, bool *fromMe = nullptr)
{
    const auto value = reader.element(key);
    if (!value)
        return {};
    std::string_view text;
    if (value->get_string().get(text) == simdjson::SUCCESS)
        return json::toQString(text);
    simdjson::dom::object object;
    if (value->get_object().get(object) != simdjson::SUCCESS) {
        reader.fail(key, "a string or an object with '_serialized'");
        return {};
    }
    const Path path{reader.path(), key};
    const ObjectReader idReader(object, &path, reader.errorSink());
    if (fromMe && idReader.has("fromMe"))
        *fromMe = idReader.boolean("fromMe");
    QString serialized = idReader.string("_serialized");
    if (serialized.isEmpty() && !idReader.failed())
        reader.fail(key, "a string or an object with '_serialized'");
    return serialized;
}

QStringList readIdList(const ObjectReader &reader, std::string_view key)
{
    QStringList ids;
    const auto array = reader.array(key);
    if (!array)
        return ids;
    qsizetype index = 0;
    const Path listPath{reader.path(), key};
    for (const simdjson::dom::element item : *array) {
        const Path itemPath{&listPath, {}, index++};
        simdjson::dom::object object;
        if (item.get_object().get(object) == simdjson::SUCCESS) {
            ids.append(readSerializedId(ObjectReader(object, &itemPath, reader.errorSink()), "_serialized"));
            continue;
        }
        ids.append(json::elementString(item, itemPath, reader.errorSink()));
    }
    return ids;
}

// Reads the display name and TEL lines of a vCard; enough for the bot to
// see who was shared. Numbers go through libphonenumber.
SharedContact contactFromVCard(const QString &vcard, SenderResolver &resolver)
{
    SharedContact contact;
    contact.vcard = vcard;
    const auto lines = QStringView(vcard).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView name = line.left(colon);
        const QStringView value = line.mid(colon + 1);
        if (name.compare(QLatin1StringView("FN"), Qt::CaseInsensitive) == 0) {
            contact.displayName = value.toString();
        } else if (name.startsWith(QLatin1StringView("TEL"), Qt::CaseInsensitive)
                   || name.contains(QLatin1StringView(".TEL"), Qt::CaseInsensitive)) {
            const auto e164 = resolver.e164ForText(value);
            contact.phones.append(e164 ? *e164 : value.toString());
        }
    }
    return contact;
}

} // namespace

struct WwebjsParser::Private
{
    explicit Private(const ParserOptions &options)
        : options(options)
        , documents(options.maxRecordBytes)
        , resolver(options.region)
    {
    }

    std::optional<Message> readMessage(simdjson::dom::object object, const Path &path,
                                       QString *error);
    bool readReactionObject(const ObjectReader &reader, Message &message);
    void readAddressing(const ObjectReader &reader, Message &message);
    void readMedia(const ObjectReader &reader, const ObjectReader *data, Message &message);
    void readTypeDetails(const ObjectReader &reader, const ObjectReader *data,
                         std::string_view typeName, Message &message);

    ParserOptions options;
    json::DocumentReader documents;
    SenderResolver resolver;

    Q_DECLARE_TR_FUNCTIONS(linda::WwebjsParser)
};

void WwebjsParser::Private::readAddressing(const ObjectReader &reader, Message &message)
{
    const QString from = reader.string("from");
    const QString to = reader.string("to");
    const QString author = reader.string("author");
    if (reader.has("fromMe"))
        message.fromMe = reader.boolean("fromMe");

    const WhatsAppId fromId = WhatsAppId::parse(from);
    if (fromId.server == WhatsAppId::Server::Group || fromId.server == WhatsAppId::Server::Broadcast) {
        // In groups, broadcast lists and status posts "from" is the chat and
        // "author" the person who wrote.
        message.chatId = from;
        message.groupAuthorId = author;
        message.senderId = author;
    } else {
        message.chatId = message.fromMe ? to : from;
        message.senderId = from;
    }
    if (fromId.isStatusBroadcast() || reader.boolean("isStatus"))
        message.kind = MessageKind::StatusBroadcast;
    if (!message.senderId.isEmpty())
        message.sender = resolver.e164ForId(message.senderId);
}

void WwebjsParser::Private::readMedia(const ObjectReader &reader, const ObjectReader *data,
                                      Message &message)
{
    const bool mediaType = message.type == MessageType::Image || message.type == MessageType::Video
        || message.type == MessageType::Audio || message.type == MessageType::Voice
        || message.type == MessageType::Document || message.type == MessageType::Sticker;
    if (!mediaType && !reader.boolean("hasMedia"))
        return;

    MediaDescriptor media;
    media.id = reader.string("mediaKey");
    media.animated = reader.boolean("isGif");
    if (const auto size = reader.integer("mediaSize"))
        media.sizeBytes = *size;
    if (data) {
        media.mimeType = data->string("mimetype");
        media.fileName = data->string("filename");
        media.sha256 = data->string("filehash");
        if (media.sizeBytes < 0) {
            if (const auto size = data->integer("size"))
                media.sizeBytes = *size;
        }
        if (media.id.isEmpty())
            media.id = data->string("mediaKey");
        if (data->boolean("isAnimated"))
            media.animated = true;
    }
    message.media = media;
    // For media whatsapp-web.js puts the caption in "body".
    message.caption = message.body;
    message.body.clear();
}

void WwebjsParser::Private::readTypeDetails(const ObjectReader &reader, const ObjectReader *data,
                                            std::string_view typeName, Message &message)
{
    switch (message.type) {
    case MessageType::Location: {
        Location location;
        if (const auto object = reader.object("location")) {
            const Path path{reader.path(), "location"};
            const ObjectReader loc(*object, &path, reader.errorSink());
            location.latitude = loc.number("latitude").value_or(0);
            location.longitude = loc.number("longitude").value_or(0);
            location.name = loc.string("description");
            if (location.name.isEmpty())
                location.name = loc.string("name");
            location.address = loc.string("address");
            location.url = loc.string("url");
        } else if (data) {
            location.latitude = data->number("lat").value_or(0);
            location.longitude = data->number("lng").value_or(0);
        }
        location.live = data && data->boolean("isLive");
        message.location = location;
        message.body.clear();
        break;
    }
    case MessageType::Contacts: {
        QStringList cards;
        if (reader.has("vCards")) {
            const Path path{reader.path(), "vCards"};
            const auto array = reader.array("vCards");
            qsizetype index = 0;
            if (array) {
                for (const simdjson::dom::element item : *array) {
                    const Path itemPath{&path, {}, index++};
                    cards.append(json::elementString(item, itemPath, reader.errorSink()));
                }
            }
        }
        if (cards.isEmpty() && message.body.startsWith(QLatin1StringView("BEGIN:VCARD")))
            cards.append(message.body);
        for (const QString &card : std::as_const(cards))
            message.contacts.append(contactFromVCard(card, resolver));
        message.body.clear();
        break;
    }
    case MessageType::Interactive: {
        InteractiveReply reply;
        reply.title = message.body;
        if (typeName == "list_response") {
            reply.kind = InteractiveReply::Kind::ListReply;
            reply.id = reader.string("selectedRowId");
        } else {
            reply.kind = InteractiveReply::Kind::ButtonReply;
            reply.id = reader.string("selectedButtonId");
        }
        message.interactive = reply;
        break;
    }
    case MessageType::TemplateButton:
        message.templateButtonPayload = reader.string("selectedButtonId");
        break;
    case MessageType::Order: {
        Order order;
        order.catalogId = reader.string("orderId");
        order.text = message.body;
        message.order = order;
        break;
    }
    case MessageType::Reaction: {
        Reaction reaction;
        reaction.emoji = message.body;
        if (data)
            reaction.targetMessageId = data->string("parentMsgKey");
        message.reaction = reaction;
        message.body.clear();
        break;
    }
    case MessageType::System: {
        SystemEvent event;
        std::string_view subtype = reader.stringView("subtype");
        if (subtype.empty() && data)
            subtype = data->stringView("subtype");
        event.type = systemEventFromSubtype(typeName, subtype);
        event.participants = readIdList(reader, "recipientIds");
        message.system = event;
        break;
    }
    default:
        break;
    }
}

bool WwebjsParser::Private::readReactionObject(const ObjectReader &reader, Message &message)
{
    // A whatsapp-web.js Reaction: {id, msgId, reaction, senderId, timestamp}.
    message.id = readSerializedId(reader, "id");
    message.type = MessageType::Reaction;
    Reaction reaction;
    reaction.targetMessageId = readSerializedId(reader, "msgId");
    reaction.emoji = reader.string("reaction");
    message.reaction = reaction;
    message.senderId = reader.string("senderId");
    message.chatId = message.senderId;
    // A serialized message id is "fromMe_chat_id[_author]"; the chat is the second part.
    if (reaction.targetMessageId.count(u'_') >= 2)
        message.chatId = reaction.targetMessageId.section(u'_', 1, 1);
    if (!message.senderId.isEmpty())
        message.sender = resolver.e164ForId(message.senderId);
    if (const auto stamp = reader.integer("timestamp"))
        message.timestamp = dateTimeFromEpoch(*stamp);
    return !reader.failed();
}

std::optional<Message> WwebjsParser::Private::readMessage(simdjson::dom::object object,
                                                          const Path &path, QString *error)
{
    const ObjectReader reader(object, &path, error);
    Message message;

    if (reader.has("msgId") && reader.has("reaction")) {
        if (!readReactionObject(reader, message))
            return std::nullopt;
        return message;
    }

    message.id = readSerializedId(reader, "id", &message.fromMe);
    if (message.id.isEmpty() && !reader.failed())
        reader.fail("id", "a string or an object with '_serialized'");
    if (!reader.has("from") && !reader.failed())
        reader.fail("from", "a string");

    std::optional<ObjectReader> data;
    const auto dataObject = reader.object("_data");
    const Path dataPath{&path, "_data"};
    if (dataObject)
        data.emplace(*dataObject, &dataPath, error);

    std::string_view typeName = reader.stringView("type");
    if (typeName.empty())
        typeName = "chat";
    if (const auto type = typeFromName(typeName)) {
        message.type = *type;
    } else {
        message.type = MessageType::Unsupported;
        message.errors.append({0, tr("unsupported whatsapp-web.js message type"),
                               json::toQString(typeName)});
    }
    if (typeName == "ciphertext")
        message.kind = MessageKind::UndecryptedPlaceholder;

    message.body = reader.string("body");
    if (const auto stamp = reader.integer("timestamp"))
        message.timestamp = dateTimeFromEpoch(*stamp);
    else if (!reader.failed())
        reader.fail("timestamp", "an integer or a string of digits");

    readAddressing(reader, message);
    message.forwarded = reader.boolean("isForwarded");
    message.senderName = reader.string("notifyName");
    if (data) {
        if (message.senderName.isEmpty())
            message.senderName = data->string("notifyName");
        message.replyToId = data->string("quotedStanzaID");
    }
    message.mentions = readIdList(reader, "mentionedIds");

    if (const auto declared = reader.integer("size"); declared && *declared > options.maxRecordBytes) {
        *error = tr("the message declares a size of %1 bytes, more than the limit of %2 bytes")
                     .arg(*declared)
                     .arg(options.maxRecordBytes);
        return std::nullopt;
    }

    readMedia(reader, data ? &*data : nullptr, message);
    readTypeDetails(reader, data ? &*data : nullptr, typeName, message);
    if (reader.failed())
        return std::nullopt;
    return message;
}

WwebjsParser::WwebjsParser(const ParserOptions &options)
    : d(std::make_unique<Private>(options))
{
}

WwebjsParser::~WwebjsParser() = default;

ParseResult WwebjsParser::parse(QByteArrayView data)
{
    ParseResult result;
    d->documents.read(data, result, [&](const json::Document &document) {
        const Path path{nullptr, {}, document.arrayIndex};
        QString error;
        auto message = d->readMessage(document.value.get_object().value_unsafe(), path, &error);
        if (!message) {
            result.addError(document.position, error);
            return;
        }
        message->position = document.position;
        result.records.append(std::move(*message));
    });
    return result;
}

std::optional<Message> WwebjsParser::parseMessage(QByteArrayView json, ParseError *error)
{
    auto fail = [&](QString reason) -> std::optional<Message> {
        if (error)
            *error = {{0, 1}, std::move(reason)};
        return std::nullopt;
    };
    if (json.size() > d->options.maxRecordBytes) {
        return fail(tr("the message is %1 bytes, more than the limit of %2 bytes")
                        .arg(json.size())
                        .arg(d->options.maxRecordBytes));
    }
    simdjson::dom::element value;
    if (const auto code = d->documents.parseOne(json, value); code != simdjson::SUCCESS)
        return fail(json::jsonErrorText(code));
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return fail(tr("the document is not a JSON object"));
    const Path path;
    QString reason;
    auto message = d->readMessage(object, path, &reason);
    if (!message)
        return fail(reason);
    message->position = {0, 1};
    return message;
}

} // namespace linda
