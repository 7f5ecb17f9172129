#pragma once

#include <common/phonenumber.h>

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace linda {

// A WhatsApp address such as "971501234567:12@c.us", split into its parts.
struct WhatsAppId
{
    enum class Server {
        None, // a bare wa_id as the Cloud API sends it
        User, // @c.us or @s.whatsapp.net: the user part is a phone number
        Lid, // @lid: an opaque linked-device id, never a phone number
        Group, // @g.us
        Broadcast, // @broadcast, including status@broadcast
        Other,
    };

    QStringView user; // without the device suffix
    Server server = Server::None;

    bool isStatusBroadcast() const
    {
        return server == Server::Broadcast && user == QLatin1StringView("status");
    }
    bool isPhoneNumber() const { return server == Server::User || server == Server::None; }

    static WhatsAppId parse(QStringView id);
};

// Turns WhatsApp ids into E.164 numbers through libphonenumber and caches the
// results, because the same few senders repeat on the hot path. Reentrant,
// not thread-safe: use one instance per thread.
class SenderResolver
{
public:
    explicit SenderResolver(const QString &region);

    // E.164 for a phone-number id, nullopt for @lid, group and broadcast ids
    // and for numbers libphonenumber rejects.
    std::optional<QString> e164ForId(QStringView id);
    // E.164 for a number written by a person, e.g. "+971 50 123 4567";
    // nullopt when it is not a valid number.
    std::optional<QString> e164ForText(QStringView text);

    const PhoneNumberNormalizer &normalizer() const { return m_normalizer; }

private:
    std::optional<QString> lookup(const QString &key, QStringView text);

    PhoneNumberNormalizer m_normalizer;
    QHash<QString, std::optional<QString>> m_cache;
};

} // namespace linda
