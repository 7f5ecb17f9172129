#include "contactsync.h"

#include "phonenumberbatch.h"

#include "bot/store/store.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QThread>

namespace linda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda", text);
}

QString upsertActionName(UpsertAction action)
{
    switch (action) {
    case UpsertAction::Added:
        return QStringLiteral("added");
    case UpsertAction::Updated:
        return QStringLiteral("updated");
    case UpsertAction::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

// Sets the action and reason of a row whose numbers are all normalized.
void classifyPlannedRow(SyncRow &row)
{
    if (row.numbers.isEmpty()) {
        row.action = SyncAction::Invalid;
        row.reason = tr("no phone number");
        return;
    }
    bool anyImported = false;
    bool anyValid = false;
    QStringList problems;
    for (const SyncNumber &number : std::as_const(row.numbers)) {
        anyImported = anyImported || number.imported();
        anyValid = anyValid || !number.e164.isEmpty();
        if (!number.imported())
            problems.append(QStringLiteral("\"%1\": %2").arg(number.input, number.problem));
    }
    if (anyImported) {
        row.action = SyncAction::Unchanged; // replaced by apply()
        return;
    }
    row.action = anyValid ? SyncAction::Duplicate : SyncAction::Invalid;
    row.reason = problems.join(QStringLiteral("; "));
}

// The action of a row from the upsert actions of its numbers: one new number
// makes the contact added, else one changed number makes it updated.
SyncAction rowActionFromNumbers(const SyncRow &row)
{
    bool updated = false;
    for (const SyncNumber &number : row.numbers) {
        if (number.action == UpsertAction::Added)
            return SyncAction::Added;
        updated = updated || number.action == UpsertAction::Updated;
    }
    return updated ? SyncAction::Updated : SyncAction::Unchanged;
}

QJsonObject numberToJson(const SyncNumber &number)
{
    QJsonObject object{
        {u"input"_qs, number.input},
        {u"label"_qs, number.label},
        {u"e164"_qs, number.e164.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(number.e164)},
        {u"action"_qs, number.action ? QJsonValue(upsertActionName(*number.action)) : QJsonValue(QJsonValue::Null)},
    };
    if (!number.extension.isEmpty())
        object.insert(u"extension"_qs, number.extension);
    if (!number.problem.isEmpty())
        object.insert(u"problem"_qs, number.problem);
    return object;
}

// Checks one normalized number against the numbers seen so far in the file.
SyncNumber planNumber(const ContactPhone &phone, const PhoneNumberResult &normalized, int line,
                      QHash<QString, int> &firstLineOfNumber)
{
    SyncNumber number;
    number.input = phone.number;
    number.label = phone.label;
    number.e164 = normalized.e164;
    number.extension = normalized.extension;
    if (!normalized.isValid()) {
        number.problem = normalized.errorString();
        return number;
    }
    const auto first = firstLineOfNumber.constFind(normalized.e164);
    if (first == firstLineOfNumber.cend())
        firstLineOfNumber.insert(normalized.e164, line);
    else if (*first == line)
        number.problem = tr("the same number is listed earlier in this contact");
    else
        number.problem = tr("the same number is already on line %1").arg(*first);
    return number;
}

Status rowFailure(const SyncRow &row, const SyncNumber &number, const QString &error)
{
    return Status::failure(tr("line %1, %2 (%3): %4").arg(row.line).arg(row.name, number.e164, error));
}

// A contact without a name is shown and stored under its first valid number.
QString firstValidNumber(const SyncRow &row)
{
    for (const SyncNumber &number : row.numbers) {
        if (!number.e164.isEmpty())
            return number.e164;
    }
    return {};
}

} // namespace

QString syncActionName(SyncAction action)
{
    switch (action) {
    case SyncAction::Added:
        return QStringLiteral("added");
    case SyncAction::Updated:
        return QStringLiteral("updated");
    case SyncAction::Unchanged:
        return QStringLiteral("unchanged");
    case SyncAction::Duplicate:
        return QStringLiteral("duplicate");
    case SyncAction::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

SyncTotals SyncReport::totals() const
{
    SyncTotals totals;
    totals.rows = int(rows.size());
    for (const SyncRow &row : rows) {
        switch (row.action) {
        case SyncAction::Added:
            ++totals.added;
            break;
        case SyncAction::Updated:
            ++totals.updated;
            break;
        case SyncAction::Unchanged:
            ++totals.unchanged;
            break;
        case SyncAction::Duplicate:
            ++totals.duplicate;
            break;
        case SyncAction::Invalid:
            ++totals.invalid;
            break;
        }
        for (const SyncNumber &number : row.numbers)
            ++(number.imported() ? totals.numbersImported : totals.numbersRejected);
    }
    return totals;
}

QJsonObject SyncReport::toJson() const
{
    QJsonArray jsonRows;
    for (const SyncRow &row : rows) {
        QJsonArray numbers;
        for (const SyncNumber &number : row.numbers)
            numbers.append(numberToJson(number));
        QJsonObject object{
            {u"line"_qs, row.line},
            {u"name"_qs, row.name},
            {u"action"_qs, syncActionName(row.action)},
            {u"numbers"_qs, numbers},
        };
        if (!row.reason.isEmpty())
            object.insert(u"reason"_qs, row.reason);
        jsonRows.append(object);
    }
    const SyncTotals sums = totals();
    const QJsonObject jsonTotals{
        {u"rows"_qs, sums.rows},
        {u"added"_qs, sums.added},
        {u"updated"_qs, sums.updated},
        {u"unchanged"_qs, sums.unchanged},
        {u"duplicate"_qs, sums.duplicate},
        {u"invalid"_qs, sums.invalid},
        {u"numbersImported"_qs, sums.numbersImported},
        {u"numbersRejected"_qs, sums.numbersRejected},
    };
    return QJsonObject{{u"dryRun"_qs, dryRun}, {u"rows"_qs, jsonRows}, {u"totals"_qs, jsonTotals}};
}

ContactSync::ContactSync(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
{
}

SyncReport ContactSync::plan(const QList<ContactRecord> &records) const
{
    // Normalize every distinct number first, in parallel for large files.
    PhoneNumberBatch batch(m_defaultRegion);
    QList<qsizetype> batchIndex; // one per phone, in file order
    for (const ContactRecord &record : records) {
        for (const ContactPhone &phone : record.phones)
            batchIndex.append(batch.add(phone.number));
    }
    batch.run(QThread::idealThreadCount());

    QHash<QString, int> firstLineOfNumber; // E.164 -> line of the row that imports it
    firstLineOfNumber.reserve(batch.size());
    SyncReport report;
    report.rows.reserve(records.size());
    qsizetype phoneIndex = 0;
    for (const ContactRecord &record : records) {
        SyncRow row;
        row.line = record.line;
        row.name = record.displayName();
        row.email = record.emails.value(0);
        row.company = record.organization;
        for (const ContactPhone &phone : record.phones) {
            const PhoneNumberResult &normalized = batch.result(batchIndex[phoneIndex++]);
            row.numbers.append(planNumber(phone, normalized, row.line, firstLineOfNumber));
        }
        if (row.name.isEmpty()) {
            row.name = firstValidNumber(row);
            row.nameIsNumber = true;
        }
        classifyPlannedRow(row);
        report.rows.append(std::move(row));
    }
    qCDebug(lcContacts) << "planned" << records.size() << "contacts with" << batchIndex.size() << "numbers,"
                        << batch.size() << "distinct";
    return report;
}

Result<SyncReport> ContactSync::apply(Store &store, SyncReport report, bool dryRun) const
{
    report.dryRun = dryRun;
    bool allWritten = false;
    const Status status = store.transaction([&]() -> Status {
        ContactRepository contacts = store.contacts();
        for (SyncRow &row : report.rows) {
            for (SyncNumber &number : row.numbers) {
                if (!number.imported())
                    continue;
                Contact contact;
                contact.name = row.name;
                contact.e164 = number.e164;
                contact.email = row.email;
                contact.company = row.company;
                // A card without a name must not rename a stored contact to
                // its number.
                const Result<UpsertAction> action = contacts.upsert(
                    contact, row.nameIsNumber ? ContactRepository::UpsertName::KeepStored
                                              : ContactRepository::UpsertName::Replace);
                if (!action)
                    return rowFailure(row, number, action.error());
                number.action = action.value();
            }
        }
        allWritten = true;
        // A dry run rolls back what it wrote; the store's own upsert decided
        // every action, so the report matches what a real sync would do.
        return dryRun ? Status::failure(QCoreApplication::translate("linda", "dry run")) : Status();
    });
    if (!status && !(dryRun && allWritten)) {
        qCWarning(lcContacts) << "contact sync into" << store.path() << "failed and was rolled back:"
                              << status.error();
        return Result<SyncReport>::failure(status.error());
    }

    for (SyncRow &row : report.rows) {
        if (row.action == SyncAction::Invalid || row.action == SyncAction::Duplicate)
            continue;
        row.action = rowActionFromNumbers(row);
    }
    return report;
}

} // namespace linda
