#include "records.h"

namespace linda {

std::optional<ContactField> contactFieldFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"name")
        return ContactField::Name;
    if (key == u"phone" || key == u"number" || key == u"e164")
        return ContactField::Phone;
    if (key == u"email")
        return ContactField::Email;
    if (key == u"company")
        return ContactField::Company;
    return std::nullopt;
}

QString contactFieldName(ContactField field)
{
    switch (field) {
    case ContactField::Name:
        return QStringLiteral("name");
    case ContactField::Phone:
        return QStringLiteral("phone");
    case ContactField::Email:
        return QStringLiteral("email");
    case ContactField::Company:
        return QStringLiteral("company");
    }
    return {};
}

QString propertyStatusName(PropertyStatus status)
{
    return status == PropertyStatus::Rented ? QStringLiteral("rented") : QStringLiteral("available");
}

std::optional<PropertyStatus> propertyStatusFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"available")
        return PropertyStatus::Available;
    if (key == u"rented")
        return PropertyStatus::Rented;
    return std::nullopt;
}

} // namespace linda
