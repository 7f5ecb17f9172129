#pragma once

#include "bench/history/comparison.h"
#include "bench/results.h"
#include "reportcharts.h"

#include <QList>
#include <QString>

// The report's content as rich text (HTML for QTextDocument) and chart data,
// built from a finished run. Nothing here paints or splits pages.
namespace linda::ui::report {

struct TitleInfo
{
    QString title;          // the report title, e.g. "Linda Dashboard benchmark report"
    QString productVersion; // version of the dashboard writing the report
};

QString titlePageHtml(const bench::RunResult &result, const TitleInfo &info);
QString environmentHtml(const bench::Environment &environment);

// Counts per verdict, the worst cases and the regressions found by the
// comparison with earlier runs. comparison is null when none was made.
QString summaryHtml(const bench::RunResult &result, const bench::ComparisonReport *comparison = nullptr);

// The comparison with earlier runs: the run or runs compared against, the
// rule, and per case the reference and current medians, the change, the
// p-value and the verdict. Without a comparison (null) or with a failed
// one, a paragraph states that and the reason.
QString comparisonHtml(const bench::RunResult &result, const bench::ComparisonReport *comparison);

// Cases of one suite in run order: percentiles, throughput, measured figure,
// threshold and verdict. Empty when the run has no case of that suite.
QString suiteTableHtml(const bench::RunResult &result, bench::Suite suite);

// Statistics, verdict and reason, error, baseline, metrics, parameters and
// warnings of one case.
QString caseDetailHtml(const bench::CaseResult &result);

// Ratio median / expected against the tolerance, for cases with a baseline.
QString baselineHtml(const bench::RunResult &result);

// The thresholds and baseline entries the run's verdicts used.
QString appendixHtml(const bench::RunResult &result);

// Latency percentiles of every case with samples in nanoseconds, against
// each case's limit; split into charts of at most maxRows rows.
QList<RowChart> latencyCharts(const bench::RunResult &result, int maxRows);

// Median throughput with its confidence interval, against minimum rates.
QList<RowChart> throughputCharts(const bench::RunResult &result, int maxRows);

// Heap (or any memory) series of the memory suite in MB against the case's
// limit. Series with a unit other than bytes, KB or MB are left out.
QList<LineChart> heapGrowthCharts(const bench::RunResult &result);

// Every series of a case outside those shown by heapGrowthCharts, e.g. a
// scaling curve or queue depth over time.
QList<LineChart> caseSeriesCharts(const bench::CaseResult &result);

// True when heapGrowthCharts draws series of this case.
bool hasHeapSeries(const bench::CaseResult &result);

} // namespace linda::ui::report
