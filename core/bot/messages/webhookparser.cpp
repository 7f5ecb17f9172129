#include "webhookparser.h"

#include "jsonreader.h"
#include "whatsappid.h"

#include <QCoreApplication>

namespace linda {

using json::ObjectReader;
using json::Path;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::WebhookParser", text);
}

struct ContactName
{
    std::string_view waId;
    QString name;
};

// The "errors" array of a message, status or change value.
QList<PlatformError> readPlatformErrors(const ObjectReader &reader)
{
    QList<PlatformError> errors;
    const auto array = reader.array("errors");
    if (!array)
        return errors;
    const Path listPath{reader.path(), "errors"};
    qsizetype index = 0;
    for (const simdjson::dom::element item : *array) {
        const Path itemPath{&listPath, {}, index++};
        simdjson::dom::object object;
        if (item.get_object().get(object) != simdjson::SUCCESS) {
            reader.fail("errors", "an array of objects");
            break;
        }
        const ObjectReader error(object, &itemPath, reader.errorSink());
        PlatformError platformError;
        platformError.code = int(error.integer("code").value_or(0));
        platformError.title = error.string("title");
        if (const auto data = error.object("error_data")) {
            const Path dataPath{&itemPath, "error_data"};
            platformError.details = ObjectReader(*data, &dataPath, reader.errorSink()).string("details");
        }
        if (platformError.details.isEmpty())
            platformError.details = error.string("message");
        errors.append(platformError);
    }
    return errors;
}

DeliveryState deliveryStateFromName(std::string_view name)
{
    if (name == "sent")
        return DeliveryState::Sent;
    if (name == "delivered")
        return DeliveryState::Delivered;
    if (name == "read")
        return DeliveryState::Read;
    if (name == "played")
        return DeliveryState::Played;
    if (name == "failed")
        return DeliveryState::Failed;
    if (name == "deleted")
        return DeliveryState::Deleted;
    return DeliveryState::Unknown;
}

std::optional<ObjectReader> subObject(const ObjectReader &reader, std::string_view key, Path &storage)
{
    const auto object = reader.object(key);
    if (!object)
        return std::nullopt;
    storage = Path{reader.path(), key};
    return ObjectReader(*object, &storage, reader.errorSink());
}

} // namespace

struct WebhookParser::Private
{
    explicit Private(const ParserOptions &options)
        : options(options)
        , documents(options.maxRecordBytes)
        , resolver(options.region)
    {
    }

    void readEnvelope(simdjson::dom::object envelope, const Path &root, SourcePosition position,
                      ParseResult &result);
    void readChangeValue(const ObjectReader &value, SourcePosition position, ParseResult &result);
    std::optional<Message> readMessage(const ObjectReader &reader);
    std::optional<DeliveryStatus> readStatus(const ObjectReader &reader);
    void readTypedContent(const ObjectReader &reader, std::string_view type, Message &message);
    void readMedia(const ObjectReader &content, Message &message);
    void readContacts(const ObjectReader &reader, Message &message);
    void readInteractive(const ObjectReader &content, Message &message);
    void readOrder(const ObjectReader &content, Message &message);

    ParserOptions options;
    json::DocumentReader documents;
    SenderResolver resolver;
    simdjson::dom::parser flowParser; // checks flow response_json, which is JSON in a string
    std::string flowPadded;
    QList<ContactName> contactNames; // of the change value being read

    Q_DECLARE_TR_FUNCTIONS(linda::WebhookParser)
};

void WebhookParser::Private::readMedia(const ObjectReader &content, Message &message)
{
    MediaDescriptor media;
    media.id = content.string("id");
    media.mimeType = content.string("mime_type");
    media.sha256 = content.string("sha256");
    media.fileName = content.string("filename");
    media.animated = content.boolean("animated");
    if (const auto size = content.integer("file_size"))
        media.sizeBytes = *size;
    if (message.type == MessageType::Audio && content.boolean("voice"))
        message.type = MessageType::Voice;
    message.caption = content.string("caption");
    message.media = media;
}

void WebhookParser::Private::readContacts(const ObjectReader &reader, Message &message)
{
    const auto array = reader.array("contacts");
    if (!array)
        return;
    const Path listPath{reader.path(), "contacts"};
    qsizetype index = 0;
    for (const simdjson::dom::element item : *array) {
        const Path itemPath{&listPath, {}, index++};
        simdjson::dom::object object;
        if (item.get_object().get(object) != simdjson::SUCCESS) {
            reader.fail("contacts", "an array of objects");
            return;
        }
        const ObjectReader card(object, &itemPath, reader.errorSink());
        SharedContact contact;
        Path namePath;
        if (const auto name = subObject(card, "name", namePath)) {
            contact.displayName = name->string("formatted_name");
            if (contact.displayName.isEmpty())
                contact.displayName = name->string("first_name");
        }
        if (const auto phones = card.array("phones")) {
            const Path phonesPath{&itemPath, "phones"};
            qsizetype phoneIndex = 0;
            for (const simdjson::dom::element phoneItem : *phones) {
                const Path phonePath{&phonesPath, {}, phoneIndex++};
                simdjson::dom::object phoneObject;
                if (phoneItem.get_object().get(phoneObject) != simdjson::SUCCESS) {
                    card.fail("phones", "an array of objects");
                    return;
                }
                const ObjectReader phone(phoneObject, &phonePath, reader.errorSink());
                const QString waId = phone.string("wa_id");
                const QString written = phone.string("phone");
                std::optional<QString> e164 = waId.isEmpty() ? resolver.e164ForText(written)
                                                             : resolver.e164ForId(waId);
                contact.phones.append(e164 ? *e164 : written);
            }
        }
        message.contacts.append(contact);
    }
}

void WebhookParser::Private::readInteractive(const ObjectReader &content, Message &message)
{
    const std::string_view kind = content.stringView("type");
    InteractiveReply reply;
    Path replyPath;
    std::optional<ObjectReader> body;
    if (kind == "button_reply") {
        reply.kind = InteractiveReply::Kind::ButtonReply;
        body = subObject(content, "button_reply", replyPath);
    } else if (kind == "list_reply") {
        reply.kind = InteractiveReply::Kind::ListReply;
        body = subObject(content, "list_reply", replyPath);
    } else if (kind == "nfm_reply") {
        reply.kind = InteractiveReply::Kind::FlowReply;
        body = subObject(content, "nfm_reply", replyPath);
    } else {
        message.type = MessageType::Unsupported;
        message.errors.append({0, tr("unsupported interactive reply type"), json::toQString(kind)});
        return;
    }
    if (!body) {
        if (!content.failed())
            content.fail(kind, "an object");
        return;
    }
    reply.id = body->string("id");
    reply.title = body->string("title");
    reply.description = body->string("description");
    if (reply.kind == InteractiveReply::Kind::FlowReply) {
        reply.flowName = body->string("name");
        reply.title = body->string("body");
        const std::string_view response = body->stringView("response_json");
        flowPadded.assign(response);
        flowPadded.resize(response.size() + simdjson::SIMDJSON_PADDING, '\0');
        simdjson::dom::element parsed;
        if (!response.empty()
            && flowParser.parse(flowPadded.data(), response.size(), false).get(parsed)
                != simdjson::SUCCESS) {
            if (!body->failed()) {
                *body->errorSink() = tr("field '%1' does not contain valid JSON; a flow reply "
                                        "carries the form answers as a JSON document")
                                         .arg(Path{body->path(), "response_json"}.toString());
            }
            return;
        }
        reply.responseJson = json::toQString(response);
        // The flow token identifies the reply when the flow has one. An empty
        // response was not parsed, and `parsed` then refers to no document.
        simdjson::dom::object answers;
        std::string_view token;
        if (!response.empty() && parsed.get_object().get(answers) == simdjson::SUCCESS
            && answers["flow_token"].get_string().get(token) == simdjson::SUCCESS)
            reply.id = json::toQString(token);
    }
    message.interactive = reply;
}

void WebhookParser::Private::readOrder(const ObjectReader &content, Message &message)
{
    Order order;
    order.catalogId = content.string("catalog_id");
    order.text = content.string("text");
    if (const auto items = content.array("product_items")) {
        const Path itemsPath{content.path(), "product_items"};
        qsizetype index = 0;
        for (const simdjson::dom::element item : *items) {
            const Path itemPath{&itemsPath, {}, index++};
            simdjson::dom::object object;
            if (item.get_object().get(object) != simdjson::SUCCESS) {
                content.fail("product_items", "an array of objects");
                return;
            }
            const ObjectReader product(object, &itemPath, content.errorSink());
            OrderItem orderItem;
            orderItem.productId = product.string("product_retailer_id");
            orderItem.quantity = int(product.integer("quantity").value_or(0));
            orderItem.unitPrice = product.number("item_price").value_or(0);
            orderItem.currency = product.string("currency");
            order.items.append(orderItem);
        }
    }
    message.order = order;
}

void WebhookParser::Private::readTypedContent(const ObjectReader &reader, std::string_view type,
                                              Message &message)
{
    Path contentPath;
    // Most types carry their content in a member named after the type.
    const std::optional<ObjectReader> content
        = type == "contacts" ? std::nullopt : subObject(reader, type, contentPath);

    switch (message.type) {
    case MessageType::Text:
        if (content)
            message.body = content->string("body");
        break;
    case MessageType::Image:
    case MessageType::Video:
    case MessageType::Audio:
    case MessageType::Document:
    case MessageType::Sticker:
        if (content)
            readMedia(*content, message);
        break;
    case MessageType::Location:
        if (content) {
            Location location;
            location.latitude = content->number("latitude").value_or(0);
            location.longitude = content->number("longitude").value_or(0);
            location.name = content->string("name");
            location.address = content->string("address");
            location.url = content->string("url");
            message.location = location;
        }
        break;
    case MessageType::Contacts:
        readContacts(reader, message);
        break;
    case MessageType::Interactive:
        if (content)
            readInteractive(*content, message);
        break;
    case MessageType::TemplateButton:
        if (content) {
            message.body = content->string("text");
            message.templateButtonPayload = content->string("payload");
        }
        break;
    case MessageType::Reaction:
        if (content) {
            Reaction reaction;
            reaction.targetMessageId = content->string("message_id");
            reaction.emoji = content->string("emoji"); // absent when the reaction was removed
            message.reaction = reaction;
        }
        break;
    case MessageType::Order:
        if (content)
            readOrder(*content, message);
        break;
    case MessageType::System:
        if (content) {
            SystemEvent event;
            message.body = content->string("body");
            const std::string_view kind = content->stringView("type");
            if (kind == "user_changed_number" || kind == "customer_changed_number") {
                event.type = SystemEventType::NumberChanged;
                const QString newId = content->string("new_wa_id");
                const auto e164 = resolver.e164ForId(newId);
                event.newValue = e164 ? *e164 : newId;
            }
            event.participants.append(message.senderId);
            message.system = event;
        }
        break;
    default:
        break;
    }
}

std::optional<Message> WebhookParser::Private::readMessage(const ObjectReader &reader)
{
    Message message;
    message.id = reader.string("id");
    message.senderId = reader.string("from");
    message.chatId = message.senderId;
    const std::string_view type = reader.stringView("type");
    if (const auto stamp = reader.integer("timestamp"))
        message.timestamp = QDateTime::fromSecsSinceEpoch(*stamp, Qt::UTC);
    if (reader.failed())
        return std::nullopt;
    if (message.id.isEmpty()) {
        reader.fail("id", "a non-empty string");
        return std::nullopt;
    }
    if (message.senderId.isEmpty()) {
        reader.fail("from", "a non-empty string");
        return std::nullopt;
    }
    if (!message.timestamp.isValid()) {
        reader.fail("timestamp", "Unix time in seconds");
        return std::nullopt;
    }

    message.sender = resolver.e164ForId(message.senderId);
    for (const ContactName &contact : std::as_const(contactNames)) {
        if (QLatin1StringView(contact.waId.data(), qsizetype(contact.waId.size())) == message.senderId) {
            message.senderName = contact.name;
            break;
        }
    }
    Path contextPath;
    if (const auto context = subObject(reader, "context", contextPath)) {
        message.replyToId = context->string("id");
        message.forwarded = context->boolean("forwarded") || context->boolean("frequently_forwarded");
    }

    static constexpr std::pair<std::string_view, MessageType> Types[] = {
        {"text", MessageType::Text},         {"image", MessageType::Image},
        {"video", MessageType::Video},       {"audio", MessageType::Audio},
        {"document", MessageType::Document}, {"sticker", MessageType::Sticker},
        {"location", MessageType::Location}, {"contacts", MessageType::Contacts},
        {"interactive", MessageType::Interactive}, {"button", MessageType::TemplateButton},
        {"reaction", MessageType::Reaction}, {"order", MessageType::Order},
        {"system", MessageType::System},
    };
    message.type = MessageType::Unsupported;
    for (const auto &[name, value] : Types) {
        if (name == type)
            message.type = value;
    }
    message.errors = readPlatformErrors(reader);
    if (message.type == MessageType::Unsupported) {
        if (message.errors.isEmpty()) {
            message.errors.append({0, tr("unsupported Cloud API message type"),
                                   json::toQString(type)});
        }
    } else {
        readTypedContent(reader, type, message);
    }
    if (reader.failed())
        return std::nullopt;
    return message;
}

std::optional<DeliveryStatus> WebhookParser::Private::readStatus(const ObjectReader &reader)
{
    DeliveryStatus status;
    status.messageId = reader.string("id");
    const std::string_view state = reader.stringView("status");
    status.state = deliveryStateFromName(state);
    status.stateText = json::toQString(state);
    status.recipientId = reader.string("recipient_id");
    if (const auto stamp = reader.integer("timestamp"))
        status.timestamp = QDateTime::fromSecsSinceEpoch(*stamp, Qt::UTC);
    Path conversationPath;
    if (const auto conversation = subObject(reader, "conversation", conversationPath))
        status.conversationId = conversation->string("id");
    status.errors = readPlatformErrors(reader);
    if (!reader.failed() && status.messageId.isEmpty())
        reader.fail("id", "a non-empty string");
    if (reader.failed())
        return std::nullopt;
    if (!status.recipientId.isEmpty())
        status.recipient = resolver.e164ForId(status.recipientId);
    return status;
}

void WebhookParser::Private::readChangeValue(const ObjectReader &value, SourcePosition position,
                                             ParseResult &result)
{
    contactNames.clear();
    if (const auto contacts = value.array("contacts")) {
        for (const simdjson::dom::element item : *contacts) {
            // contacts[] entries may lack "profile" when WhatsApp withholds the name.
            std::string_view waId;
            std::string_view name;
            simdjson::dom::object profile;
            if (item["wa_id"].get_string().get(waId) != simdjson::SUCCESS)
                continue;
            if (item["profile"].get_object().get(profile) == simdjson::SUCCESS
                && profile["name"].get_string().get(name) != simdjson::SUCCESS)
                name = {};
            contactNames.append({waId, json::toQString(name)});
        }
    }

    const auto readList = [&](std::string_view key, auto readOne) {
        const auto array = value.array(key);
        if (!array)
            return;
        const Path listPath{value.path(), key};
        qsizetype index = 0;
        for (const simdjson::dom::element item : *array) {
            const Path itemPath{&listPath, {}, index++};
            QString error;
            simdjson::dom::object object;
            if (item.get_object().get(object) != simdjson::SUCCESS) {
                result.addError(position, tr("'%1' must be an object").arg(itemPath.toString()));
                continue;
            }
            const ObjectReader reader(object, &itemPath, &error);
            auto record = (this->*readOne)(reader);
            if (!record) {
                result.addError(position, error);
                continue;
            }
            record->position = position;
            result.records.append(std::move(*record));
        }
    };
    readList("messages", &Private::readMessage);
    readList("statuses", &Private::readStatus);

    // Type errors of the value's own members ("messages" not an array, ...)
    // collect in the value's error sink.
    result.platformErrors.append(readPlatformErrors(value));
    if (value.failed())
        result.addError(position, *value.errorSink());
}

void WebhookParser::Private::readEnvelope(simdjson::dom::object envelope, const Path &root,
                                          SourcePosition position, ParseResult &result)
{
    QString error;
    const ObjectReader reader(envelope, &root, &error);
    const auto entries = reader.array("entry");
    // Logs often hold only a part of the envelope: one change
    // ({"value":{...},"field":"messages"}) or its value
    // ({"messaging_product":"whatsapp","metadata":{...},"messages":[...]}).
    if (!entries && error.isEmpty()) {
        if (const auto value = reader.object("value"); value && reader.has("field")) {
            const Path valuePath{&root, "value"};
            QString valueError;
            readChangeValue(ObjectReader(*value, &valuePath, &valueError), position, result);
            return;
        }
        if (reader.has("messaging_product")) {
            readChangeValue(ObjectReader(envelope, &root, &error), position, result);
            return;
        }
    }
    if (!entries) {
        if (error.isEmpty()) {
            error = tr("'%1' is missing; a Cloud API webhook envelope has an \"entry\" array")
                        .arg(Path{&root, "entry"}.toString());
        }
        result.addError(position, error);
        return;
    }
    const Path entriesPath{&root, "entry"};
    qsizetype entryIndex = 0;
    for (const simdjson::dom::element entry : *entries) {
        const Path entryPath{&entriesPath, {}, entryIndex++};
        simdjson::dom::array changes;
        if (entry["changes"].get_array().get(changes) != simdjson::SUCCESS) {
            result.addError(position, tr("'%1' must be an object with a \"changes\" array")
                                                .arg(entryPath.toString()));
            continue;
        }
        const Path changesPath{&entryPath, "changes"};
        qsizetype changeIndex = 0;
        for (const simdjson::dom::element change : changes) {
            const Path changePath{&changesPath, {}, changeIndex++};
            const Path valuePath{&changePath, "value"};
            simdjson::dom::object value;
            if (change["value"].get_object().get(value) != simdjson::SUCCESS) {
                result.addError(position, tr("'%1' must be an object")
                                                    .arg(valuePath.toString()));
                continue;
            }
            QString valueError;
            readChangeValue(ObjectReader(value, &valuePath, &valueError), position, result);
        }
    }
}

WebhookParser::WebhookParser(const ParserOptions &options)
    : d(std::make_unique<Private>(options))
{
}

WebhookParser::~WebhookParser() = default;

ParseResult WebhookParser::parse(QByteArrayView data)
{
    ParseResult result;
    d->documents.read(data, result, [&](const json::Document &document) {
        const Path root{nullptr, {}, document.arrayIndex};
        d->readEnvelope(document.value.get_object().value_unsafe(), root, document.position, result);
    });
    return result;
}

void WebhookParser::parseEnvelope(QByteArrayView envelope, ParseResult &result)
{
    if (envelope.size() > d->options.maxRecordBytes) {
        result.addError({0, 1},
                              tr("the envelope is %1 bytes, more than the limit of %2 bytes")
                                  .arg(envelope.size())
                                  .arg(d->options.maxRecordBytes));
        return;
    }
    simdjson::dom::element value;
    if (const auto code = d->documents.parseOne(envelope, value); code != simdjson::SUCCESS) {
        result.addError({0, 1}, json::jsonErrorText(code));
        return;
    }
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) {
        result.addError({0, 1}, tr("the envelope is not a JSON object"));
        return;
    }
    d->readEnvelope(object, Path{}, {0, 1}, result);
}

} // namespace linda
