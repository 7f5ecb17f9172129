// Reply formatting shared by the built-in handlers (declared in handlers.h).

#include "handlers.h"

#include "common/logging.h"

namespace linda::handlers {

QString usageReply(const CommandRequest &request)
{
    return replyText("Usage: !%1").arg(request.spec.usage);
}

QString storeErrorReply(const QString &error)
{
    qCWarning(lcCommands) << "command failed on the store:" << error;
    return replyText("Sorry, the database failed: %1").arg(error);
}

std::optional<int> parseCount(const QString &text, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

QString groupedNumber(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return negative ? u'-' + digits : digits;
}

QString propertyLine(const Property &property)
{
    const QString rooms = property.bedrooms == 0 ? replyText("studio") : replyText("%1 BR").arg(property.bedrooms);
    return replyText("%1 · %2 · %3 · AED %4 · %5")
        .arg(property.unit, property.cluster, rooms, groupedNumber(property.priceAed),
             propertyStatusName(property.status));
}

QString contactLine(const Contact &contact)
{
    QString line = replyText("#%1 %2 · %3").arg(contact.id).arg(contact.name, contact.e164);
    if (!contact.email.isEmpty())
        line += QStringLiteral(" · ") + contact.email;
    if (!contact.company.isEmpty())
        line += QStringLiteral(" · ") + contact.company;
    return line;
}

} // namespace linda::handlers
