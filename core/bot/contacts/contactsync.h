#pragma once

#include "contactrecord.h"

#include "bot/store/records.h"
#include "bot/store/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace linda {

class Store;

// One number of a row in the sync report.
struct SyncNumber
{
    QString input;     // as written in the file
    QString label;     // "cell", "Mobile", ... or empty
    QString e164;      // empty when the number is invalid
    QString extension; // digits after "ext.", not stored
    QString problem;   // why the number is not imported; empty when it is
    std::optional<UpsertAction> action; // set after the sync for imported numbers

    bool imported() const { return problem.isEmpty(); }
};

// The outcome of the sync for one contact of the file.
enum class SyncAction {
    Added,     // at least one of its numbers is new in the store
    Updated,   // no new number, but the name, email or company of one changed
    Unchanged, // every number is in the store with the same details
    Duplicate, // every valid number already came earlier in the same file
    Invalid,   // no number could be imported
};

QString syncActionName(SyncAction action); // "added", "updated", ...

struct SyncRow
{
    int line = 0;
    QString name; // display name; the first number when the file has none
    bool nameIsNumber = false; // name is that fallback; a stored name is then kept
    QString email;
    QString company;
    QList<SyncNumber> numbers;
    SyncAction action = SyncAction::Invalid;
    QString reason; // for Invalid and Duplicate rows; empty otherwise
};

struct SyncTotals
{
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicate = 0;
    int invalid = 0;
    int numbersImported = 0; // distinct E.164 numbers written (or, in a dry run, checked)
    int numbersRejected = 0; // invalid and duplicate numbers
};

struct SyncReport
{
    QList<SyncRow> rows;
    bool dryRun = false;

    SyncTotals totals() const;
    // {"dryRun", "rows": [{"line", "name", "action", "reason", "numbers": [...]}], "totals": {...}}
    QJsonObject toJson() const;
};

// Normalizes, de-duplicates and upserts contacts into the store.
//
// Each valid number becomes one contact row in the store, keyed by its E.164
// form: a contact with three numbers gives three rows with the same name. A
// number that comes again later in the file is reported as a duplicate and
// the first occurrence wins. All rows are written in one transaction, so a
// failed sync changes nothing.
class ContactSync
{
public:
    // defaultRegion is the ISO 3166-1 code for numbers without a country
    // code.
    explicit ContactSync(QString defaultRegion = QStringLiteral("AE"));

    // Normalizes and de-duplicates the records without touching a store. The
    // rows have no actions yet, except Invalid and Duplicate.
    SyncReport plan(const QList<ContactRecord> &records) const;

    // Upserts the planned rows in one transaction and fills in the actions.
    // With dryRun the transaction is rolled back, so the actions describe
    // what a real sync would do and the store is unchanged. On failure nothing is
    // written and the error names the contact that failed.
    Result<SyncReport> apply(Store &store, SyncReport plan, bool dryRun = false) const;

    Result<SyncReport> sync(Store &store, const QList<ContactRecord> &records, bool dryRun = false) const
    {
        return apply(store, plan(records), dryRun);
    }

private:
    QString m_defaultRegion;
};

} // namespace linda
