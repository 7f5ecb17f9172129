#pragma once

#include "bot/messages/message.h"
#include "common/phonenumber.h"

#include <QList>
#include <QString>
#include <QStringView>

// Sender and chat ids for the messages of a WhatsApp "Export chat" file.
// An export names each author only by the display name that the exporting
// phone showed, or by the phone number for a sender missing from its
// contacts, so the parsed messages carry no WhatsApp ids. The engine rejects
// a message without a sender id, and it keys sessions by chat id and rate
// limits by sender, so a replay needs ids that stay the same for each author.
namespace linda {

// Outcome of assignChatExportIdentities() for one export.
struct ChatExportIdentities
{
    int authors = 0;      // distinct authors of the messages
    int phoneAuthors = 0; // of those, authors whose name is a valid phone number
    bool group = false;   // more than two authors: the chat is handled as a group
};

// Gives every message of one export a sender id, in place:
// - an author whose name is a phone number ("+971 50 123 4567", possibly
//   wrapped in direction marks) gets its E.164 form as Message::sender and
//   "<digits>@c.us" as sender id, the form whatsapp-web.js uses;
// - any other author gets exportSenderIdForName() of the name;
// - a line without an author (a system notice) gets the chat id as sender,
//   as whatsapp-web.js reports notices of a chat.
// The chat id that the parser gave stays, so one export file is one chat
// and one engine session. An export with more than two authors is a group
// chat: each authored message also gets its sender id as groupAuthorId, so
// that the engine treats it as a group message. Messages that already have
// a sender id are left as they are.
//
// NOTE: the author who exported the chat is not marked as fromMe, because
// the file does not say which author that is; the engine replies to both
// sides of a one-to-one export.
ChatExportIdentities assignChatExportIdentities(QList<Message> &messages, const PhoneNumberNormalizer &normalizer);

// A stable opaque sender id for a display name, "<15 digits>@lid". The
// digits come from a SHA-256 hash of the name without direction marks and
// with runs of white space collapsed. So the same name gives the same id in
// every file and run. "@lid" is WhatsApp's server for ids that are not
// phone numbers.
QString exportSenderIdForName(QStringView name);

} // namespace linda
