#include "commandparser.h"

#include "commandregistry.h"
#include "replytext.h"

namespace linda {

namespace {

struct Token
{
    QString text;
    qsizetype start = 0; // offset in the tokenized text
    bool quoted = false;
};

// The quote that closes opening, or a null QChar when opening is no quote.
// Phones often turn typed quotes into typographic ones, so those pair too.
QChar closingQuote(QChar opening)
{
    switch (opening.unicode()) {
    case u'"':
        return u'"';
    case u'\'':
        return u'\'';
    case 0x201C: // left double quotation mark
        return QChar(0x201D);
    case 0x2018: // left single quotation mark
        return QChar(0x2019);
    default:
        return {};
    }
}

Result<QList<Token>> splitTokens(QStringView text)
{
    QList<Token> tokens;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size) {
        while (pos < size && text[pos].isSpace())
            ++pos;
        if (pos >= size)
            break;

        Token token;
        token.start = pos;
        if (const QChar close = closingQuote(text[pos]); !close.isNull()) {
            token.quoted = true;
            const bool escapes = text[pos] == u'"';
            ++pos;
            bool closed = false;
            while (pos < size) {
                const QChar c = text[pos];
                if (c == close) {
                    ++pos;
                    closed = true;
                    break;
                }
                if (escapes && c == u'\\' && pos + 1 < size
                    && (text[pos + 1] == u'"' || text[pos + 1] == u'\\')) {
                    token.text.append(text[pos + 1]);
                    pos += 2;
                    continue;
                }
                token.text.append(c);
                ++pos;
            }
            if (!closed) {
                return Result<QList<Token>>::failure(
                    replyText("unterminated quote at column %1").arg(token.start + 1));
            }
        }
        // Text right after a closing quote, or a whole unquoted word.
        while (pos < size && !text[pos].isSpace())
            token.text.append(text[pos++]);
        tokens.append(token);
    }
    return tokens;
}

QStringList tokenTexts(const QList<Token> &tokens, qsizetype from)
{
    QStringList texts;
    for (qsizetype i = from; i < tokens.size(); ++i)
        texts.append(tokens.at(i).text);
    return texts;
}

} // namespace

Result<QStringList> CommandParser::tokenize(QStringView text)
{
    const auto tokens = splitTokens(text);
    if (!tokens)
        return Result<QStringList>::failure(tokens.error());
    return tokenTexts(tokens.value(), 0);
}

ParsedCommand CommandParser::parse(QStringView text) const
{
    ParsedCommand parsed;
    QStringView rest = text.trimmed();
    if (rest.isEmpty())
        return parsed;

    if (rest.front() == u'!' || rest.front() == u'/') {
        parsed.prefix = rest.front() == u'!' ? CommandPrefix::Bang : CommandPrefix::Slash;
        rest = rest.mid(1).trimmed();
    }
    const bool prefixed = parsed.prefix != CommandPrefix::None;

    const auto tokens = splitTokens(rest);
    if (!tokens) {
        // Broken quoting in ordinary chat text is not our business.
        if (!prefixed)
            return parsed;
        parsed.kind = ParsedCommand::Kind::Malformed;
        parsed.typedName = rest.toString().section(u' ', 0, 0).toLower();
        parsed.error = tokens.error();
        return parsed;
    }
    const QList<Token> &words = tokens.value();
    if (words.isEmpty()) {
        parsed.kind = ParsedCommand::Kind::Unknown; // a prefix alone
        return parsed;
    }

    // The longer name wins: "property list" before a one-word "property".
    qsizetype nameWords = 0;
    if (words.size() >= 2 && !words[0].quoted && !words[1].quoted) {
        const QString two = words[0].text + u' ' + words[1].text;
        if ((parsed.spec = m_registry->find(two)))
            nameWords = 2;
    }
    if (!parsed.spec && !words[0].quoted && (parsed.spec = m_registry->find(words[0].text)))
        nameWords = 1;

    if (!parsed.spec) {
        if (!prefixed)
            return parsed;
        parsed.kind = ParsedCommand::Kind::Unknown;
        parsed.typedName = words[0].text.toLower();
        parsed.args = tokenTexts(words, 1);
        parsed.argsText = words.size() > 1 ? rest.mid(words[1].start).trimmed().toString() : QString();
        return parsed;
    }

    parsed.typedName = tokenTexts(words, 0).mid(0, nameWords).join(u' ').toLower();
    parsed.args = tokenTexts(words, nameWords);
    if (words.size() > nameWords)
        parsed.argsText = rest.mid(words[nameWords].start).trimmed().toString();

    if (!prefixed && !(parsed.spec->bare && parsed.spec->acceptsArgCount(parsed.args.size())))
        return ParsedCommand{};
    parsed.kind = ParsedCommand::Kind::Known;
    return parsed;
}

} // namespace linda
