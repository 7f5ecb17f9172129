#include "recordjson.h"

#include <QJsonArray>

namespace linda {

namespace {

QJsonValue optionalString(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray errorsToJson(const QList<PlatformError> &errors)
{
    QJsonArray array;
    for (const PlatformError &error : errors) {
        array.append(QJsonObject{{QStringLiteral("code"), error.code},
                                 {QStringLiteral("title"), error.title},
                                 {QStringLiteral("details"), error.details}});
    }
    return array;
}

QJsonValue mediaToJson(const Indirect<MediaDescriptor> &media)
{
    if (!media)
        return QJsonValue::Null;
    QJsonObject object{{QStringLiteral("id"), stringOrNull(media->id)},
                       {QStringLiteral("mime_type"), stringOrNull(media->mimeType)},
                       {QStringLiteral("file_name"), stringOrNull(media->fileName)},
                       {QStringLiteral("sha256"), stringOrNull(media->sha256)},
                       {QStringLiteral("size"), media->sizeBytes >= 0
                            ? QJsonValue(double(media->sizeBytes)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("animated"), media->animated}};
    return object;
}

void addTypeDetails(const Message &message, QJsonObject &object)
{
    if (message.location) {
        const Location &l = *message.location;
        object.insert(QStringLiteral("location"),
                      QJsonObject{{QStringLiteral("latitude"), l.latitude},
                                  {QStringLiteral("longitude"), l.longitude},
                                  {QStringLiteral("name"), stringOrNull(l.name)},
                                  {QStringLiteral("address"), stringOrNull(l.address)},
                                  {QStringLiteral("url"), stringOrNull(l.url)},
                                  {QStringLiteral("live"), l.live}});
    }
    if (!message.contacts.isEmpty()) {
        QJsonArray contacts;
        for (const SharedContact &contact : message.contacts) {
            contacts.append(QJsonObject{{QStringLiteral("name"), contact.displayName},
                                        {QStringLiteral("phones"),
                                         QJsonArray::fromStringList(contact.phones)}});
        }
        object.insert(QStringLiteral("contacts"), contacts);
    }
    if (message.interactive) {
        const InteractiveReply &r = *message.interactive;
        object.insert(QStringLiteral("interactive"),
                      QJsonObject{{QStringLiteral("kind"), interactiveKindName(r.kind)},
                                  {QStringLiteral("id"), r.id},
                                  {QStringLiteral("title"), r.title},
                                  {QStringLiteral("description"), stringOrNull(r.description)},
                                  {QStringLiteral("flow_name"), stringOrNull(r.flowName)},
                                  {QStringLiteral("response_json"), stringOrNull(r.responseJson)}});
    }
    if (message.type == MessageType::TemplateButton)
        object.insert(QStringLiteral("payload"), message.templateButtonPayload);
    if (message.reaction) {
        object.insert(QStringLiteral("reaction"),
                      QJsonObject{{QStringLiteral("target"), message.reaction->targetMessageId},
                                  {QStringLiteral("emoji"), stringOrNull(message.reaction->emoji)},
                                  {QStringLiteral("removed"), message.reaction->isRemoval()}});
    }
    if (message.order) {
        QJsonArray items;
        for (const OrderItem &item : message.order->items) {
            items.append(QJsonObject{{QStringLiteral("product"), item.productId},
                                     {QStringLiteral("quantity"), item.quantity},
                                     {QStringLiteral("unit_price"), item.unitPrice},
                                     {QStringLiteral("currency"), item.currency}});
        }
        object.insert(QStringLiteral("order"),
                      QJsonObject{{QStringLiteral("catalog"), message.order->catalogId},
                                  {QStringLiteral("text"), message.order->text},
                                  {QStringLiteral("items"), items}});
    }
    if (message.system) {
        object.insert(QStringLiteral("event"),
                      QJsonObject{{QStringLiteral("type"), systemEventTypeName(message.system->type)},
                                  {QStringLiteral("participants"),
                                   QJsonArray::fromStringList(message.system->participants)},
                                  {QStringLiteral("new_value"), stringOrNull(message.system->newValue)}});
    }
    if (!message.errors.isEmpty())
        object.insert(QStringLiteral("errors"), errorsToJson(message.errors));
}

QString kindFor(const Message &message)
{
    if (message.type == MessageType::Reaction)
        return QStringLiteral("reaction");
    if (message.type == MessageType::System)
        return QStringLiteral("system");
    return QStringLiteral("message");
}

QJsonObject messageToJson(const Message &message)
{
    QJsonObject object{
        {QStringLiteral("kind"), kindFor(message)},
        {QStringLiteral("id"), message.id},
        {QStringLiteral("chat"), message.chatId},
        {QStringLiteral("sender"), optionalString(message.sender)},
        {QStringLiteral("author"), stringOrNull(message.senderName)},
        {QStringLiteral("timestamp"), isoTimestamp(message.timestamp, message.timestampIsWallClock)},
        {QStringLiteral("type"), messageTypeName(message.type)},
        {QStringLiteral("body"), message.body},
        {QStringLiteral("media"), mediaToJson(message.media)},
        {QStringLiteral("reply"), QJsonValue::Null},
        {QStringLiteral("sender_id"), stringOrNull(message.senderId)},
        {QStringLiteral("group_author"), stringOrNull(message.groupAuthorId)},
        {QStringLiteral("caption"), stringOrNull(message.caption)},
        {QStringLiteral("reply_to"), stringOrNull(message.replyToId)},
        {QStringLiteral("message_kind"), messageKindName(message.kind)},
        {QStringLiteral("from_me"), message.fromMe},
        {QStringLiteral("forwarded"), message.forwarded},
        {QStringLiteral("should_reply"), message.shouldReply()},
    };
    if (!message.mentions.isEmpty())
        object.insert(QStringLiteral("mentions"), QJsonArray::fromStringList(message.mentions));
    addTypeDetails(message, object);
    return object;
}

QJsonObject statusToJson(const DeliveryStatus &status)
{
    QJsonObject object{
        {QStringLiteral("kind"), QStringLiteral("status")},
        {QStringLiteral("id"), status.messageId},
        {QStringLiteral("chat"), status.recipientId},
        {QStringLiteral("sender"), QJsonValue::Null},
        {QStringLiteral("author"), QJsonValue::Null},
        {QStringLiteral("timestamp"), isoTimestamp(status.timestamp, false)},
        {QStringLiteral("type"), QStringLiteral("status")},
        {QStringLiteral("body"), QJsonValue::Null},
        {QStringLiteral("media"), QJsonValue::Null},
        {QStringLiteral("reply"), QJsonValue::Null},
        {QStringLiteral("status"), deliveryStateName(status.state)},
        {QStringLiteral("status_text"), status.stateText},
        {QStringLiteral("recipient"), optionalString(status.recipient)},
        {QStringLiteral("conversation"), stringOrNull(status.conversationId)},
    };
    if (!status.errors.isEmpty())
        object.insert(QStringLiteral("errors"), errorsToJson(status.errors));
    return object;
}

} // namespace

QString isoTimestamp(const QDateTime &timestamp, bool wallClock)
{
    if (!timestamp.isValid())
        return {};
    const bool withMs = timestamp.time().msec() != 0;
    if (wallClock) {
        return timestamp.toString(withMs ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                         : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    return timestamp.toUTC().toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonObject recordToJson(const InboundRecord &record)
{
    if (const auto *message = std::get_if<Message>(&record))
        return messageToJson(*message);
    return statusToJson(std::get<DeliveryStatus>(record));
}

} // namespace linda
