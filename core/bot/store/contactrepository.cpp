#include "contactrepository.h"

#include "store.h"
#include "storeconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace linda {

namespace {

using detail::QueryFinisher;
using detail::failed;
using detail::failedStatus;
using detail::StoreConnection;

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::ContactRepository", text);
}

// Column lists are spliced into the SQL text at compile time, so each
// statement is one literal and the per-call statement lookup allocates nothing.
#define LINDA_CONTACT_COLUMNS "id, name, e164, email, company, created_at, updated_at"

Contact readContact(const QSqlQuery &query)
{
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.name = query.value(1).toString();
    contact.e164 = query.value(2).toString();
    contact.email = query.value(3).toString();
    contact.company = query.value(4).toString();
    contact.createdAt = detail::fromEpochMs(query.value(5).toLongLong());
    contact.updatedAt = detail::fromEpochMs(query.value(6).toLongLong());
    return contact;
}

Result<QList<Contact>> readContacts(QSqlQuery *query)
{
    QueryFinisher finisher(query);
    QList<Contact> contacts;
    while (query->next())
        contacts.append(readContact(*query));
    return contacts;
}

} // namespace

Result<std::optional<Contact>> ContactRepository::findById(qint64 id)
{
    using R = Result<std::optional<Contact>>;
    const auto failedAction = [&] { return tr("cannot read contact %1").arg(id); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<std::optional<Contact>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_CONTACT_COLUMNS " FROM contacts WHERE id = ?"), {id});
    if (!query)
        return failed<std::optional<Contact>>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    if (!query.value()->next())
        return R(std::nullopt);
    return R(readContact(*query.value()));
}

Result<std::optional<Contact>> ContactRepository::findByE164(const QString &e164)
{
    using R = Result<std::optional<Contact>>;
    const auto failedAction = [&] { return tr("cannot look up number %1").arg(e164); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<std::optional<Contact>>(failedAction(), connection.error());
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_CONTACT_COLUMNS " FROM contacts WHERE e164 = ?"), {detail::boundText(e164)});
    if (!query)
        return failed<std::optional<Contact>>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    if (!query.value()->next())
        return R(std::nullopt);
    return R(readContact(*query.value()));
}

Result<QList<Contact>> ContactRepository::search(const QString &text, int limit)
{
    const auto failedAction = [&] { return tr("cannot search contacts for \"%1\"").arg(text); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<QList<Contact>>(failedAction(), connection.error());
    const QString pattern = detail::likeContainsPattern(text);
    const auto query = connection.value()->exec(
        QStringLiteral("SELECT " LINDA_CONTACT_COLUMNS " FROM contacts"
                       " WHERE name LIKE ? ESCAPE '\\' OR e164 LIKE ? ESCAPE '\\'"
                       " OR email LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\'"
                       " ORDER BY name COLLATE NOCASE, id LIMIT ?"),
        {pattern, pattern, pattern, pattern, qMax(0, limit)});
    if (!query)
        return failed<QList<Contact>>(failedAction(), query.error());
    return readContacts(query.value());
}

Result<Contact> ContactRepository::insert(const Contact &contact)
{
    const auto failedAction = [&] { return tr("cannot add contact %1").arg(contact.e164); };
    if (contact.name.trimmed().isEmpty())
        return failed<Contact>(failedAction(), tr("the name is empty"));
    if (contact.e164.isEmpty())
        return failed<Contact>(failedAction(), tr("the phone number is empty"));

    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<Contact>(failedAction(), connection.error());
    const auto existing = findByE164(contact.e164);
    if (!existing)
        return Result<Contact>::failure(existing.error());
    if (existing.value()) {
        return failed<Contact>(failedAction(), tr("the number belongs to contact %1 (%2)")
                                         .arg(existing.value()->id)
                                         .arg(existing.value()->name));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto query = connection.value()->exec(
        QStringLiteral("INSERT INTO contacts (name, e164, email, company, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {detail::boundText(contact.name), detail::boundText(contact.e164), detail::boundText(contact.email), detail::boundText(contact.company), now,
         now});
    if (!query)
        return failed<Contact>(failedAction(), query.error());
    Contact inserted = contact;
    inserted.id = query.value()->lastInsertId().toLongLong();
    query.value()->finish();
    inserted.createdAt = detail::fromEpochMs(now);
    inserted.updatedAt = inserted.createdAt;
    return inserted;
}

Status ContactRepository::update(qint64 id, ContactField field, const QString &value)
{
    const auto failedAction = [&] { return tr("cannot change the %1 of contact %2").arg(contactFieldName(field)).arg(id); };
    if ((field == ContactField::Name || field == ContactField::Phone) && value.trimmed().isEmpty())
        return failedStatus(failedAction(), tr("the new value is empty"));

    const auto connection = m_store->threadConnection();
    if (!connection)
        return failedStatus(failedAction(), connection.error());

    if (field == ContactField::Phone) {
        const auto owner = findByE164(value);
        if (!owner)
            return Status::failure(owner.error());
        if (owner.value() && owner.value()->id != id) {
            return Status::failure(failedAction() + QStringLiteral(": ")
                                   + tr("%1 belongs to contact %2 (%3)")
                                         .arg(value)
                                         .arg(owner.value()->id)
                                         .arg(owner.value()->name));
        }
    }

    // Column names come from the enum, never from input.
    static const QString statements[] = {
        QStringLiteral("UPDATE contacts SET name = ?, updated_at = ? WHERE id = ?"),
        QStringLiteral("UPDATE contacts SET e164 = ?, updated_at = ? WHERE id = ?"),
        QStringLiteral("UPDATE contacts SET email = ?, updated_at = ? WHERE id = ?"),
        QStringLiteral("UPDATE contacts SET company = ?, updated_at = ? WHERE id = ?"),
    };
    const auto query = connection.value()->exec(
        statements[static_cast<int>(field)], {detail::boundText(value), QDateTime::currentMSecsSinceEpoch(), id});
    if (!query)
        return failedStatus(failedAction(), query.error());
    const int changed = query.value()->numRowsAffected();
    query.value()->finish();
    if (changed == 0)
        return failedStatus(failedAction(), tr("no contact has id %1").arg(id));
    return {};
}

Status ContactRepository::remove(qint64 id)
{
    const auto failedAction = [&] { return tr("cannot delete contact %1").arg(id); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failedStatus(failedAction(), connection.error());

    const auto tenancies = connection.value()->exec(
        QStringLiteral("SELECT COUNT(*) FROM tenancies WHERE tenant_contact_id = ?"), {id});
    if (!tenancies)
        return failedStatus(failedAction(), tenancies.error());
    qint64 tenancyCount = 0;
    {
        QueryFinisher finisher(tenancies.value());
        if (tenancies.value()->next())
            tenancyCount = tenancies.value()->value(0).toLongLong();
    }
    if (tenancyCount > 0) {
        return Status::failure(failedAction() + QStringLiteral(": ")
                               + tr("the contact is the tenant in %1 tenancy record(s); end those tenancies first").arg(tenancyCount));
    }

    const auto query =
        connection.value()->exec(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {id});
    if (!query)
        return failedStatus(failedAction(), query.error());
    const int changed = query.value()->numRowsAffected();
    query.value()->finish();
    if (changed == 0)
        return failedStatus(failedAction(), tr("no contact has id %1").arg(id));
    return {};
}

Result<qint64> ContactRepository::count()
{
    const auto failedAction = [&] { return tr("cannot count contacts"); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<qint64>(failedAction(), connection.error());
    const auto query = connection.value()->exec(QStringLiteral("SELECT COUNT(*) FROM contacts"));
    if (!query)
        return failed<qint64>(failedAction(), query.error());
    QueryFinisher finisher(query.value());
    return query.value()->next() ? query.value()->value(0).toLongLong() : 0;
}

Result<ContactStats> ContactRepository::stats()
{
    const auto failedAction = [&] { return tr("cannot compute contact statistics"); };
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<ContactStats>(failedAction(), connection.error());

    constexpr qint64 weekMs = 7LL * 24 * 60 * 60 * 1000;
    const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - weekMs;
    ContactStats stats;
    {
        const auto query = connection.value()->exec(
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(email <> ''), 0),"
                           " COALESCE(SUM(company <> ''), 0), COALESCE(SUM(created_at >= ?), 0)"
                           " FROM contacts"),
            {weekAgo});
        if (!query)
            return failed<ContactStats>(failedAction(), query.error());
        QueryFinisher finisher(query.value());
        if (query.value()->next()) {
            stats.total = query.value()->value(0).toLongLong();
            stats.withEmail = query.value()->value(1).toLongLong();
            stats.withCompany = query.value()->value(2).toLongLong();
            stats.addedLast7Days = query.value()->value(3).toLongLong();
        }
    }

    const auto top = connection.value()->exec(
        QStringLiteral("SELECT company, COUNT(*) AS n FROM contacts WHERE company <> ''"
                       " GROUP BY company ORDER BY n DESC, company LIMIT 5"));
    if (!top)
        return failed<ContactStats>(failedAction(), top.error());
    QueryFinisher finisher(top.value());
    while (top.value()->next())
        stats.topCompanies.append({top.value()->value(0).toString(), top.value()->value(1).toLongLong()});
    return stats;
}

// One statement for a new number, two for a known one. The INSERT does
// nothing when the number exists; the UPDATE changes the row only when a
// given field differs. Their affected-row counts tell added, updated and
// unchanged apart without reading the row first.
Result<UpsertAction> ContactRepository::upsert(const Contact &contact, UpsertName nameRule)
{
    const auto failedAction = [&] { return tr("cannot save contact %1").arg(contact.e164); };
    if (contact.e164.isEmpty())
        return failed<UpsertAction>(failedAction(), tr("the phone number is empty"));
    const auto connection = m_store->threadConnection();
    if (!connection)
        return failed<UpsertAction>(failedAction(), connection.error());

    const bool hasName = !contact.name.trimmed().isEmpty();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant name = detail::boundText(contact.name);
    const QVariant e164 = detail::boundText(contact.e164);
    const QVariant email = detail::boundText(contact.email);
    const QVariant company = detail::boundText(contact.company);
    if (hasName) {
        const auto inserted = connection.value()->exec(
            QStringLiteral("INSERT INTO contacts (name, e164, email, company, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (e164) DO NOTHING"),
            {name, e164, email, company, now, now});
        if (!inserted)
            return failed<UpsertAction>(failedAction(), inserted.error());
        const int added = inserted.value()->numRowsAffected();
        inserted.value()->finish();
        if (added == 1)
            return UpsertAction::Added;
    }

    // Only fields the caller knows replace stored ones: an empty email in a
    // sync file does not erase the one typed in by hand, and a name that is
    // only a stand-in (UpsertName::KeepStored) does not rename anybody.
    const bool keepName = !hasName || nameRule == UpsertName::KeepStored;
    const auto updated = connection.value()->exec(
        QStringLiteral("UPDATE contacts SET"
                       " name = CASE WHEN ? THEN name ELSE ? END,"
                       " email = CASE WHEN ? = '' THEN email ELSE ? END,"
                       " company = CASE WHEN ? = '' THEN company ELSE ? END,"
                       " updated_at = ?"
                       " WHERE e164 = ? AND ((NOT ? AND name IS NOT ?)"
                       " OR (? <> '' AND email IS NOT ?) OR (? <> '' AND company IS NOT ?))"),
        {keepName, name, email, email, company, company, now, e164, keepName, name, email, email, company, company});
    if (!updated)
        return failed<UpsertAction>(failedAction(), updated.error());
    const int changed = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (changed == 1)
        return UpsertAction::Updated;
    if (hasName)
        return UpsertAction::Unchanged; // the INSERT above found the number

    // No name and nothing changed: the number may be new, which needs a name.
    const auto existing = findByE164(contact.e164);
    if (!existing)
        return Result<UpsertAction>::failure(existing.error());
    if (!existing.value())
        return failed<UpsertAction>(failedAction(), tr("the name is empty"));
    return UpsertAction::Unchanged;
}

Result<QList<UpsertAction>> ContactRepository::upsertMany(const QList<Contact> &contacts)
{
    QList<UpsertAction> actions;
    actions.reserve(contacts.size());
    const Status status = m_store->transaction([&]() -> Status {
        for (const Contact &contact : contacts) {
            const auto action = upsert(contact);
            if (!action)
                return Status::failure(action.error());
            actions.append(action.value());
        }
        return {};
    });
    if (!status)
        return Result<QList<UpsertAction>>::failure(status.error());
    return actions;
}

} // namespace linda
