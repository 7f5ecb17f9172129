#pragma once

#include <QByteArray>
#include <QList>

// Generated message inputs for the parse cases. Each is written the way the
// transport or the phone writes it; the contents are invented.
namespace linda::bench {

// A whatsapp-web.js style text message object (flat shape).
QByteArray wwebjsTextMessage(int index);

// A whatsapp-web.js message object whose body has bodyBytes bytes.
QByteArray wwebjsLargeMessage(qsizetype bodyBytes);

// A Cloud API webhook envelope with a contacts block, an image, a location,
// an interactive list reply, a shared contact card and a delivery status.
QByteArray webhookEnvelope(int index);

// The number of message records in webhookEnvelope().
inline constexpr int kWebhookEnvelopeMessages = 4;

// An "Export chat" text file of about `lines` lines: Android style with a
// 24-hour clock when iosStyle is false, iOS style with brackets and seconds
// otherwise. Mixes text, multi-line messages, media placeholders, system
// lines, emoji and Arabic text.
QByteArray chatExport(int lines, bool iosStyle);

} // namespace linda::bench
