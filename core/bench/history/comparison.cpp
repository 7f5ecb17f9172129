#include "comparison.h"

#include "historydatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace linda::bench {

namespace {

QString trCompare(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

QString percent(double change)
{
    return (change >= 0 ? u"+"_qs : QString()) + QString::number(change * 100.0, 'f', 1) + u" %"_qs;
}

QString pValueText(double p)
{
    return p < 0.0001 ? u"<0.0001"_qs : QString::number(p, 'f', 4);
}

QString verdictText(const CaseComparison &c)
{
    if (c.kind == ChangeKind::Regression)
        return changeKindLabel(c.kind) + u" ("_qs + severityLabel(c.severity) + u')';
    return changeKindLabel(c.kind);
}

// Lines of left-aligned columns separated by two spaces.
QString formatColumns(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i));
        text += line + u'\n';
    }
    return text;
}

} // namespace

std::optional<CompareRequest> parseCompareRequest(const QString &text, QString *error)
{
    CompareRequest request;
    if (text.compare(u"previous"_qs, Qt::CaseInsensitive) == 0) {
        request.target = CompareTarget::Previous;
        return request;
    }
    if (text.compare(u"baseline"_qs, Qt::CaseInsensitive) == 0) {
        request.target = CompareTarget::Baseline;
        return request;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        if (error)
            *error = trCompare("'%1' is not a comparison target; use previous, baseline or a run id from "
                               "'history list'.")
                         .arg(text);
        return std::nullopt;
    }
    request.target = CompareTarget::RunId;
    request.runId = id;
    return request;
}

QString compareTargetName(CompareTarget target)
{
    switch (target) {
    case CompareTarget::Previous:
        return QStringLiteral("previous");
    case CompareTarget::Baseline:
        return QStringLiteral("baseline");
    case CompareTarget::RunId:
        return QStringLiteral("run");
    }
    return {};
}

int ComparisonReport::count(ChangeKind kind) const
{
    return int(std::count_if(cases.begin(), cases.end(), [kind](const CaseComparison &c) { return c.kind == kind; }));
}

int ComparisonReport::count(Severity severity) const
{
    return int(std::count_if(cases.begin(), cases.end(), [severity](const CaseComparison &c) {
        return c.kind == ChangeKind::Regression && c.severity == severity;
    }));
}

bool ComparisonReport::hasCriticalRegression() const
{
    return count(Severity::Critical) > 0;
}

ComparisonReport compareRunPair(const RunResult &reference, const RunResult &current, const RegressionRule &rule)
{
    ComparisonReport report;
    report.request.rule = rule;
    report.request.target = CompareTarget::RunId;
    for (const CaseResult &c : current.cases) {
        const auto match = std::find_if(reference.cases.begin(), reference.cases.end(),
                                        [&c](const CaseResult &r) { return r.info.id == c.info.id; });
        report.cases.append(compareCase(match != reference.cases.end() ? *match : CaseResult{}, c, rule));
    }
    return report;
}

ComparisonReport compareRun(HistoryDatabase &db, const RunResult &current, const CompareRequest &request,
                            std::optional<qint64> currentRunId)
{
    ComparisonReport report;
    report.request = request;
    report.currentRunId = currentRunId;

    if (request.target == CompareTarget::Previous) {
        for (const CaseResult &c : current.cases) {
            const auto previous = db.previousCaseResult(current.request.profile, c.info.id, current.startedAt,
                                                        currentRunId);
            CaseComparison comparison = compareCase(previous ? previous->result : CaseResult{}, c,
                                                    request.rule);
            if (previous)
                comparison.referenceRunId = previous->runId;
            report.cases.append(comparison);
        }
        return report;
    }

    std::optional<qint64> referenceId;
    if (request.target == CompareTarget::Baseline) {
        referenceId = db.baselineRunId(current.request.profile);
        if (!referenceId) {
            report.error = trCompare("No baseline run is saved for the %1 profile; mark one with "
                                     "'linda-dashboard history baseline RUN_ID'.")
                               .arg(profileName(current.request.profile));
            return report;
        }
    } else {
        referenceId = request.runId;
    }
    const std::optional<RunResult> reference = db.loadRun(*referenceId);
    if (!reference) {
        report.error = db.errorString().isEmpty()
                           ? trCompare("There is no run %1 in the history; 'linda-dashboard history list' shows "
                                       "the saved runs.")
                                 .arg(*referenceId)
                           : db.errorString();
        return report;
    }
    report = [&] {
        ComparisonReport pair = compareRunPair(*reference, current, request.rule);
        pair.request = request;
        pair.currentRunId = currentRunId;
        return pair;
    }();
    report.referenceRunId = referenceId;
    for (CaseComparison &c : report.cases) {
        if (c.kind != ChangeKind::New)
            c.referenceRunId = referenceId;
    }
    return report;
}

QString formatSampleValue(double value, const QString &unit)
{
    struct Step
    {
        double factor;
        const char *name;
    };
    const auto scaled = [value](std::initializer_list<Step> steps) -> QString {
        Step chosen = *steps.begin();
        for (const Step &step : steps) {
            if (std::abs(value) >= step.factor)
                chosen = step;
        }
        return QString::number(value / chosen.factor, 'g', 4) + u' ' + QString::fromUtf8(chosen.name);
    };
    if (unit == u"ns"_qs)
        return scaled({{1, "ns"}, {1e3, "µs"}, {1e6, "ms"}, {1e9, "s"}});
    if (unit == u"bytes"_qs)
        return scaled({{1, "B"}, {1024.0, "KiB"}, {1024.0 * 1024.0, "MiB"}, {1024.0 * 1024.0 * 1024.0, "GiB"}});
    // Rates and counts: whole numbers with digit grouping from 1000 up, as
    // 1,838,200 ops/s reads better than 1.8382e+06.
    const QLocale locale;
    const QString number = std::abs(value) >= 1000 ? locale.toString(value, 'f', 0) : locale.toString(value, 'g', 4);
    return number + (unit.isEmpty() ? QString() : u' ' + unit);
}

QString formatComparisonTable(const ComparisonReport &report)
{
    if (!report.isValid())
        return report.error + u'\n';

    QList<QStringList> rows;
    rows << QStringList{trCompare("case"), trCompare("against"), trCompare("before"), trCompare("now"),
                        trCompare("change"), trCompare("p-value"), trCompare("verdict")};
    for (const CaseComparison &c : report.cases) {
        const bool measured = c.kind != ChangeKind::New && c.kind != ChangeKind::NotComparable;
        const QString against = c.referenceRunId ? trCompare("run %1").arg(*c.referenceRunId) : u"-"_qs;
        if (!measured) {
            rows << QStringList{c.caseId, against, u"-"_qs, u"-"_qs, u"-"_qs, u"-"_qs,
                                verdictText(c) + (c.note.isEmpty() ? QString() : u": "_qs + c.note)};
            continue;
        }
        rows << QStringList{c.caseId, against, formatSampleValue(c.referenceMedian, c.sampleUnit),
                            formatSampleValue(c.currentMedian, c.sampleUnit), percent(c.relativeChange),
                            pValueText(c.pValue), verdictText(c)};
    }
    QString text = formatColumns(rows);
    text += trCompare("%1 regressions (%2 critical, %3 high, %4 medium), %5 improvements, %6 unchanged, %7 without "
                      "reference, %8 not comparable. A change counts when p < %9 and the medians differ by at "
                      "least %10 %.")
                .arg(report.count(ChangeKind::Regression))
                .arg(report.count(Severity::Critical))
                .arg(report.count(Severity::High))
                .arg(report.count(Severity::Medium))
                .arg(report.count(ChangeKind::Improvement))
                .arg(report.count(ChangeKind::Unchanged))
                .arg(report.count(ChangeKind::New))
                .arg(report.count(ChangeKind::NotComparable))
                .arg(report.request.rule.alpha)
                .arg(report.request.rule.minEffect * 100.0)
            + u'\n';
    return text;
}

QJsonObject comparisonToJson(const ComparisonReport &report)
{
    const auto optionalId = [](std::optional<qint64> id) {
        return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray cases;
    for (const CaseComparison &c : report.cases) {
        cases.append(QJsonObject{
            {u"id"_qs, c.caseId},
            {u"referenceRunId"_qs, optionalId(c.referenceRunId)},
            {u"verdict"_qs, changeKindName(c.kind)},
            {u"severity"_qs, severityName(c.severity)},
            {u"sampleUnit"_qs, c.sampleUnit},
            {u"referenceSamples"_qs, c.referenceCount},
            {u"currentSamples"_qs, c.currentCount},
            {u"referenceMedian"_qs, c.referenceMedian},
            {u"currentMedian"_qs, c.currentMedian},
            {u"relativeChange"_qs, c.relativeChange},
            {u"worseningChange"_qs, c.worseningChange},
            {u"pValue"_qs, c.pValue},
            {u"note"_qs, c.note},
        });
    }
    QJsonObject object{
        {u"target"_qs, compareTargetName(report.request.target)},
        {u"currentRunId"_qs, optionalId(report.currentRunId)},
        {u"referenceRunId"_qs, optionalId(report.referenceRunId)},
        {u"test"_qs, u"mann-whitney-u"_qs},
        {u"alpha"_qs, report.request.rule.alpha},
        {u"minEffect"_qs, report.request.rule.minEffect},
        {u"cases"_qs, cases},
        {u"summary"_qs, QJsonObject{
                            {u"regressions"_qs, report.count(ChangeKind::Regression)},
                            {u"critical"_qs, report.count(Severity::Critical)},
                            {u"high"_qs, report.count(Severity::High)},
                            {u"medium"_qs, report.count(Severity::Medium)},
                            {u"improvements"_qs, report.count(ChangeKind::Improvement)},
                            {u"unchanged"_qs, report.count(ChangeKind::Unchanged)},
                            {u"new"_qs, report.count(ChangeKind::New)},
                            {u"notComparable"_qs, report.count(ChangeKind::NotComparable)},
                        }},
    };
    if (!report.isValid())
        object.insert(u"error"_qs, report.error);
    return object;
}

JUnitComparison junitComparison(const ComparisonReport &report)
{
    JUnitComparison junit;
    junit.properties.append({u"comparison.target"_qs, compareTargetName(report.request.target)});
    if (report.referenceRunId)
        junit.properties.append({u"comparison.referenceRunId"_qs, QString::number(*report.referenceRunId)});
    if (!report.isValid()) {
        junit.properties.append({u"comparison.error"_qs, report.error});
        return junit;
    }
    junit.properties.append({u"comparison.test"_qs, u"mann-whitney-u"_qs});
    junit.properties.append({u"comparison.alpha"_qs, QString::number(report.request.rule.alpha)});
    junit.properties.append({u"comparison.minEffect"_qs, QString::number(report.request.rule.minEffect)});
    junit.properties.append({u"comparison.regressions"_qs, QString::number(report.count(ChangeKind::Regression))});
    junit.properties.append({u"comparison.critical"_qs, QString::number(report.count(Severity::Critical))});
    junit.properties.append({u"comparison.improvements"_qs, QString::number(report.count(ChangeKind::Improvement))});

    for (const CaseComparison &c : report.cases) {
        const QString against = c.referenceRunId ? trCompare("run %1").arg(*c.referenceRunId) : u"-"_qs;
        const bool measured = c.kind != ChangeKind::New && c.kind != ChangeKind::NotComparable;
        QString line;
        if (measured) {
            line = trCompare("comparison with %1: median %2 before, %3 now (%4), p-value %5: %6")
                       .arg(against, formatSampleValue(c.referenceMedian, c.sampleUnit),
                            formatSampleValue(c.currentMedian, c.sampleUnit), percent(c.relativeChange),
                            pValueText(c.pValue), verdictText(c));
        } else {
            line = trCompare("comparison with %1: %2").arg(against, verdictText(c));
            if (!c.note.isEmpty())
                line += u" ("_qs + c.note + u')';
        }
        junit.caseLines.insert(c.caseId, line);
        if (c.kind == ChangeKind::Regression && c.severity == Severity::Critical) {
            junit.regressions.insert(c.caseId, trCompare("critical regression against %1: the median changed by %2")
                                                   .arg(against, percent(c.relativeChange)));
        }
    }
    return junit;
}

} // namespace linda::bench
