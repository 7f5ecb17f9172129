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

// Returns text without the direction marks and isolates (U+200E, U+200F,
// U+061C, U+202A-U+202E, U+2066-U+2069) that phones wrap around names and
// numbers, and without surrounding white space.
QString withoutDirectionMarks(QStringView text);

} // namespace linda
