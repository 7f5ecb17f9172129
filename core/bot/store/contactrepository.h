#pragma once

#include "bot/store/records.h"
#include "bot/store/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace linda {

class Store;

// The contacts table. Every call runs on the calling thread's connection and
// takes part in a surrounding Store::transaction() on that thread.
// Phone numbers are expected in E.164 already; normalizing is the caller's job
// (see PhoneNumberNormalizer).
class ContactRepository
{
public:
    explicit ContactRepository(Store &store)
        : m_store(&store)
    {
    }

    // Point reads by key; an empty optional when no row matches.
    Result<std::optional<Contact>> findById(qint64 id);
    Result<std::optional<Contact>> findByE164(const QString &e164);

    // Contacts whose name, number, email or company contains text
    // (case-insensitive for ASCII letters), ordered by name, at most limit.
    // '%' and '_' in text match themselves.
    Result<QList<Contact>> search(const QString &text, int limit = 20);

    // Inserts a new contact and returns it with id and timestamps set. Fails
    // with a message naming the number when it is already in the store.
    Result<Contact> insert(const Contact &contact);

    // Sets one field of contact id; fails when no contact has that id, or
    // when a Phone value is already another contact's number.
    Status update(qint64 id, ContactField field, const QString &value);

    // Deletes contact id; fails when no contact has that id.
    Status remove(qint64 id);

    Result<qint64> count();
    Result<ContactStats> stats();

    // Inserts the contact or, when its number exists, updates name, email and
    // company to the given non-empty values. With UpsertName::KeepStored the
    // name is used only for a new contact, e.g. a number standing in for a
    // card without a name. Returns what happened. Meant for contact sync
    // inside the caller's Store::transaction().
    enum class UpsertName { Replace, KeepStored };
    Result<UpsertAction> upsert(const Contact &contact, UpsertName nameRule = UpsertName::Replace);

    // Upserts every contact in one transaction (or in the caller's), stopping
    // at the first failure, which rolls back all of them. Returns one action
    // per input contact, in order.
    Result<QList<UpsertAction>> upsertMany(const QList<Contact> &contacts);

private:
    Store *m_store;
};

} // namespace linda
