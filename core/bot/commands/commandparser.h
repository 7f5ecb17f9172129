#pragma once

#include "bot/store/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace linda {

class CommandRegistry;
struct CommandSpec;

enum class CommandPrefix { None, Bang, Slash }; // none, "!", "/"

// One chat text read as a command.
struct ParsedCommand
{
    enum class Kind {
        NotACommand, // ordinary chat text
        Known,       // spec is set
        Unknown,     // prefixed, but no command has that name
        Malformed,   // prefixed or a bare command, but the quoting is broken
    };

    Kind kind = Kind::NotACommand;
    CommandPrefix prefix = CommandPrefix::None;
    const CommandSpec *spec = nullptr; // Known only; owned by the registry
    QString typedName;  // lowercase name as typed, e.g. "props" or "property list"
    QStringList args;   // unquoted arguments
    QString argsText;   // the text after the name as typed, trimmed
    QString error;      // Malformed only, e.g. "unterminated quote at column 14"
};

// Reads chat text as a command.
//
// A command starts with "!" or "/", and spaces may follow the prefix.
// Commands marked bare may also start with their words alone ("property list
// 5"). Such bare text counts as a command only when its argument count fits
// the command, so chat like "help me find a flat" stays chat. Names and
// aliases match case-insensitively and may be one or two words; the longer
// match wins. Arguments are split on white space. A
// "double" or 'single' quote at the start of an argument groups text up to the
// matching quote. Inside double quotes, \" and \\ stand for " and \.
// Typographic quotes (U+201C/U+201D, U+2018/U+2019), which phone keyboards
// type, pair the same way. A quote inside a word (O'Brien) is an ordinary
// character.
class CommandParser
{
public:
    explicit CommandParser(const CommandRegistry &registry)
        : m_registry(&registry)
    {
    }

    ParsedCommand parse(QStringView text) const;

    // Splits text into arguments by the rules above. Fails on a quote that is
    // never closed, naming its 1-based column.
    static Result<QStringList> tokenize(QStringView text);

private:
    const CommandRegistry *m_registry;
};

} // namespace linda
