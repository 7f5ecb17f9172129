#pragma once

#include "message.h"

#include <QJsonObject>

namespace linda {

// The JSON form of a record used by `linda-dashboard replay --json`:
// {"kind", "id", "chat", "sender", "author", "timestamp", "type", "body",
// "media", "reply", ...}. "reply" is always null here; the caller fills it.
// Not for the hot path: it builds a QJsonObject.
QJsonObject recordToJson(const InboundRecord &record);

// ISO 8601: "…Z" for UTC times, no offset for chat-export wall-clock times.
QString isoTimestamp(const QDateTime &timestamp, bool wallClock);

} // namespace linda
