#include "cli.h"

#include "bench/history/selfcheck.h"
#include "bench/history/comparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace linda::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::cli", text);
}

std::atomic<bool> g_cancelSelfCheck{false};

extern "C" void cancelSelfCheck(int)
{
    g_cancelSelfCheck.store(true);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + u" %"_qs;
}

std::optional<int> positiveInteger(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        err() << tr("self-check: --%1 must be a whole number of at least %2, got '%3'.")
                     .arg(option.names().constFirst())
                     .arg(minimum)
                     .arg(parser.value(option))
              << Qt::endl;
        return std::nullopt;
    }
    return value;
}

void printComparisons(const QString &label, const QList<bench::CaseComparison> &comparisons)
{
    out() << label << '\n';
    int index = 0;
    for (const bench::CaseComparison &c : comparisons) {
        out() << u"  %1  %2  change %3  p %4  %5\n"_qs.arg(++index, 3)
                     .arg(bench::formatSampleValue(c.currentMedian, c.sampleUnit), 9)
                     .arg((c.relativeChange >= 0 ? u"+"_qs : QString()) + percent(c.relativeChange), 8)
                     .arg(c.pValue < 0.0001 ? u"<0.0001"_qs : QString::number(c.pValue, 'f', 4), 7)
                     .arg(c.kind == bench::ChangeKind::Regression
                              ? bench::changeKindName(c.kind) + u" ("_qs + bench::severityName(c.severity) + u')'
                              : bench::changeKindName(c.kind));
    }
}

QJsonObject reportToJson(const bench::SelfCheckReport &report, const bench::SelfCheckOptions &options)
{
    const auto list = [](const QList<bench::CaseComparison> &comparisons) {
        QJsonArray array;
        for (const bench::CaseComparison &c : comparisons)
            array.append(QJsonObject{{u"referenceMedianNs"_qs, c.referenceMedian},
                                     {u"currentMedianNs"_qs, c.currentMedian},
                                     {u"relativeChange"_qs, c.relativeChange},
                                     {u"pValue"_qs, c.pValue},
                                     {u"verdict"_qs, bench::changeKindName(c.kind)},
                                     {u"severity"_qs, bench::severityName(c.severity)}});
        return array;
    };
    return QJsonObject{
        {u"workload"_qs, report.workload},
        {u"operationNs"_qs, report.operationNs},
        {u"batchSize"_qs, double(report.batchSize)},
        {u"samplesPerSide"_qs, options.samplesPerSide},
        {u"injectedShare"_qs, report.injectedShare},
        {u"measuredSlowdown"_qs, report.measuredSlowdown},
        {u"alpha"_qs, options.rule.alpha},
        {u"minEffect"_qs, options.rule.minEffect},
        {u"falseAlarms"_qs, report.falseAlarms()},
        {u"aaComparisons"_qs, int(report.aa.size())},
        {u"detections"_qs, report.detections()},
        {u"abComparisons"_qs, int(report.ab.size())},
        {u"meetsTargets"_qs, report.meetsTargets()},
        {u"elapsedSeconds"_qs, report.elapsedSeconds},
        {u"aa"_qs, list(report.aa)},
        {u"ab"_qs, list(report.ab)},
    };
}

void printReport(const bench::SelfCheckReport &report, const bench::SelfCheckOptions &options, bool verbose)
{
    out() << tr("Workload: %1, %2 per operation, %3 operations per timed batch, %4 batches per side.")
                 .arg(report.workload, bench::formatSampleValue(report.operationNs, u"ns"_qs))
                 .arg(report.batchSize)
                 .arg(options.samplesPerSide)
          << '\n'
          << tr("Injected cost on the B side: one extra parse every %1 operations (%2 more work); measured "
                "median slowdown %3.")
                 .arg(report.extraPeriod)
                 .arg(percent(report.injectedShare), percent(report.measuredSlowdown))
          << '\n'
          << tr("Verdict: Mann-Whitney U p < %1 and medians at least %2 apart.")
                 .arg(options.rule.alpha)
                 .arg(percent(options.rule.minEffect))
          << "\n\n";
    if (verbose) {
        printComparisons(tr("A/A comparisons (same code on both sides):"), report.aa);
        printComparisons(tr("A/B comparisons (B with the injected cost):"), report.ab);
        out() << '\n';
    }
    const qsizetype aa = report.aa.size();
    const qsizetype ab = report.ab.size();
    out() << tr("False alarms: %1 of %2 A/A comparisons (%3); target: at most 1 in 20.")
                 .arg(report.falseAlarms())
                 .arg(aa)
                 .arg(percent(aa > 0 ? double(report.falseAlarms()) / double(aa) : 0))
          << '\n'
          << tr("Detection power: %1 of %2 A/B comparisons flagged (%3); target: at least 19 in 20.")
                 .arg(report.detections())
                 .arg(ab)
                 .arg(percent(ab > 0 ? double(report.detections()) / double(ab) : 0))
          << '\n'
          << (report.meetsTargets() ? tr("Both targets met") : tr("A target was missed"))
          << tr(" (%1 s).").arg(report.elapsedSeconds, 0, 'f', 1) << Qt::endl;
}

} // namespace

int selfCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measure the regression verdict itself. A/A: the webhook envelope parser is timed twice with the same "
           "code, and any change the verdict reports is a false alarm. A/B: the second side parses one extra "
           "envelope every 1/SHARE operations, a known slowdown that the verdict should report. Exit code 1 "
           "when a target is missed: more than 1 false alarm in 20, or fewer than 19 detections in 20."));
    const QCommandLineOption countOption(u"count"_qs, tr("A/A comparisons, and as many A/B comparisons (default 20)."),
                                         tr("N"), u"20"_qs);
    const QCommandLineOption samplesOption(u"samples"_qs,
                                           tr("Timed batches on each side of a comparison (default 200)."), tr("N"),
                                           u"200"_qs);
    const QCommandLineOption slowdownOption(u"slowdown"_qs,
                                            tr("Injected extra work of the B side, in percent (default 10)."),
                                            tr("PERCENT"), u"10"_qs);
    const QCommandLineOption verboseOption(u"verbose"_qs, tr("Print every comparison."));
    const QCommandLineOption jsonOption(u"json"_qs, tr("Print the figures as one JSON document."));
    parser.addOptions({countOption, samplesOption, slowdownOption, verboseOption, jsonOption});
    if (const auto code = parseOrExit(parser, args))
        return *code;

    bench::SelfCheckOptions options;
    const auto count = positiveInteger(parser, countOption, 1);
    const auto samples = positiveInteger(parser, samplesOption, 5);
    const auto slowdown = positiveInteger(parser, slowdownOption, 1);
    if (!count || !samples || !slowdown)
        return UsageError;
    if (*slowdown > 100) {
        err() << tr("self-check: --slowdown is at most 100 (percent), got %1.").arg(*slowdown) << Qt::endl;
        return UsageError;
    }
    options.comparisons = *count;
    options.samplesPerSide = *samples;
    options.injectedSlowdown = *slowdown / 100.0;

    const bool json = parser.isSet(jsonOption);
    std::signal(SIGINT, cancelSelfCheck);
    std::signal(SIGTERM, cancelSelfCheck);
    // A progress line that rewrites itself, on a terminal only.
    const bool showProgress = !json && isatty(fileno(stderr)) != 0;
    const bench::SelfCheckReport report
        = bench::runSelfCheck(options, g_cancelSelfCheck, [showProgress](int done, int total) {
              if (showProgress)
                  err() << tr("\rcomparison %1 of %2").arg(done).arg(total) << (done == total ? "\n" : "")
                        << Qt::flush;
          });
    if (report.cancelled) {
        err() << tr("\nself-check: cancelled after %1 A/A and %2 A/B comparisons.")
                     .arg(report.aa.size())
                     .arg(report.ab.size())
              << Qt::endl;
        return Cancelled;
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(reportToJson(report, options)).toJson(QJsonDocument::Indented))
              << Qt::flush;
    else
        printReport(report, options, parser.isSet(verboseOption));
    return report.meetsTargets() ? Success : ThresholdFailed;
}

} // namespace linda::cli
