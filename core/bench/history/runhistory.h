#pragma once

#include "comparison.h"

#include <QStringList>

#include <optional>

// The two calls a finished run makes: save it to the history, then compare
// it. Both use the history at HistoryDatabase::defaultPath().
namespace linda::bench {

// Saves run; on failure returns nullopt and sets *error. Messages about a
// damaged history file that was moved aside go to *notices.
std::optional<qint64> saveRun(const RunResult &run, QString *error, QStringList *notices = nullptr);

// Compares run with its reference. savedRunId is what saveRun() returned, or
// nullopt with --no-history. A report whose isValid() is false carries the
// reason in error (no baseline, unknown run id, unreadable history).
// Messages about a damaged history file that was moved aside go to *notices.
ComparisonReport compareWith(const RunResult &run, const CompareRequest &request,
                             std::optional<qint64> savedRunId = {}, QStringList *notices = nullptr);

} // namespace linda::bench
