#include "message.h"

namespace linda {

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Text:
        return QStringLiteral("text");
    case MessageType::Image:
        return QStringLiteral("image");
    case MessageType::Video:
        return QStringLiteral("video");
    case MessageType::Audio:
        return QStringLiteral("audio");
    case MessageType::Voice:
        return QStringLiteral("voice");
    case MessageType::Document:
        return QStringLiteral("document");
    case MessageType::Sticker:
        return QStringLiteral("sticker");
    case MessageType::Location:
        return QStringLiteral("location");
    case MessageType::Contacts:
        return QStringLiteral("contacts");
    case MessageType::Interactive:
        return QStringLiteral("interactive");
    case MessageType::TemplateButton:
        return QStringLiteral("template_button");
    case MessageType::Reaction:
        return QStringLiteral("reaction");
    case MessageType::Order:
        return QStringLiteral("order");
    case MessageType::System:
        return QStringLiteral("system");
    case MessageType::Revoked:
        return QStringLiteral("revoked");
    case MessageType::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("unsupported");
}

QString messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Regular:
        return QStringLiteral("regular");
    case MessageKind::StatusBroadcast:
        return QStringLiteral("status_broadcast");
    case MessageKind::UndecryptedPlaceholder:
        return QStringLiteral("undecrypted");
    }
    return QStringLiteral("regular");
}

QString systemEventTypeName(SystemEventType type)
{
    switch (type) {
    case SystemEventType::Other:
        return QStringLiteral("other");
    case SystemEventType::GroupCreated:
        return QStringLiteral("group_created");
    case SystemEventType::MemberJoined:
        return QStringLiteral("member_joined");
    case SystemEventType::MemberAdded:
        return QStringLiteral("member_added");
    case SystemEventType::MemberLeft:
        return QStringLiteral("member_left");
    case SystemEventType::MemberRemoved:
        return QStringLiteral("member_removed");
    case SystemEventType::NumberChanged:
        return QStringLiteral("number_changed");
    case SystemEventType::SubjectChanged:
        return QStringLiteral("subject_changed");
    case SystemEventType::EncryptionNotice:
        return QStringLiteral("encryption_notice");
    }
    return QStringLiteral("other");
}

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Sent:
        return QStringLiteral("sent");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Read:
        return QStringLiteral("read");
    case DeliveryState::Played:
        return QStringLiteral("played");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    case DeliveryState::Deleted:
        return QStringLiteral("deleted");
    case DeliveryState::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString interactiveKindName(InteractiveReply::Kind kind)
{
    switch (kind) {
    case InteractiveReply::Kind::ButtonReply:
        return QStringLiteral("button_reply");
    case InteractiveReply::Kind::ListReply:
        return QStringLiteral("list_reply");
    case InteractiveReply::Kind::FlowReply:
        return QStringLiteral("flow_reply");
    }
    return QStringLiteral("button_reply");
}

} // namespace linda
