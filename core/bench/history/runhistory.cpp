#include "runhistory.h"

#include "historydatabase.h"

namespace linda::bench {

std::optional<qint64> saveRun(const RunResult &run, QString *error, QStringList *notices)
{
    HistoryDatabase db;
    const bool opened = db.open();
    if (notices)
        *notices << db.notices();
    std::optional<qint64> id = opened ? db.saveRun(run) : std::nullopt;
    if (!id && error)
        *error = db.errorString();
    return id;
}

ComparisonReport compareWith(const RunResult &run, const CompareRequest &request, std::optional<qint64> savedRunId,
                             QStringList *notices)
{
    HistoryDatabase db;
    const bool opened = db.open();
    if (notices)
        *notices << db.notices();
    if (!opened) {
        ComparisonReport report;
        report.request = request;
        report.error = db.errorString();
        return report;
    }
    return compareRun(db, run, request, savedRunId);
}

} // namespace linda::bench
