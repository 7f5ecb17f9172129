#pragma once

#include "bench/results.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// Text and colour helpers shared by the parts of the PDF report writer.
namespace linda::ui {

// Translation context of every user-visible string of the PDF report.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(linda::ui::PdfReport)
};

namespace report {

// A duration given in nanoseconds, with the unit picked from its size
// ("850 ns", "12.3 µs", "4.56 ms", "1.2 s") and three significant digits.
QString formatDurationNs(double ns);

// A size in bytes with a binary unit picked from its size ("512 bytes",
// "3.5 KB", "12.4 MB"; 1 KB = 1024 bytes).
QString formatBytes(double bytes);

// A plain number with at most three significant digits and a thousands suffix
// from 10,000 up ("950", "12.3 k", "4.5 M").
QString formatNumber(double value);

// A figure in the unit a case states for its judged value ("ms", "ops/s",
// "MB", "count", "%", "bytes"); ms values go through formatDurationNs.
QString formatMeasured(double value, const QString &unit);

// "≤ 50 ms" or "≥ 500 ops/s"; an em dash when threshold is 0 (no limit).
QString formatThreshold(const bench::CaseResult &result);

// Translated verdict word, e.g. "pass".
QString verdictText(bench::Verdict verdict);

// Colour a verdict is printed in; dark enough to read on white paper.
QColor verdictColor(bench::Verdict verdict);

// Translated suite heading, e.g. "Benchmark suite".
QString suiteTitle(bench::Suite suite);

// measured / threshold, inverted for higher-is-better figures, so that 1.0
// means "at the limit" and larger is worse in both directions. 0 when the case
// has no threshold or no measured figure.
double shareOfLimit(const bench::CaseResult &result);

// Severity order for ranking: error > fail > warn > cancelled > pass > not run.
int verdictSeverity(bench::Verdict verdict);

} // namespace report
} // namespace linda::ui
