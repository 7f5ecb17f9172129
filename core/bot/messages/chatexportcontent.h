#pragma once

#include "message.h"

namespace linda {

// Reads what an "Export chat" message text stands for: media placeholders
// ("<Media omitted>", "image omitted", "<attached: 0001-PHOTO.jpg>",
// "IMG-2024.jpg (file attached)"), deleted and undecrypted messages, shared
// locations, and system lines. Sets type, media, caption, location and system
// on message, whose body contains the text on entry. hasAuthor is false for lines
// with no "Name:" part.
void classifyExportText(Message &message, bool hasAuthor);

} // namespace linda
