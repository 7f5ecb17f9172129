#pragma once

#include <QString>

namespace linda {

// Text the bot sends to a WhatsApp chat. Replies reach customers, so they stay
// in English whatever language the dashboard shows: they bypass the
// translator, and lupdate does not extract them because the call is not tr().
// As with tr(), "%n" is replaced by n when n is not negative.
inline QString replyText(const char *text, int n = -1)
{
    QString result = QString::fromUtf8(text);
    if (n >= 0)
        result.replace(QStringLiteral("%n"), QString::number(n));
    return result;
}

} // namespace linda
