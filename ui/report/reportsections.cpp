#include "reportsections.h"

#include "chartmath.h"
#include "reportformat.h"
#include "units.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace linda::ui::report {

namespace {

using bench::CaseResult;
using bench::RunResult;
using bench::Verdict;

const QString Dash = u"—"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Opening tag of a full-width table with thin rules between cells.
QString tableStart(const QString &extraStyle = {})
{
    return u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
           "style=\"border-color: #b0b0b0; border-style: solid; "_s
        % extraStyle % u"\">"_s;
}

// The header row; widths, where given, are HTML widths such as "30%" by column.
QString headerRow(const QStringList &titles, const QStringList &widths = {})
{
    QString html = u"<thead><tr>"_s;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString width = widths.value(i);
        // Titles are one or two words and stay on one line.
        html += u"<th style=\"white-space: nowrap;\""_s
            % (width.isEmpty() ? QString() : u" width=\""_s % width % u"\""_s) % u">"_s % esc(titles.at(i))
            % u"</th>"_s;
    }
    return html + u"</tr></thead>"_s;
}

QString cell(const QString &text, const QString &cls = {})
{
    if (cls.isEmpty())
        return u"<td>"_s % esc(text) % u"</td>"_s;
    return u"<td class=\""_s % cls % u"\">"_s % esc(text) % u"</td>"_s;
}

QString numberCell(const QString &text)
{
    return u"<td class=\"num\" align=\"right\" style=\"white-space: nowrap;\">"_s % esc(text)
        % u"</td>"_s;
}

// The case id on a line of its own that never wraps (white-space applies to
// blocks in QTextDocument, not to spans), with the title in small print below.
QString idCell(const CaseResult &result)
{
    QString html = u"<td><p style=\"white-space: nowrap; margin: 0px;\">"_s % esc(result.info.id) % u"</p>"_s;
    if (!result.info.title.isEmpty())
        html += u"<p class=\"muted small\" style=\"margin: 0px;\">"_s % esc(result.info.title) % u"</p>"_s;
    return html + u"</td>"_s;
}

QString verdictSpan(Verdict verdict)
{
    return u"<span style=\"color: "_s % verdictColor(verdict).name() % u"; font-weight: bold;\">"_s
        % esc(verdictText(verdict)) % u"</span>"_s;
}

QString verdictCell(Verdict verdict)
{
    return u"<td style=\"white-space: nowrap;\">"_s % verdictSpan(verdict) % u"</td>"_s;
}

QString keyCell(const QString &key, const QString &width)
{
    return u"<td width=\""_s % width % u"\" style=\"background-color: #f2f2f2;\">"_s % esc(key)
        % u"</td>"_s;
}

QString valueCell(const QString &value, const QString &width)
{
    return u"<td width=\""_s % width % u"\">"_s % esc(value) % u"</td>"_s;
}

// Label / value rows of a two-column table.
QString keyValueTable(const QList<std::pair<QString, QString>> &rows)
{
    QString html = tableStart();
    for (const auto &[key, value] : rows)
        html += u"<tr>"_s % keyCell(key, u"32%"_s) % cell(value) % u"</tr>"_s;
    return html + u"</table>"_s;
}

// Label / value pairs two to a row, filled row by row, to halve the height
// of long lists of figures.
QString keyValueGrid(const QList<std::pair<QString, QString>> &pairs)
{
    QString html = tableStart();
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        html += u"<tr>"_s % keyCell(pairs.at(i).first, u"22%"_s) % valueCell(pairs.at(i).second, u"28%"_s);
        if (i + 1 < pairs.size())
            html += keyCell(pairs.at(i + 1).first, u"22%"_s) % valueCell(pairs.at(i + 1).second, u"28%"_s);
        else
            html += u"<td></td><td></td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString dateTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return Dash;
    return QLocale().toString(time.toUTC(), u"yyyy-MM-dd HH:mm:ss"_s) % u" UTC"_s;
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return Dash;
    return formatDurationNs(double(ms) * 1e6);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? Dash : text;
}

bool hasLatencySamples(const CaseResult &result)
{
    return result.sampleUnit == u"ns" && result.stats.count > 0;
}

// A figure in the unit of the case's raw samples.
QString sampleFigure(const CaseResult &result, double value)
{
    if (result.sampleUnit == u"ns")
        return formatDurationNs(value);
    if (result.sampleUnit == u"ops/s")
        return PdfReport::tr("%1 ops/s").arg(formatNumber(value));
    return formatMeasured(value, result.sampleUnit);
}

QString throughputText(const CaseResult &result)
{
    if (result.throughput <= 0)
        return Dash;
    return PdfReport::tr("%1 ops/s").arg(formatNumber(result.throughput));
}

QString measuredText(const CaseResult &result)
{
    if (result.verdict == Verdict::Error || result.verdict == Verdict::NotRun)
        return Dash;
    if (result.info.unit.isEmpty() && result.measured == 0)
        return Dash;
    return formatMeasured(result.measured, result.info.unit);
}

QString shareText(const CaseResult &result)
{
    const double share = shareOfLimit(result);
    if (share <= 0)
        return Dash;
    return formatMeasured(share * 100, u"%"_s);
}

QString ratioText(double ratio)
{
    return QLocale().toString(ratio, 'g', 3) % u"×"_s;
}

QList<const CaseResult *> worstCases(const RunResult &result, int count)
{
    QList<const CaseResult *> ranked;
    for (const CaseResult &c : result.cases) {
        if (c.verdict != Verdict::NotRun)
            ranked.append(&c);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const CaseResult *a, const CaseResult *b) {
        const int sa = verdictSeverity(a->verdict);
        const int sb = verdictSeverity(b->verdict);
        if (sa != sb)
            return sa > sb;
        return shareOfLimit(*a) > shareOfLimit(*b);
    });
    if (ranked.size() > count)
        ranked.resize(count);
    return ranked;
}

// Comparison with earlier runs ---------------------------------------------

// A median of raw samples in their unit: nanoseconds as a duration, bytes
// with a binary unit, anything else as the number and its unit.
QString sampleUnitFigure(double value, const QString &sampleUnit)
{
    if (sampleUnit == u"ns")
        return formatDurationNs(value);
    if (sampleUnit == u"bytes")
        return formatBytes(value);
    if (sampleUnit == u"ops/s")
        return PdfReport::tr("%1 ops/s").arg(formatNumber(value));
    return formatMeasured(value, sampleUnit);
}

// A relative change as a signed percentage with one decimal, e.g. "+12.5 %".
QString changeText(double change)
{
    const QString number = QLocale().toString(change * 100.0, 'f', 1);
    return change > 0 ? PdfReport::tr("+%1 %").arg(number) : PdfReport::tr("%1 %").arg(number);
}

QString pValueText(double p)
{
    if (p < 0.0001)
        return PdfReport::tr("< %1").arg(QLocale().toString(0.0001, 'f', 4));
    return QLocale().toString(p, 'f', 4);
}

bool hasMedians(const bench::CaseComparison &c)
{
    return c.kind != bench::ChangeKind::New && c.kind != bench::ChangeKind::NotComparable;
}

QString changeVerdictText(const bench::CaseComparison &c)
{
    switch (c.kind) {
    case bench::ChangeKind::Regression:
        switch (c.severity) {
        case bench::Severity::Critical:
            return PdfReport::tr("regression, critical");
        case bench::Severity::High:
            return PdfReport::tr("regression, high");
        case bench::Severity::Medium:
            return PdfReport::tr("regression, medium");
        case bench::Severity::None:
            break;
        }
        return PdfReport::tr("regression");
    case bench::ChangeKind::Improvement:
        return PdfReport::tr("improvement");
    case bench::ChangeKind::Unchanged:
        return PdfReport::tr("unchanged");
    case bench::ChangeKind::New:
        return PdfReport::tr("no reference");
    case bench::ChangeKind::NotComparable:
        break;
    }
    return PdfReport::tr("not comparable");
}

// Colours dark enough to read on white paper; the worse the change, the redder.
QColor changeColor(const bench::CaseComparison &c)
{
    if (c.kind == bench::ChangeKind::Improvement)
        return verdictColor(Verdict::Pass);
    if (c.kind != bench::ChangeKind::Regression)
        return QColor(0x55, 0x55, 0x55);
    switch (c.severity) {
    case bench::Severity::Critical:
        return verdictColor(Verdict::Fail);
    case bench::Severity::High:
        return QColor(0xc4, 0x3e, 0x00);
    case bench::Severity::Medium:
    case bench::Severity::None:
        break;
    }
    return verdictColor(Verdict::Warn);
}

QString changeVerdictSpan(const bench::CaseComparison &c)
{
    const bool bold = c.kind == bench::ChangeKind::Regression || c.kind == bench::ChangeKind::Improvement;
    return u"<span style=\"color: "_s % changeColor(c).name() % (bold ? u"; font-weight: bold;"_s : u";"_s)
        % u"\">"_s % esc(changeVerdictText(c)) % u"</span>"_s;
}

QString runListText(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QLocale().toString(id));
    return parts.join(u", "_s);
}

// The reference of a comparison as a phrase, e.g. "baseline run 12 of the quick profile".
QString comparisonTargetText(const bench::ComparisonReport &report, bench::Profile profile)
{
    switch (report.request.target) {
    case bench::CompareTarget::Previous: {
        QList<qint64> ids;
        for (const bench::CaseComparison &c : report.cases) {
            if (c.referenceRunId && !ids.contains(*c.referenceRunId))
                ids.append(*c.referenceRunId);
        }
        std::sort(ids.begin(), ids.end());
        if (ids.isEmpty())
            return PdfReport::tr("the previous run of each case with the %1 profile, but no earlier run "
                                 "has a usable result")
                .arg(bench::profileName(profile));
        if (ids.size() == 1)
            return PdfReport::tr("the previous run of each case with the %1 profile: run %2")
                .arg(bench::profileName(profile), runListText(ids));
        return PdfReport::tr("the previous run of each case with the %1 profile: runs %2")
            .arg(bench::profileName(profile), runListText(ids));
    }
    case bench::CompareTarget::Baseline:
        return PdfReport::tr("baseline run %1 of the %2 profile")
            .arg(report.referenceRunId ? QLocale().toString(*report.referenceRunId) : Dash,
                 bench::profileName(profile));
    case bench::CompareTarget::RunId:
        break;
    }
    return PdfReport::tr("run %1").arg(report.referenceRunId ? QLocale().toString(*report.referenceRunId) : Dash);
}

QString comparisonCountsText(const bench::ComparisonReport &report)
{
    using bench::ChangeKind;
    using bench::Severity;
    return PdfReport::tr("%1 regression(s) (%2 critical, %3 high, %4 medium), %5 improvement(s), "
                         "%6 unchanged, %7 without reference, %8 not comparable.")
        .arg(QLocale().toString(report.count(ChangeKind::Regression)),
             QLocale().toString(report.count(Severity::Critical)),
             QLocale().toString(report.count(Severity::High)),
             QLocale().toString(report.count(Severity::Medium)),
             QLocale().toString(report.count(ChangeKind::Improvement)),
             QLocale().toString(report.count(ChangeKind::Unchanged)),
             QLocale().toString(report.count(ChangeKind::New)),
             QLocale().toString(report.count(ChangeKind::NotComparable)));
}

QString comparisonRuleText(const bench::RegressionRule &rule)
{
    // The severity steps are those of bench::severityForChange().
    return PdfReport::tr("The Mann–Whitney U test compares the raw samples of each case. A change counts "
                         "when p < %1 and the medians differ by at least %2 %. A regression is medium from "
                         "5 %, high from 10 % and critical from 20 % worse.")
        .arg(QLocale().toString(rule.alpha), QLocale().toString(rule.minEffect * 100.0));
}

QString noComparisonText()
{
    return PdfReport::tr("No comparison with earlier runs was made: the history has no earlier run to "
                         "compare with, or the run was written without one. "
                         "'linda-dashboard run --compare previous' adds it.");
}

QString regressionsHtml(const RunResult &result, const bench::ComparisonReport *comparison)
{
    if (!comparison)
        return u"<p>"_s % esc(noComparisonText()) % u"</p>"_s;
    if (!comparison->isValid()) {
        return u"<p>"_s % esc(PdfReport::tr("The comparison with earlier runs failed: %1").arg(comparison->error))
            % u"</p>"_s;
    }
    QString html = u"<p>"_s
        % esc(PdfReport::tr("Compared with %1: %2")
                  .arg(comparisonTargetText(*comparison, result.request.profile), comparisonCountsText(*comparison)))
        % u"</p>"_s;
    QList<const bench::CaseComparison *> regressions;
    for (const bench::CaseComparison &c : comparison->cases) {
        if (c.kind == bench::ChangeKind::Regression)
            regressions.append(&c);
    }
    if (regressions.isEmpty())
        return html % u"<p>"_s % esc(PdfReport::tr("No case got measurably worse.")) % u"</p>"_s;
    // Worst first: by severity, then by the size of the change.
    std::stable_sort(regressions.begin(), regressions.end(),
                     [](const bench::CaseComparison *a, const bench::CaseComparison *b) {
                         if (a->severity != b->severity)
                             return a->severity > b->severity;
                         return a->worseningChange > b->worseningChange;
                     });
    html += tableStart()
        % headerRow({PdfReport::tr("Case"), PdfReport::tr("Before"), PdfReport::tr("Now"),
                     PdfReport::tr("Change"), PdfReport::tr("Verdict")});
    for (const bench::CaseComparison *c : regressions) {
        html += u"<tr>"_s % cell(c->caseId, u"id"_s)
            % numberCell(sampleUnitFigure(c->referenceMedian, c->sampleUnit))
            % numberCell(sampleUnitFigure(c->currentMedian, c->sampleUnit)) % numberCell(changeText(c->relativeChange))
            % u"<td style=\"white-space: nowrap;\">"_s % changeVerdictSpan(*c) % u"</td></tr>"_s;
    }
    return html % u"</table>"_s;
}

} // namespace

QString titlePageHtml(const RunResult &result, const TitleInfo &info)
{
    const QString product = PdfReport::tr("Linda Dashboard %1").arg(info.productVersion);
    QString html = u"<p style=\"font-size: 11pt; color: #555555;\">"_s % esc(product) % u"</p>"_s
        % u"<h1 style=\"font-size: 22pt;\">"_s % esc(info.title) % u"</h1>"_s;
    if (result.cancelled) {
        html += u"<p class=\"note\" style=\"font-weight: bold;\">"_s
            % esc(PdfReport::tr("This run was cancelled: cases after the cancel have no figures."))
            % u"</p>"_s;
    }
    const qint64 elapsedMs = result.startedAt.isValid() && result.finishedAt.isValid()
        ? result.startedAt.msecsTo(result.finishedAt)
        : -1;
    const QString fixtures = result.environment.fixturesSource.isEmpty()
        ? (result.request.fixturesPath.isEmpty() ? PdfReport::tr("bundled fixtures")
                                                 : result.request.fixturesPath)
        : result.environment.fixturesSource;
    html += u"<h2>"_s % esc(PdfReport::tr("Run")) % u"</h2>"_s;
    html += keyValueTable({
        {PdfReport::tr("Started"), dateTimeText(result.startedAt)},
        {PdfReport::tr("Finished"), dateTimeText(result.finishedAt)},
        {PdfReport::tr("Duration"), durationText(elapsedMs)},
        {PdfReport::tr("Profile"), bench::profileLabel(result.request.profile)},
        {PdfReport::tr("Cases"), QLocale().toString(result.cases.size())},
        {PdfReport::tr("Engine workers"), QLocale().toString(result.request.workers)},
        {PdfReport::tr("Fixtures"), fixtures},
    });
    html += u"<h2>"_s % esc(PdfReport::tr("Machine and build")) % u"</h2>"_s;
    html += environmentHtml(result.environment);
    return html;
}

QString environmentHtml(const bench::Environment &environment)
{
    QString html = keyValueTable({
        {PdfReport::tr("CPU"), orDash(environment.cpuModel)},
        {PdfReport::tr("Cores"), environment.cores > 0 ? QLocale().toString(environment.cores) : Dash},
        {PdfReport::tr("Operating system"), orDash(environment.os)},
        {PdfReport::tr("Compiler"), orDash(environment.compiler)},
        {PdfReport::tr("Build type"), orDash(environment.buildType)},
        {PdfReport::tr("Qt"), orDash(environment.qtVersion)},
        {PdfReport::tr("SQLite"), orDash(environment.sqliteVersion)},
        {PdfReport::tr("Git commit"), orDash(environment.gitCommit)},
    });
    if (!environment.noiseWarnings.isEmpty()) {
        html += u"<p class=\"note\"><b>"_s
            % esc(PdfReport::tr("Measurement noise: these conditions make the figures less reliable."))
            % u"</b></p><ul>"_s;
        for (const QString &warning : environment.noiseWarnings)
            html += u"<li class=\"note\">"_s % esc(warning) % u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString summaryHtml(const RunResult &result, const bench::ComparisonReport *comparison)
{
    QMap<Verdict, int> counts;
    for (const CaseResult &c : result.cases)
        counts[c.verdict] += 1;

    const QList<Verdict> order = {Verdict::Pass, Verdict::Warn, Verdict::Fail, Verdict::Error,
                                  Verdict::Cancelled, Verdict::NotRun};
    QString html = tableStart();
    html += u"<thead><tr>"_s;
    for (const Verdict v : order)
        html += u"<th>"_s % verdictSpan(v) % u"</th>"_s;
    html += u"</tr></thead><tr>"_s;
    for (const Verdict v : order)
        html += u"<td align=\"center\" style=\"font-size: 14pt;\">"_s
            % QLocale().toString(counts.value(v)) % u"</td>"_s;
    html += u"</tr></table>"_s;

    html += u"<p>"_s
        % esc(PdfReport::tr("%1 of %n case(s) passed.", nullptr, int(result.cases.size()))
                  .arg(counts.value(Verdict::Pass)))
        % u"</p>"_s;

    html += u"<h2>"_s % esc(PdfReport::tr("Worst cases")) % u"</h2>"_s;
    html += u"<p class=\"muted\">"_s
        % esc(PdfReport::tr("Ranked by verdict, then by how close the judged figure came to its "
                            "limit (100 % is at the limit)."))
        % u"</p>"_s;
    const QList<const CaseResult *> worst = worstCases(result, 6);
    if (worst.isEmpty()) {
        html += u"<p>"_s % esc(PdfReport::tr("No case produced a result.")) % u"</p>"_s;
    } else {
        html += tableStart()
            % headerRow({PdfReport::tr("Case"), PdfReport::tr("Verdict"), PdfReport::tr("Measured"),
                         PdfReport::tr("Limit"), PdfReport::tr("Share of limit"),
                         PdfReport::tr("Reason")},
                        {QString(), QString(), QString(), QString(), QString(), u"34%"_s});
        for (const CaseResult *c : worst) {
            html += u"<tr>"_s % idCell(*c) % verdictCell(c->verdict) % numberCell(measuredText(*c))
                % numberCell(formatThreshold(*c)) % numberCell(shareText(*c))
                % cell(c->verdict == Verdict::Error ? c->error : c->verdictReason, u"small"_s)
                % u"</tr>"_s;
        }
        html += u"</table>"_s;
    }

    html += u"<h2>"_s % esc(PdfReport::tr("Regressions")) % u"</h2>"_s;
    html += regressionsHtml(result, comparison);
    return html;
}

QString suiteTableHtml(const RunResult &result, bench::Suite suite)
{
    QString rows;
    for (const CaseResult &c : result.cases) {
        if (c.info.suite != suite)
            continue;
        const bool latency = hasLatencySamples(c);
        rows += u"<tr>"_s % idCell(c)
            % numberCell(latency ? formatDurationNs(c.stats.p50) : Dash)
            % numberCell(latency ? formatDurationNs(c.stats.p95) : Dash)
            % numberCell(latency ? formatDurationNs(c.stats.p99) : Dash)
            % numberCell(throughputText(c)) % numberCell(measuredText(c))
            % numberCell(formatThreshold(c)) % verdictCell(c.verdict) % u"</tr>"_s;
    }
    if (rows.isEmpty())
        return {};
    return tableStart()
        % headerRow({PdfReport::tr("Case"), PdfReport::tr("p50"), PdfReport::tr("p95"),
                     PdfReport::tr("p99"), PdfReport::tr("Throughput"), PdfReport::tr("Measured"),
                     PdfReport::tr("Threshold"), PdfReport::tr("Verdict")})
        % rows % u"</table>"_s;
}

QString comparisonHtml(const RunResult &result, const bench::ComparisonReport *comparison)
{
    if (!comparison)
        return u"<p>"_s % esc(noComparisonText()) % u"</p>"_s;
    if (!comparison->isValid()) {
        return u"<p>"_s % esc(PdfReport::tr("The comparison with earlier runs failed: %1").arg(comparison->error))
            % u"</p>"_s;
    }
    const bench::Profile profile = result.request.profile;
    QString html = keyValueTable({
        {PdfReport::tr("Compared with"), comparisonTargetText(*comparison, profile)},
        {PdfReport::tr("This run"), comparison->currentRunId
                                         ? PdfReport::tr("run %1 in the history")
                                               .arg(QLocale().toString(*comparison->currentRunId))
                                         : PdfReport::tr("not saved in the history")},
        {PdfReport::tr("Result"), comparisonCountsText(*comparison)},
    });
    html += u"<p class=\"muted\">"_s % esc(comparisonRuleText(comparison->request.rule)) % u"</p>"_s;
    if (comparison->cases.isEmpty())
        return html % u"<p>"_s % esc(PdfReport::tr("This run has no cases.")) % u"</p>"_s;

    html += tableStart()
        % headerRow({PdfReport::tr("Case"), PdfReport::tr("Against"), PdfReport::tr("Before"),
                     PdfReport::tr("Now"), PdfReport::tr("Change"), PdfReport::tr("p-value"),
                     PdfReport::tr("Verdict")},
                    {QString(), QString(), QString(), QString(), QString(), QString(), u"22%"_s});
    for (const bench::CaseComparison &c : comparison->cases) {
        const bool measured = hasMedians(c);
        const QString against = c.referenceRunId ? PdfReport::tr("run %1").arg(QLocale().toString(*c.referenceRunId))
                                                 : Dash;
        QString verdict = changeVerdictSpan(c);
        if (!c.note.isEmpty())
            verdict += u"<br/><span class=\"muted small\">"_s % esc(c.note) % u"</span>"_s;
        html += u"<tr><td><p style=\"white-space: nowrap; margin: 0px;\">"_s % esc(c.caseId) % u"</p></td>"_s
            % numberCell(against)
            % numberCell(measured ? sampleUnitFigure(c.referenceMedian, c.sampleUnit) : Dash)
            % numberCell(measured ? sampleUnitFigure(c.currentMedian, c.sampleUnit) : Dash)
            % numberCell(measured ? changeText(c.relativeChange) : Dash)
            % numberCell(measured ? pValueText(c.pValue) : Dash) % u"<td>"_s % verdict % u"</td></tr>"_s;
    }
    return html % u"</table>"_s;
}

namespace {

QList<std::pair<QString, QString>> statisticsRows(const CaseResult &c)
{
    QList<std::pair<QString, QString>> rows;
    const bench::Statistics &s = c.stats;
    const auto figure = [&c](double v) { return sampleFigure(c, v); };
    rows.append({PdfReport::tr("Samples"), QLocale().toString(s.count)});
    if (c.iterations > 0)
        rows.append({PdfReport::tr("Iterations"), QLocale().toString(c.iterations)});
    rows.append({PdfReport::tr("Elapsed"), durationText(c.elapsedMs)});
    if (s.count > 0) {
        rows.append({PdfReport::tr("Min / max"), figure(s.min) % u" / "_s % figure(s.max)});
        rows.append({PdfReport::tr("Median (95 % CI)"),
                     PdfReport::tr("%1 (%2 to %3)")
                         .arg(figure(s.median), figure(s.medianCiLow), figure(s.medianCiHigh))});
        rows.append({PdfReport::tr("Mean ± std. dev."), figure(s.mean) % u" ± "_s % figure(s.stddev)});
        rows.append({PdfReport::tr("p90 / p95 / p99"),
                     figure(s.p90) % u" / "_s % figure(s.p95) % u" / "_s % figure(s.p99)});
        rows.append({PdfReport::tr("Coefficient of variation"), formatMeasured(s.cv * 100, u"%"_s)});
        rows.append({PdfReport::tr("Median absolute deviation"), figure(s.mad)});
        rows.append({PdfReport::tr("Outliers (low / high)"),
                     QLocale().toString(s.outliersLow) % u" / "_s % QLocale().toString(s.outliersHigh)});
    }
    if (c.throughput > 0 && c.throughputCiHigh <= 0) {
        rows.append({PdfReport::tr("Throughput"), throughputText(c)});
    } else if (c.throughput > 0) {
        rows.append({PdfReport::tr("Throughput (95 % CI)"),
                     PdfReport::tr("%1 (%2 to %3)")
                         .arg(throughputText(c), formatNumber(c.throughputCiLow),
                              formatNumber(c.throughputCiHigh))});
    }
    rows.append({PdfReport::tr("Measured / limit"), measuredText(c) % u" / "_s % formatThreshold(c)});
    if (c.baselineExpectedMs > 0) {
        rows.append({PdfReport::tr("Baseline"),
                     PdfReport::tr("%1 expected, tolerance %2 %, ratio %3")
                         .arg(formatMeasured(c.baselineExpectedMs, u"ms"_s),
                              QLocale().toString(c.baselineTolerancePercent),
                              ratioText(c.baselineRatio))});
    }
    return rows;
}

QString parametersText(const QVariantMap &parameters)
{
    QStringList parts;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        parts.append(it.key() % u" = "_s % it.value().toString());
    return parts.join(u", "_s);
}

} // namespace

QString caseDetailHtml(const CaseResult &c)
{
    // In right-to-left text a right-to-left mark keeps a title that starts
    // with a figure ("100 messages at once") from joining the Latin case id.
    const QString titleMark = QLocale().textDirection() == Qt::RightToLeft ? u"\u200F"_s : QString();
    QString html = u"<h3><span class=\"id\">"_s % esc(c.info.id) % u"</span>"_s
        % (c.info.title.isEmpty() ? QString() : u" — "_s % titleMark % esc(c.info.title)) % u"</h3>"_s;
    html += u"<p>"_s % verdictSpan(c.verdict);
    if (!c.verdictReason.isEmpty())
        html += u" — "_s % esc(c.verdictReason);
    html += u"<br/><span class=\"muted small\">"_s
        % esc(PdfReport::tr("%1 suite, %2 case").arg(bench::suiteLabel(c.info.suite),
                                                     bench::caseKindLabel(c.info.kind)))
        % u"</span></p>"_s;
    if (!c.error.isEmpty())
        html += u"<p style=\"color: #b71c1c;\">"_s % esc(PdfReport::tr("Error: %1").arg(c.error)) % u"</p>"_s;

    html += keyValueGrid(statisticsRows(c));

    if (!c.metrics.isEmpty()) {
        QList<std::pair<QString, QString>> figures;
        for (auto it = c.metrics.cbegin(); it != c.metrics.cend(); ++it)
            figures.append({it.key(), formatNumber(it.value())});
        html += u"<p><b>"_s % esc(PdfReport::tr("Further figures")) % u"</b></p>"_s % keyValueGrid(figures);
    }
    if (!c.info.parameters.isEmpty()) {
        html += u"<p class=\"small muted\">"_s
            % esc(PdfReport::tr("Parameters: %1").arg(parametersText(c.info.parameters))) % u"</p>"_s;
    }
    if (!c.warnings.isEmpty()) {
        html += u"<p class=\"note\"><b>"_s % esc(PdfReport::tr("Warnings")) % u"</b></p><ul>"_s;
        for (const QString &warning : c.warnings)
            html += u"<li class=\"note\">"_s % esc(warning) % u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString baselineHtml(const RunResult &result)
{
    QString rows;
    for (const CaseResult &c : result.cases) {
        if (c.baselineExpectedMs <= 0)
            continue;
        const bool measured = c.baselineRatio > 0;
        const bool within = measured && c.baselineRatio <= 1 + c.baselineTolerancePercent / 100;
        const QString medianText = hasLatencySamples(c) ? formatDurationNs(c.stats.median) : Dash;
        const QString outcome = !measured ? Dash
            : within                      ? PdfReport::tr("within")
                                          : PdfReport::tr("outside");
        rows += u"<tr>"_s % idCell(c) % cell(orDash(c.info.baselineKey), u"id"_s)
            % numberCell(formatMeasured(c.baselineExpectedMs, u"ms"_s)) % numberCell(medianText)
            % numberCell(measured ? ratioText(c.baselineRatio) : Dash)
            % numberCell(PdfReport::tr("+%1 %").arg(QLocale().toString(c.baselineTolerancePercent)))
            % u"<td style=\"color: "_s
            % (within ? verdictColor(Verdict::Pass) : verdictColor(Verdict::Fail)).name()
            % u";\">"_s % esc(outcome) % u"</td></tr>"_s;
    }
    QString html = u"<p>"_s
        % esc(PdfReport::tr("The ratio is the measured median divided by the expected cost per "
                            "operation. A ratio up to 1 + tolerance is within the baseline; "
                            "being faster never counts against a case."))
        % u"</p>"_s;
    if (rows.isEmpty())
        return html % u"<p>"_s % esc(PdfReport::tr("No case of this run has a baseline entry.")) % u"</p>"_s;
    return html % tableStart()
        % headerRow({PdfReport::tr("Case"), PdfReport::tr("Baseline operation"),
                     PdfReport::tr("Expected"), PdfReport::tr("Median"), PdfReport::tr("Ratio"),
                     PdfReport::tr("Tolerance"), PdfReport::tr("Result")})
        % rows % u"</table>"_s;
}

namespace {

// Sources of a case's limits or of its baseline entry: the values of its
// parameters named "...Source" (fixtures file and JSON path), as the case
// registry records them.
QStringList fixtureSources(const CaseResult &c, bool baseline)
{
    QStringList sources;
    for (auto it = c.info.parameters.cbegin(); it != c.info.parameters.cend(); ++it) {
        if (!it.key().endsWith(u"Source"_s))
            continue;
        if (it.key().startsWith(u"baseline"_s) != baseline)
            continue;
        const QString source = it.value().toString();
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    }
    return sources;
}

// One row of the appendix: a limit, the cases judged by it and its sources.
struct AppendixRow
{
    QString key;
    QString limit;
    QStringList cases;
    QStringList sources;
};

void addToRow(AppendixRow &row, const CaseResult &c, bool baseline)
{
    row.cases.append(c.info.id);
    for (const QString &source : fixtureSources(c, baseline)) {
        if (!row.sources.contains(source))
            row.sources.append(source);
    }
}

QString appendixTable(const QString &keyTitle, const QList<AppendixRow> &rows)
{
    QString html = tableStart()
        % headerRow({keyTitle, PdfReport::tr("Limit"), PdfReport::tr("Cases"), PdfReport::tr("Source")});
    for (const AppendixRow &row : rows) {
        html += u"<tr>"_s % cell(row.key, u"id"_s) % numberCell(row.limit)
            % cell(row.cases.join(u", "_s), u"small"_s)
            % cell(row.sources.isEmpty() ? Dash : row.sources.join(u"; "_s), u"small"_s) % u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

QString appendixHtml(const RunResult &result)
{
    // Named thresholds sort by key; limits a case sets itself (from a
    // scenario or memory limit) follow them, grouped by limit.
    QMap<QString, AppendixRow> named;
    QMap<QString, AppendixRow> caseLimits;
    QMap<QString, AppendixRow> baselines;
    for (const CaseResult &c : result.cases) {
        if (c.threshold > 0) {
            const QString limit = formatThreshold(c);
            const bool hasKey = !c.info.thresholdKey.isEmpty();
            AppendixRow &row = hasKey ? named[c.info.thresholdKey % u'\x1f' % limit]
                                      : caseLimits[c.info.unit % u'\x1f' % limit];
            row.key = hasKey ? c.info.thresholdKey : PdfReport::tr("(case limit)");
            row.limit = limit;
            addToRow(row, c, false);
        }
        if (c.baselineExpectedMs > 0) {
            AppendixRow &row = baselines[orDash(c.info.baselineKey)];
            row.key = orDash(c.info.baselineKey);
            row.limit = PdfReport::tr("%1, tolerance %2 %")
                            .arg(formatMeasured(c.baselineExpectedMs, u"ms"_s),
                                 QLocale().toString(c.baselineTolerancePercent));
            addToRow(row, c, true);
        }
    }

    QString html = u"<p>"_s
        % esc(PdfReport::tr("Fixtures: %1")
                  .arg(orDash(result.environment.fixturesSource.isEmpty()
                                  ? result.request.fixturesPath
                                  : result.environment.fixturesSource)))
        % u"</p>"_s;
    html += u"<p>"_s
        % esc(PdfReport::tr("A latency case compares its p95 with the limit, a throughput case its "
                            "median rate, a memory or correctness case its measured figure."))
        % u"</p>"_s;

    html += u"<h2>"_s % esc(PdfReport::tr("Service-level thresholds")) % u"</h2>"_s;
    if (named.isEmpty() && caseLimits.isEmpty())
        html += u"<p>"_s % esc(PdfReport::tr("No case of this run was judged against a threshold.")) % u"</p>"_s;
    else
        html += appendixTable(PdfReport::tr("Key"), named.values() + caseLimits.values());

    html += u"<h2>"_s % esc(PdfReport::tr("Baseline entries")) % u"</h2>"_s;
    if (baselines.isEmpty())
        html += u"<p>"_s % esc(PdfReport::tr("No case of this run has a baseline entry.")) % u"</p>"_s;
    else
        html += appendixTable(PdfReport::tr("Operation"), baselines.values());
    return html;
}

// Charts --------------------------------------------------------------------

namespace {

QList<RowChart> splitRows(const RowChart &shape, const QList<RowMark> &rows, int maxRows)
{
    QList<RowChart> charts;
    const int limit = std::max(maxRows, 1);
    for (qsizetype first = 0; first < rows.size(); first += limit) {
        RowChart chart = shape;
        chart.rows = rows.mid(first, limit);
        if (rows.size() > limit) {
            chart.title = PdfReport::tr("%1 (%2 of %3)")
                              .arg(shape.title)
                              .arg(first / limit + 1)
                              .arg((rows.size() + limit - 1) / limit);
        }
        charts.append(chart);
    }
    return charts;
}

// Bytes per unit for the memory units series may use; 0 for other units.
double bytesPerUnit(const QString &unit)
{
    if (unit.compare(u"bytes"_s, Qt::CaseInsensitive) == 0 || unit == u"B")
        return 1;
    if (unit.compare(u"KB"_s, Qt::CaseInsensitive) == 0 || unit == u"KiB")
        return 1024;
    if (unit.compare(u"MB"_s, Qt::CaseInsensitive) == 0 || unit == u"MiB")
        return 1024 * 1024;
    return 0;
}

const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors = {QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00),
                                         QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x1b, 0x9a),
                                         QColor(0x00, 0x83, 0x8f)};
    return colors;
}

// The limit of a memory case as a chart line. A growth limit is a budget of
// threshold MB per 1000 operations from the first point of the series. Any
// other memory limit is an absolute size.
// NOTE: growth limits are recognised by "growth" in the case id, because the
// case info does not say which kind of limit a case has.
ThresholdLine memoryLimitLine(const CaseResult &c, double startMb, double firstX)
{
    const QString limit = formatMeasured(c.threshold, c.info.unit);
    if (!c.info.id.contains(u"growth"_s))
        return {c.threshold, PdfReport::tr("limit: %1").arg(limit), 0};
    const double slope = c.threshold / 1000.0;
    return {startMb - slope * firstX, PdfReport::tr("limit: %1 per 1000 operations").arg(limit), slope};
}

} // namespace

QList<RowChart> latencyCharts(const RunResult &result, int maxRows)
{
    RowChart shape;
    shape.title = PdfReport::tr("Latency per operation against each case's limit");
    shape.axisTitle = PdfReport::tr("latency per operation");
    shape.legendCenter = PdfReport::tr("p50");
    shape.legendBar = PdfReport::tr("p50 to p95");
    shape.legendWhisker = PdfReport::tr("p95 to p99");
    shape.tickText = [](double ns) { return formatDurationNs(ns); };

    QList<RowMark> rows;
    for (const CaseResult &c : result.cases) {
        if (!hasLatencySamples(c))
            continue;
        RowMark row;
        row.label = c.info.id;
        row.center = c.stats.p50;
        row.barLow = c.stats.p50;
        row.barHigh = c.stats.p95;
        row.whiskerHigh = c.stats.p99;
        // Limits in ms apply to the samples; other units (e.g. a whole batch
        // time) are not comparable to per-operation latency.
        row.threshold = c.info.unit == u"ms" ? c.threshold * 1e6 : 0;
        row.color = verdictColor(c.verdict);
        rows.append(row);
    }
    return splitRows(shape, rows, maxRows);
}

QList<RowChart> throughputCharts(const RunResult &result, int maxRows)
{
    RowChart shape;
    shape.title = PdfReport::tr("Throughput against minimum rates");
    shape.axisTitle = PdfReport::tr("operations per second");
    shape.legendCenter = PdfReport::tr("median rate");
    shape.legendBar = PdfReport::tr("95 % confidence interval");
    shape.tickText = [](double rate) { return formatNumber(rate); };

    QList<RowMark> rows;
    for (const CaseResult &c : result.cases) {
        // Latency cases report a rate too, but only rates judged as rates
        // belong in a chart against minimum rates.
        const bool judgedAsRate = c.info.kind == bench::CaseKind::Throughput || c.info.unit == u"ops/s";
        if (c.throughput <= 0 || !judgedAsRate)
            continue;
        RowMark row;
        row.label = c.info.id;
        row.center = c.throughput;
        row.barLow = c.throughputCiLow > 0 ? c.throughputCiLow : c.throughput;
        row.barHigh = c.throughputCiHigh > 0 ? c.throughputCiHigh : c.throughput;
        row.whiskerHigh = row.barHigh;
        row.threshold = c.info.unit == u"ops/s" ? c.threshold : 0;
        row.color = verdictColor(c.verdict);
        rows.append(row);
    }
    return splitRows(shape, rows, maxRows);
}

bool hasHeapSeries(const CaseResult &c)
{
    if (c.info.suite != bench::Suite::Memory)
        return false;
    return std::any_of(c.series.cbegin(), c.series.cend(), [](const bench::Series &s) {
        return bytesPerUnit(s.yUnit) > 0 && !s.points.isEmpty();
    });
}

QList<LineChart> heapGrowthCharts(const RunResult &result)
{
    QList<LineChart> charts;
    for (const CaseResult &c : result.cases) {
        if (!hasHeapSeries(c))
            continue;
        LineChart chart;
        chart.title = PdfReport::tr("Heap growth: %1").arg(c.info.id);
        chart.yTitle = PdfReport::tr("memory (MB)");
        chart.yTickText = [](double v) { return formatNumber(v); };
        chart.xTickText = [](double v) { return formatNumber(v); };
        double startMb = -1;
        double firstX = 0;
        for (const bench::Series &s : c.series) {
            const double scale = bytesPerUnit(s.yUnit) / (1024.0 * 1024.0);
            if (scale <= 0 || s.points.isEmpty())
                continue;
            LineSeries line;
            line.name = s.name;
            line.color = seriesColors().at(chart.series.size() % seriesColors().size());
            line.points.reserve(s.points.size());
            for (const QPointF &p : s.points)
                line.points.append(QPointF(p.x(), p.y() * scale));
            if (startMb < 0) {
                startMb = line.points.first().y();
                firstX = line.points.first().x();
            }
            chart.xTitle = unitLabel(s.xUnit);
            chart.series.append(line);
        }
        if (c.threshold > 0 && c.info.unit == u"MB")
            chart.thresholds.append(memoryLimitLine(c, startMb, firstX));
        charts.append(chart);
    }
    return charts;
}

QList<LineChart> caseSeriesCharts(const CaseResult &c)
{
    QList<LineChart> charts;
    const bool heapShown = hasHeapSeries(c);
    for (const bench::Series &s : c.series) {
        if (s.points.isEmpty() || (heapShown && bytesPerUnit(s.yUnit) > 0))
            continue;
        LineChart chart;
        chart.title = s.name.isEmpty() ? c.info.id : PdfReport::tr("%1: %2").arg(c.info.id, s.name);
        chart.xTitle = unitLabel(s.xUnit);
        chart.yTitle = unitLabel(s.yUnit);
        chart.xTickText = [](double v) { return formatNumber(v); };
        chart.yTickText = [](double v) { return formatNumber(v); };
        chart.series.append({s.name, s.points, seriesColors().first()});
        charts.append(chart);
    }
    return charts;
}

} // namespace linda::ui::report
