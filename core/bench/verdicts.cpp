#include "verdicts.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace linda::bench {

namespace {

QString trVerdict(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

int rank(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotRun:
    case Verdict::Cancelled:
        return 0;
    case Verdict::Pass:
        return 1;
    case Verdict::Warn:
        return 2;
    case Verdict::Fail:
        return 3;
    case Verdict::Error:
        return 4;
    }
    return 0;
}

QString formatFigure(double value)
{
    // Up to four significant digits keeps 0.0123 ms and 12345 ops/s readable.
    // The figure is part of a translated sentence, so it follows the locale.
    return QLocale().toString(value, 'g', value >= 10000 ? 8 : 4);
}

} // namespace

Verdict judge(double measured, double limit, bool higherIsBetter, bool warnZone)
{
    if (higherIsBetter) {
        if (measured < limit)
            return Verdict::Fail;
        return !warnZone || limit <= kWarnShare * measured ? Verdict::Pass : Verdict::Warn;
    }
    if (measured > limit)
        return Verdict::Fail;
    if (!warnZone || limit == 0)
        return Verdict::Pass; // measured == 0 against an exact bound
    return measured <= kWarnShare * limit ? Verdict::Pass : Verdict::Warn;
}

Verdict worseVerdict(Verdict a, Verdict b)
{
    return rank(b) > rank(a) ? b : a;
}

CheckResult makeCheck(const QString &name, const QString &unit, double measured, double limit,
                      bool higherIsBetter, const QString &source)
{
    CheckResult check;
    check.name = name;
    check.unit = unit;
    check.measured = measured;
    check.limit = limit;
    check.higherIsBetter = higherIsBetter;
    check.source = source;
    check.verdict = judge(measured, limit, higherIsBetter);
    return check;
}

CheckResult makeCountCheck(const QString &name, double measured, double limit, bool higherIsBetter,
                           const QString &source)
{
    CheckResult check = makeCheck(name, u"count"_qs, measured, limit, higherIsBetter, source);
    check.warnZone = false;
    check.verdict = judge(measured, limit, higherIsBetter, false);
    return check;
}

Verdict judgeBaseline(double ratio, double tolerancePercent)
{
    return ratio <= 1.0 + tolerancePercent / 100.0 ? Verdict::Pass : Verdict::Fail;
}

Severity severityForChange(double relativeChange)
{
    if (relativeChange >= 0.20)
        return Severity::Critical;
    if (relativeChange >= 0.10)
        return Severity::High;
    if (relativeChange >= 0.05)
        return Severity::Medium;
    return Severity::None;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return QStringLiteral("none");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return trVerdict("none");
    case Severity::Medium:
        return trVerdict("medium");
    case Severity::High:
        return trVerdict("high");
    case Severity::Critical:
        return trVerdict("critical");
    }
    return {};
}

namespace {

// How far a check's figure is inside its limit, as a factor: 1 at the
// limit, larger the more room is left.
double margin(const CheckResult &check)
{
    if (check.limit <= 0 || check.measured <= 0)
        return std::numeric_limits<double>::infinity();
    return check.higherIsBetter ? check.measured / check.limit : check.limit / check.measured;
}

} // namespace

const CheckResult *decidingCheck(const CaseResult &result)
{
    const CheckResult *deciding = nullptr;
    for (const CheckResult &check : result.checks) {
        if (!deciding || rank(check.verdict) > rank(deciding->verdict)
            || (check.verdict == Verdict::Pass && deciding->verdict == Verdict::Pass
                && margin(check) < margin(*deciding)))
            deciding = &check;
    }
    return deciding;
}

void applyChecks(CaseResult &result)
{
    if (result.verdict == Verdict::Error || result.verdict == Verdict::Cancelled)
        return;
    Verdict verdict = Verdict::Pass;
    for (const CheckResult &check : std::as_const(result.checks))
        verdict = worseVerdict(verdict, check.verdict);
    const CheckResult *deciding = decidingCheck(result);
    result.verdict = verdict;
    if (!deciding) {
        result.verdictReason = trVerdict("No limit applies; the figures are reported only.");
        return;
    }
    const QString relation = deciding->higherIsBetter ? trVerdict("minimum") : trVerdict("maximum");
    if (deciding->unit == u"ratio" || deciding->unit == u"count") {
        // A ratio or a count has no unit to repeat after each figure.
        result.verdictReason = trVerdict("%1 %2 against a %3 of %4.")
                                   .arg(deciding->name, formatFigure(deciding->measured), relation,
                                        formatFigure(deciding->limit));
        return;
    }
    result.verdictReason = trVerdict("%1 %2 %3 against a %4 of %5 %3.")
                               .arg(deciding->name, formatFigure(deciding->measured), deciding->unit,
                                    relation, formatFigure(deciding->limit));
}

} // namespace linda::bench
