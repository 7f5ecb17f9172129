#pragma once

#include "results.h"

// Verdict rules. A figure passes when it keeps at least 20 % headroom to its
// limit, warns when it uses 80-100 % of the limit, and fails beyond it.
namespace linda::bench {

// Share of a maximum above which a passing figure becomes a warning.
inline constexpr double kWarnShare = 0.8;

// Judges a figure against a maximum (higherIsBetter false: pass up to 80 %
// of the limit, warn up to 100 %, fail above) or a minimum (higherIsBetter
// true: pass when the limit is at most 80 % of the figure, warn down to the
// limit, fail below it). Without warnZone, any figure within the limit
// passes. A maximum of 0 passes only 0.
Verdict judge(double measured, double limit, bool higherIsBetter, bool warnZone = true);

// The worse of two verdicts in the order pass < warn < fail < error;
// cancelled and not-run rank below pass, so one finished check decides.
Verdict worseVerdict(Verdict a, Verdict b);

// Builds and judges one check of a performance limit (with a warn zone).
CheckResult makeCheck(const QString &name, const QString &unit, double measured, double limit,
                      bool higherIsBetter, const QString &source = {});
// Builds and judges one check of a count that must be reached or must not
// be exceeded, without a warn zone.
CheckResult makeCountCheck(const QString &name, double measured, double limit, bool higherIsBetter,
                           const QString &source = {});

// Ratio of a median to the expected value, and whether it is within the
// tolerance: pass when ratio <= 1 + tolerancePercent / 100, else fail.
Verdict judgeBaseline(double ratio, double tolerancePercent);

// Severity of a slowdown against the baseline: the relative change
// (ratio - 1) reaches 5 % medium, 10 % high, 20 % critical.
enum class Severity { None, Medium, High, Critical };
Severity severityForChange(double relativeChange);
QString severityName(Severity severity); // "none", "medium", "high", "critical"
QString severityLabel(Severity severity); // translated, for display

// Sets result.verdict to the worst of result.checks (pass when there are
// none and nothing failed) and result.verdictReason to a sentence naming the
// deciding check.
void applyChecks(CaseResult &result);

// The check that explains the case's verdict: the first check with the
// worst verdict, and when every check passed, the one closest to its limit
// (the strictest the case met). Null when the case has no checks.
const CheckResult *decidingCheck(const CaseResult &result);

} // namespace linda::bench
