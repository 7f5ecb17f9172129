#pragma once

#include "bench/history/comparison.h"
#include "bench/results.h"

#include <QString>

#include <optional>

namespace linda::ui {

enum class PageSize { A4, Letter };

struct PdfReportOptions
{
    PageSize pageSize = PageSize::A4;
    QString title; // empty: "Linda Dashboard benchmark report", translated
    bool includeCaseDetails = true; // one detail section per case
    // The run compared with earlier runs from the history. Unset: the
    // summary and the comparison section state that no comparison was made.
    std::optional<linda::bench::ComparisonReport> comparison;
};

// Writes a PDF report of result to path atomically (QSaveFile). Returns false and sets *errorMessage
// (naming the path and the reason, e.g. "cannot write /x/report.pdf: Permission denied") on failure,
// leaving no partial file. errorMessage may be null.
bool writePdfReport(const linda::bench::RunResult &result, const QString &path,
                    const PdfReportOptions &options, QString *errorMessage);

} // namespace linda::ui
