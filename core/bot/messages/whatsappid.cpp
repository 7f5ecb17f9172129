#include "whatsappid.h"

namespace linda {

namespace {

// Bounds the cache so a replay of millions of distinct senders cannot grow
// it without limit; clearing it only costs fresh libphonenumber calls.
constexpr qsizetype MaxCachedSenders = 8192;

WhatsAppId::Server serverFromName(QStringView name)
{
    if (name == QLatin1StringView("c.us") || name == QLatin1StringView("s.whatsapp.net"))
        return WhatsAppId::Server::User;
    if (name == QLatin1StringView("lid"))
        return WhatsAppId::Server::Lid;
    if (name == QLatin1StringView("g.us"))
        return WhatsAppId::Server::Group;
    if (name == QLatin1StringView("broadcast"))
        return WhatsAppId::Server::Broadcast;
    return WhatsAppId::Server::Other;
}

} // namespace

WhatsAppId WhatsAppId::parse(QStringView id)
{
    WhatsAppId result;
    const qsizetype at = id.indexOf(u'@');
    QStringView user = id;
    if (at >= 0) {
        user = id.left(at);
        result.server = serverFromName(id.mid(at + 1));
    }
    // "971501234567:12" names device 12 of the account; multi-device ids may
    // also carry an agent as "971501234567.0:12". Neither is part of the number.
    if (result.server != Server::Group) {
        const qsizetype colon = user.indexOf(u':');
        if (colon >= 0)
            user = user.left(colon);
        const qsizetype dot = user.indexOf(u'.');
        if (dot >= 0)
            user = user.left(dot);
    }
    result.user = user;
    return result;
}

SenderResolver::SenderResolver(const QString &region)
    : m_normalizer(region)
{
}

std::optional<QString> SenderResolver::e164ForId(QStringView id)
{
    const WhatsAppId parsed = WhatsAppId::parse(id);
    if (!parsed.isPhoneNumber() || parsed.user.isEmpty())
        return std::nullopt;
    for (const QChar c : parsed.user) {
        if (!c.isDigit())
            return std::nullopt;
    }
    // The user part of a WhatsApp id is the full international number
    // without the leading "+".
    const QString key = u'+' + parsed.user.toString();
    return lookup(key, key);
}

std::optional<QString> SenderResolver::e164ForText(QStringView text)
{
    const QString key = text.toString();
    return lookup(key, text);
}

std::optional<QString> SenderResolver::lookup(const QString &key, QStringView text)
{
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;

    std::optional<QString> e164;
    const PhoneNumberResult result = m_normalizer.normalize(text);
    if (result.isValid())
        e164 = result.e164;
    if (m_cache.size() >= MaxCachedSenders)
        m_cache.clear();
    m_cache.insert(key, e164);
    return e164;
}

} // namespace linda
