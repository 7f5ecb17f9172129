// `linda-dashboard check-fixtures DIR [--json]`: loads a fixtures folder and
// prints every value with the file and JSON path it came from, plus what was
// ignored and which parts fell back to the bundled copy.
#include "cli.h"

#include "fixtures/fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace linda::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::cli", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// A source relative to the loaded folder, so lines stay short.
class SourcePrinter
{
public:
    explicit SourcePrinter(const QString &directory)
        : m_dir(directory)
    {
    }

    QString operator()(const FixtureSource &source) const
    {
        return file(source.file) + u"  "_qs + source.jsonPath;
    }

    QString file(const QString &path) const
    {
        if (path.startsWith(u':') || m_dir.path().isEmpty())
            return path;
        const QString relative = m_dir.relativeFilePath(path);
        return relative.startsWith(u"../"_qs) ? path : relative;
    }

private:
    QDir m_dir;
};

void heading(const QString &title, qsizetype count)
{
    out() << '\n' << title << u": "_qs << count << '\n';
}

QString thresholdLimit(const Threshold &t)
{
    if (t.kind == ThresholdKind::Required)
        return t.required ? tr("must be on") : tr("may be off");
    QString text = tr("max %1 %2").arg(number(t.limit), t.unit.isEmpty() ? thresholdKindUnit(t.kind) : t.unit);
    if (t.itemCount && t.kind != ThresholdKind::ItemCount)
        text += tr(" for %1 items").arg(*t.itemCount);
    return text;
}

QString rangeText(const ValueRange &range)
{
    if (range.max)
        return number(range.min) + u'-' + number(*range.max);
    return number(range.min) + u'+';
}

void printThresholds(const Fixtures &f, const SourcePrinter &src)
{
    heading(tr("Thresholds"), f.thresholds.size());
    for (const Threshold &t : f.thresholds)
        out() << u"  %1 %2 %3\n"_qs.arg(t.key, -24).arg(thresholdLimit(t), -26).arg(src(t.source));
    heading(tr("Performance bands, latency ms and throughput ops/s"), f.bands.size());
    for (const PerformanceBand &b : f.bands)
        out() << u"  %1 %2 %3 %4\n"_qs.arg(performanceCategoryName(b.category), -12)
                     .arg(rangeText(b.responseTimeMs), -10)
                     .arg(rangeText(b.throughputOpsPerSec), -10)
                     .arg(src(b.source));
}

void printBaseline(const Fixtures &f, const SourcePrinter &src)
{
    heading(tr("Baseline operations, expected ms and tolerance %"), f.baseline.size());
    for (const BaselineOperation &o : f.baseline)
        out() << u"  %1 %2 %3 %4\n"_qs.arg(o.id, -20)
                     .arg(number(o.expectedMs), 6)
                     .arg(number(o.tolerancePercent), 4)
                     .arg(src(o.source));
    heading(tr("Throughput expectations in ops/s, light / moderate / heavy / peak"), f.throughput.size());
    for (const ThroughputExpectation &t : f.throughput)
        out() << u"  %1 %2 %3\n"_qs.arg(throughputKindName(t.kind), -12)
                     .arg(u"%1 / %2 / %3 / %4"_qs.arg(number(t.light), number(t.moderate), number(t.heavy),
                                                    number(t.peak)),
                          -28)
                     .arg(src(t.source));
    heading(tr("Memory expectations, RSS MB / heap MB"), f.memory.size());
    for (const MemoryExpectation &m : f.memory)
        out() << u"  %1 %2 %3\n"_qs.arg(memoryStageName(m.stage), -12)
                     .arg(u"%1 / %2"_qs.arg(number(m.rssMB), number(m.heapMB)), -12)
                     .arg(src(m.source));
}

void printFieldSources(const QMap<QString, FixtureSource> &sources, const SourcePrinter &src)
{
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        out() << u"      %1 %2\n"_qs.arg(it.key(), -20).arg(src(it.value()));
}

QString batchSummary(const BatchScenario &s)
{
    QStringList parts = {tr("count %1").arg(s.count)};
    if (s.concurrency)
        parts << tr("concurrency %1").arg(*s.concurrency);
    if (s.workers)
        parts << tr("%1 workers").arg(*s.workers);
    if (s.sessionCount)
        parts << tr("%1 sessions").arg(*s.sessionCount);
    if (s.expectedDurationMs)
        parts << tr("within %1 ms").arg(number(*s.expectedDurationMs));
    if (s.successThreshold)
        parts << tr("at least %1 succeed").arg(*s.successThreshold);
    if (s.minItemsPerSecond)
        parts << tr("at least %1 items/s").arg(number(*s.minItemsPerSecond));
    if (s.expectedHandled)
        parts << tr("%1 handled").arg(*s.expectedHandled);
    if (s.itemSizeBytes)
        parts << tr("%1 bytes per item").arg(*s.itemSizeBytes);
    return parts.join(u", "_qs);
}

QString sessionSummary(const SessionPattern &p)
{
    QStringList parts = {tr("%1 sessions").arg(p.sessionCount)};
    if (p.creationPerSecond)
        parts << tr("%1 per second").arg(number(*p.creationPerSecond));
    else if (p.kind == SessionPatternKind::Rapid)
        parts << tr("all at once");
    if (p.targetDurationMs)
        parts << tr("within %1 ms").arg(number(*p.targetDurationMs));
    if (p.durationMs)
        parts << tr("active %1 ms").arg(number(*p.durationMs));
    if (p.idleTimeoutMs)
        parts << tr("idle timeout %1 ms").arg(number(*p.idleTimeoutMs));
    return parts.join(u", "_qs);
}

void printScenarios(const Fixtures &f, const SourcePrinter &src)
{
    heading(tr("Arrival-rate scenarios"), f.arrivalRateScenarios.size());
    for (const ArrivalRateScenario &s : f.arrivalRateScenarios) {
        out() << u"  %1 %2\n"_qs.arg(s.caseId, -24).arg(
            tr("%1 connections, %2 msg/s for %3 s, %4 handled (key '%5')")
                .arg(s.connections)
                .arg(number(s.messagesPerSecond), number(s.durationSeconds))
                .arg(s.expectedHandled)
                .arg(s.key));
        printFieldSources(s.fieldSources, src);
    }
    heading(tr("Batch scenarios matched to load cases"), f.batchScenarios.size());
    for (const BatchScenario &s : f.batchScenarios) {
        out() << u"  %1 %2 %3\n"_qs.arg(s.caseId, -30).arg(batchSummary(s), tr("(key '%1')").arg(s.key));
        printFieldSources(s.fieldSources, src);
    }
    heading(tr("Session patterns"), f.sessionPatterns.size());
    for (const SessionPattern &p : f.sessionPatterns) {
        out() << u"  %1 %2 %3\n"_qs.arg(sessionPatternKindName(p.kind), -10)
                     .arg(sessionSummary(p), tr("(key '%1')").arg(p.key));
        printFieldSources(p.fieldSources, src);
    }
}

void printMemoryCases(const Fixtures &f, const SourcePrinter &src)
{
    const std::pair<QString, const MemoryLimit *> limits[] = {
        {u"baseline"_qs, &f.memoryLimits.baselineMB},
        {u"peak"_qs, &f.memoryLimits.peakMB},
        {u"growth per 1000 ops"_qs, &f.memoryLimits.growthMBPer1000Ops},
        {u"pause"_qs, &f.memoryLimits.pauseMs},
        {u"recovery"_qs, &f.memoryLimits.recoveryPercent},
    };
    heading(tr("Memory limits"), std::size(limits));
    for (const auto &[name, limit] : limits)
        out() << u"  %1 %2 %3\n"_qs.arg(name, -20)
                     .arg(number(limit->value) + u' ' + limit->unit, -10)
                     .arg(src(limit->source));
    heading(tr("Leak scenarios, operations / tolerance / expected count"), f.leakScenarios.size());
    for (const LeakScenario &s : f.leakScenarios)
        out() << u"  %1 %2 %3 %4 %5\n"_qs.arg(s.caseId, -22)
                     .arg(s.operations, 5)
                     .arg(s.tolerance, 4)
                     .arg(s.expectedCount, 3)
                     .arg(src(s.source));
}

void printIgnoredAndNotes(const Fixtures &f, const SourcePrinter &src)
{
    heading(tr("Ignored"), f.ignored.size());
    for (const IgnoredItem &i : f.ignored)
        out() << u"  %1  %2: %3\n"_qs.arg(src.file(i.file), i.jsonPath, i.reason);
    heading(tr("Notes"), f.notes.size());
    for (const QString &note : f.notes)
        out() << u"  "_qs << note << '\n';
}

void printText(const Fixtures &f)
{
    const SourcePrinter src(f.directory);
    out() << tr("Fixtures in %1 (%2 format)").arg(f.directory, fixtureFormatName(f.format)) << '\n';
    out() << tr("Files read, highest precedence first:") << '\n';
    for (const QString &file : f.files)
        out() << u"  "_qs << src.file(file) << '\n';
    printThresholds(f, src);
    printBaseline(f, src);
    printScenarios(f, src);
    printMemoryCases(f, src);
    printIgnoredAndNotes(f, src);
    out() << Qt::flush;
}

} // namespace

int checkFixtures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Load the fixtures in DIR (bundled format, or a Linda suite's performance-fixtures/ or fixtures/ "
           "folder or their parent) and print every value with the file and JSON path it came from."));
    parser.addPositionalArgument(u"DIR"_qs, tr("Folder with the fixture files."));
    const QCommandLineOption jsonOption(u"json"_qs, tr("Print the result as one JSON document."));
    parser.addOption(jsonOption);
    if (const auto code = parseOrExit(parser, args))
        return *code;

    // positionalArguments() starts with the subcommand name.
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        err() << tr("check-fixtures needs exactly one folder, e.g. 'check-fixtures fixtures/'.") << '\n'
              << tr("Try '%1 --help'.").arg(args.mid(0, 2).join(u' ')) << Qt::endl;
        return UsageError;
    }

    const FixturesLoadResult result = fixtures::load(positional.first());
    if (!result.ok()) {
        for (const FixtureError &error : result.errors)
            err() << error.toString() << '\n';
        err() << QCoreApplication::translate("linda::cli",
                                             "%n error(s); fix the files above and run check-fixtures again.",
                                             nullptr, int(result.errors.size()))
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(fixtures::toJson(result.fixtures)).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printText(result.fixtures);
    return Success;
}

} // namespace linda::cli
