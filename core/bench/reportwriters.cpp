#include "reportwriters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QXmlStreamWriter>

namespace linda::bench {

namespace {

QString trWriters(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

constexpr int kSchemaVersion = 1;
const QString kFormatName = QStringLiteral("linda-bench-run");

QJsonArray toArray(const QList<double> &values)
{
    QJsonArray array;
    for (const double v : values)
        array.append(v);
    return array;
}

QJsonObject statsToJson(const Statistics &s)
{
    return {
        {u"count"_qs, double(s.count)}, {u"min"_qs, s.min},       {u"max"_qs, s.max},
        {u"mean"_qs, s.mean},          {u"median"_qs, s.median}, {u"stddev"_qs, s.stddev},
        {u"cv"_qs, s.cv},              {u"p50"_qs, s.p50},       {u"p90"_qs, s.p90},
        {u"p95"_qs, s.p95},            {u"p99"_qs, s.p99},       {u"mad"_qs, s.mad},
        {u"medianCiLow"_qs, s.medianCiLow}, {u"medianCiHigh"_qs, s.medianCiHigh},
        {u"outliersLow"_qs, s.outliersLow}, {u"outliersHigh"_qs, s.outliersHigh},
    };
}

QJsonObject caseInfoToJson(const CaseInfo &info)
{
    return {
        {u"id"_qs, info.id},
        {u"suite"_qs, suiteName(info.suite)},
        {u"title"_qs, info.title},
        {u"kind"_qs, caseKindName(info.kind)},
        {u"unit"_qs, info.unit},
        {u"thresholdKey"_qs, info.thresholdKey},
        {u"baselineKey"_qs, info.baselineKey},
        {u"parameters"_qs, QJsonObject::fromVariantMap(info.parameters)},
    };
}

QJsonObject checkToJson(const CheckResult &c)
{
    return {
        {u"name"_qs, c.name},         {u"unit"_qs, c.unit},
        {u"measured"_qs, c.measured}, {u"limit"_qs, c.limit},
        {u"higherIsBetter"_qs, c.higherIsBetter}, {u"warnZone"_qs, c.warnZone},
        {u"verdict"_qs, verdictName(c.verdict)},  {u"source"_qs, c.source},
    };
}

QJsonObject seriesToJson(const Series &s)
{
    QJsonArray points;
    for (const QPointF &p : s.points)
        points.append(QJsonArray{p.x(), p.y()});
    return {{u"name"_qs, s.name}, {u"xUnit"_qs, s.xUnit}, {u"yUnit"_qs, s.yUnit}, {u"points"_qs, points}};
}

QJsonObject caseToJson(const CaseResult &r)
{
    QJsonObject object = caseInfoToJson(r.info);
    object.insert(u"verdict"_qs, verdictName(r.verdict));
    object.insert(u"verdictReason"_qs, r.verdictReason);
    object.insert(u"error"_qs, r.error);
    object.insert(u"sampleUnit"_qs, r.sampleUnit);
    object.insert(u"samples"_qs, toArray(r.samples));
    object.insert(u"stats"_qs, statsToJson(r.stats));
    object.insert(u"throughput"_qs, QJsonObject{{u"median"_qs, r.throughput},
                                                {u"ciLow"_qs, r.throughputCiLow},
                                                {u"ciHigh"_qs, r.throughputCiHigh}});
    object.insert(u"measured"_qs, r.measured);
    object.insert(u"threshold"_qs, r.threshold);
    object.insert(u"higherIsBetter"_qs, r.higherIsBetter);
    object.insert(u"baseline"_qs, QJsonObject{{u"expectedMs"_qs, r.baselineExpectedMs},
                                              {u"tolerancePercent"_qs, r.baselineTolerancePercent},
                                              {u"ratio"_qs, r.baselineRatio},
                                              {u"verdict"_qs, verdictName(r.baselineVerdict)}});
    QJsonArray checks;
    for (const CheckResult &c : r.checks)
        checks.append(checkToJson(c));
    object.insert(u"checks"_qs, checks);
    QJsonObject metrics;
    for (auto it = r.metrics.cbegin(); it != r.metrics.cend(); ++it)
        metrics.insert(it.key(), it.value());
    object.insert(u"metrics"_qs, metrics);
    QJsonArray series;
    for (const Series &s : r.series)
        series.append(seriesToJson(s));
    object.insert(u"series"_qs, series);
    object.insert(u"warnings"_qs, QJsonArray::fromStringList(r.warnings));
    object.insert(u"iterations"_qs, double(r.iterations));
    object.insert(u"batchSize"_qs, double(r.batchSize));
    object.insert(u"elapsedMs"_qs, double(r.elapsedMs));
    return object;
}

QJsonObject environmentToJson(const Environment &e)
{
    return {
        {u"cpuModel"_qs, e.cpuModel},
        {u"cores"_qs, e.cores},
        {u"os"_qs, e.os},
        {u"compiler"_qs, e.compiler},
        {u"buildType"_qs, e.buildType},
        {u"qtVersion"_qs, e.qtVersion},
        {u"sqliteVersion"_qs, e.sqliteVersion},
        {u"gitCommit"_qs, e.gitCommit},
        {u"fixturesSource"_qs, e.fixturesSource},
        {u"startedAt"_qs, e.startedAt.toString(Qt::ISODateWithMs)},
        {u"noiseWarnings"_qs, QJsonArray::fromStringList(e.noiseWarnings)},
    };
}

QJsonObject summaryToJson(const RunResult &run)
{
    QMap<QString, int> counts;
    for (const Verdict v : {Verdict::Pass, Verdict::Warn, Verdict::Fail, Verdict::Error, Verdict::Cancelled})
        counts.insert(verdictName(v), 0);
    for (const CaseResult &r : run.cases)
        counts[verdictName(r.verdict)] += 1;
    QJsonObject summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.insert(it.key(), it.value());
    summary.insert(u"cases"_qs, int(run.cases.size()));
    return summary;
}

// Reading back: a small cursor that records the first type error.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(linda::bench)

public:
    explicit Reader(QString *error)
        : m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    QJsonValue member(const QJsonObject &object, const QString &path, const QString &key,
                      QJsonValue::Type type)
    {
        const QJsonValue value = object.value(key);
        if (m_ok && value.type() != type) {
            m_ok = false;
            if (m_error) {
                *m_error = trWriters("%1.%2: expected %3, found %4")
                               .arg(path, key, typeName(type),
                                    value.isUndefined() ? trWriters("nothing") : typeName(value.type()));
            }
        }
        return value;
    }
    QString string(const QJsonObject &o, const QString &path, const QString &key)
    {
        return member(o, path, key, QJsonValue::String).toString();
    }
    double number(const QJsonObject &o, const QString &path, const QString &key)
    {
        return member(o, path, key, QJsonValue::Double).toDouble();
    }
    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        return member(o, path, key, QJsonValue::Bool).toBool();
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        return member(o, path, key, QJsonValue::Object).toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        return member(o, path, key, QJsonValue::Array).toArray();
    }
    void fail(const QString &message)
    {
        if (m_ok && m_error)
            *m_error = message;
        m_ok = false;
    }

private:
    static QString typeName(QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::Null:
            return u"null"_qs;
        case QJsonValue::Bool:
            return u"boolean"_qs;
        case QJsonValue::Double:
            return u"number"_qs;
        case QJsonValue::String:
            return u"string"_qs;
        case QJsonValue::Array:
            return u"array"_qs;
        case QJsonValue::Object:
            return u"object"_qs;
        case QJsonValue::Undefined:
            break;
        }
        return u"nothing"_qs;
    }

    QString *m_error;
    bool m_ok = true;
};

Verdict verdictFromName(const QString &name)
{
    for (const Verdict v : {Verdict::NotRun, Verdict::Pass, Verdict::Warn, Verdict::Fail, Verdict::Error,
                            Verdict::Cancelled}) {
        if (verdictName(v) == name)
            return v;
    }
    return Verdict::NotRun;
}

std::optional<CaseKind> caseKindFromName(const QString &name)
{
    for (const CaseKind k : {CaseKind::Latency, CaseKind::Throughput, CaseKind::Memory, CaseKind::Correctness}) {
        if (caseKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QList<double> doublesOf(const QJsonArray &array)
{
    QList<double> values;
    values.reserve(array.size());
    for (const QJsonValue &v : array)
        values << v.toDouble();
    return values;
}

CaseResult caseFromJson(Reader &in, const QJsonObject &o, const QString &path)
{
    CaseResult r;
    r.info.id = in.string(o, path, u"id"_qs);
    const std::optional<Suite> suite = suiteFromName(in.string(o, path, u"suite"_qs));
    const std::optional<CaseKind> kind = caseKindFromName(in.string(o, path, u"kind"_qs));
    if (in.ok() && (!suite || !kind))
        in.fail(trWriters("%1: unknown suite or kind").arg(path));
    r.info.suite = suite.value_or(Suite::Benchmark);
    r.info.kind = kind.value_or(CaseKind::Latency);
    r.info.title = in.string(o, path, u"title"_qs);
    r.info.unit = in.string(o, path, u"unit"_qs);
    r.info.thresholdKey = in.string(o, path, u"thresholdKey"_qs);
    r.info.baselineKey = in.string(o, path, u"baselineKey"_qs);
    r.info.parameters = in.object(o, path, u"parameters"_qs).toVariantMap();
    r.verdict = verdictFromName(in.string(o, path, u"verdict"_qs));
    r.verdictReason = in.string(o, path, u"verdictReason"_qs);
    r.error = in.string(o, path, u"error"_qs);
    r.sampleUnit = in.string(o, path, u"sampleUnit"_qs);
    r.samples = doublesOf(in.array(o, path, u"samples"_qs));

    const QString statsPath = path + u".stats"_qs;
    const QJsonObject s = in.object(o, path, u"stats"_qs);
    r.stats.count = qint64(in.number(s, statsPath, u"count"_qs));
    r.stats.min = in.number(s, statsPath, u"min"_qs);
    r.stats.max = in.number(s, statsPath, u"max"_qs);
    r.stats.mean = in.number(s, statsPath, u"mean"_qs);
    r.stats.median = in.number(s, statsPath, u"median"_qs);
    r.stats.stddev = in.number(s, statsPath, u"stddev"_qs);
    r.stats.cv = in.number(s, statsPath, u"cv"_qs);
    r.stats.p50 = in.number(s, statsPath, u"p50"_qs);
    r.stats.p90 = in.number(s, statsPath, u"p90"_qs);
    r.stats.p95 = in.number(s, statsPath, u"p95"_qs);
    r.stats.p99 = in.number(s, statsPath, u"p99"_qs);
    r.stats.mad = in.number(s, statsPath, u"mad"_qs);
    r.stats.medianCiLow = in.number(s, statsPath, u"medianCiLow"_qs);
    r.stats.medianCiHigh = in.number(s, statsPath, u"medianCiHigh"_qs);
    r.stats.outliersLow = int(in.number(s, statsPath, u"outliersLow"_qs));
    r.stats.outliersHigh = int(in.number(s, statsPath, u"outliersHigh"_qs));

    const QJsonObject t = in.object(o, path, u"throughput"_qs);
    r.throughput = in.number(t, path + u".throughput"_qs, u"median"_qs);
    r.throughputCiLow = in.number(t, path + u".throughput"_qs, u"ciLow"_qs);
    r.throughputCiHigh = in.number(t, path + u".throughput"_qs, u"ciHigh"_qs);
    r.measured = in.number(o, path, u"measured"_qs);
    r.threshold = in.number(o, path, u"threshold"_qs);
    r.higherIsBetter = in.boolean(o, path, u"higherIsBetter"_qs);

    const QJsonObject b = in.object(o, path, u"baseline"_qs);
    r.baselineExpectedMs = in.number(b, path + u".baseline"_qs, u"expectedMs"_qs);
    r.baselineTolerancePercent = in.number(b, path + u".baseline"_qs, u"tolerancePercent"_qs);
    r.baselineRatio = in.number(b, path + u".baseline"_qs, u"ratio"_qs);
    r.baselineVerdict = verdictFromName(in.string(b, path + u".baseline"_qs, u"verdict"_qs));

    const QJsonArray checks = in.array(o, path, u"checks"_qs);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QString checkPath = u"%1.checks[%2]"_qs.arg(path).arg(i);
        const QJsonObject c = checks.at(i).toObject();
        CheckResult check;
        check.name = in.string(c, checkPath, u"name"_qs);
        check.unit = in.string(c, checkPath, u"unit"_qs);
        check.measured = in.number(c, checkPath, u"measured"_qs);
        check.limit = in.number(c, checkPath, u"limit"_qs);
        check.higherIsBetter = in.boolean(c, checkPath, u"higherIsBetter"_qs);
        check.warnZone = in.boolean(c, checkPath, u"warnZone"_qs);
        check.verdict = verdictFromName(in.string(c, checkPath, u"verdict"_qs));
        check.source = in.string(c, checkPath, u"source"_qs);
        r.checks << check;
    }
    const QJsonObject metrics = in.object(o, path, u"metrics"_qs);
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it)
        r.metrics.insert(it.key(), it.value().toDouble());
    const QJsonArray series = in.array(o, path, u"series"_qs);
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QString seriesPath = u"%1.series[%2]"_qs.arg(path).arg(i);
        const QJsonObject so = series.at(i).toObject();
        Series s;
        s.name = in.string(so, seriesPath, u"name"_qs);
        s.xUnit = in.string(so, seriesPath, u"xUnit"_qs);
        s.yUnit = in.string(so, seriesPath, u"yUnit"_qs);
        for (const QJsonValue &p : in.array(so, seriesPath, u"points"_qs)) {
            const QJsonArray xy = p.toArray();
            s.points << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        r.series << s;
    }
    for (const QJsonValue &w : in.array(o, path, u"warnings"_qs))
        r.warnings << w.toString();
    r.iterations = qint64(in.number(o, path, u"iterations"_qs));
    r.batchSize = qint64(in.number(o, path, u"batchSize"_qs));
    r.elapsedMs = qint64(in.number(o, path, u"elapsedMs"_qs));
    return r;
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QByteArray csvNumber(double value)
{
    return QByteArray::number(value, 'g', 10);
}

// Text of a JUnit failure: every check with its figures, one per line.
QString checksText(const CaseResult &r)
{
    QStringList lines;
    lines << r.verdictReason;
    for (const CheckResult &c : r.checks) {
        lines << u"%1: %2 %3, %4 %5 %3 -> %6"_qs.arg(c.name)
                     .arg(c.measured, 0, 'g', 6)
                     .arg(c.unit, c.higherIsBetter ? u"minimum"_qs : u"maximum"_qs)
                     .arg(c.limit, 0, 'g', 6)
                     .arg(verdictName(c.verdict));
    }
    if (r.stats.count > 0) {
        lines << u"samples %1 (%2): p50 %3, p95 %4, p99 %5, max %6"_qs.arg(r.stats.count)
                     .arg(r.sampleUnit)
                     .arg(r.stats.p50, 0, 'g', 6)
                     .arg(r.stats.p95, 0, 'g', 6)
                     .arg(r.stats.p99, 0, 'g', 6)
                     .arg(r.stats.max, 0, 'g', 6);
    }
    lines << r.warnings;
    return lines.join(u'\n');
}

// A passed or warned case that the comparison marks as a regression.
bool failsByRegression(const CaseResult &r, const JUnitComparison &comparison)
{
    return (r.verdict == Verdict::Pass || r.verdict == Verdict::Warn) && comparison.regressions.contains(r.info.id);
}

// The checks text followed by the case's comparison line, if any.
QString caseText(const CaseResult &r, const JUnitComparison &comparison)
{
    const QString line = comparison.caseLines.value(r.info.id);
    return line.isEmpty() ? checksText(r) : checksText(r) + u'\n' + line;
}

void writeJUnitCase(QXmlStreamWriter &xml, const CaseResult &r, const JUnitComparison &comparison)
{
    xml.writeStartElement(u"testcase"_qs);
    xml.writeAttribute(u"classname"_qs, u"linda."_qs + suiteName(r.info.suite));
    xml.writeAttribute(u"name"_qs, r.info.id);
    xml.writeAttribute(u"time"_qs, QString::number(double(r.elapsedMs) / 1000.0, 'f', 3));
    if (failsByRegression(r, comparison)) {
        xml.writeStartElement(u"failure"_qs);
        xml.writeAttribute(u"type"_qs, u"regression"_qs);
        xml.writeAttribute(u"message"_qs, comparison.regressions.value(r.info.id));
        xml.writeCharacters(caseText(r, comparison));
        xml.writeEndElement();
        xml.writeEndElement();
        return;
    }
    switch (r.verdict) {
    case Verdict::Fail:
        xml.writeStartElement(u"failure"_qs);
        xml.writeAttribute(u"type"_qs, u"threshold"_qs);
        xml.writeAttribute(u"message"_qs, r.verdictReason);
        xml.writeCharacters(caseText(r, comparison));
        xml.writeEndElement();
        break;
    case Verdict::Error:
        xml.writeStartElement(u"error"_qs);
        xml.writeAttribute(u"type"_qs, u"error"_qs);
        xml.writeAttribute(u"message"_qs, r.error);
        xml.writeCharacters(r.error);
        xml.writeEndElement();
        break;
    case Verdict::Cancelled:
    case Verdict::NotRun:
        xml.writeStartElement(u"skipped"_qs);
        xml.writeAttribute(u"message"_qs, verdictName(r.verdict));
        xml.writeEndElement();
        break;
    case Verdict::Pass:
    case Verdict::Warn:
        xml.writeTextElement(u"system-out"_qs, caseText(r, comparison));
        break;
    }
    xml.writeEndElement();
}

} // namespace

QJsonObject runToJson(const RunResult &run)
{
    QJsonArray cases;
    for (const CaseResult &r : run.cases)
        cases.append(caseToJson(r));
    QJsonArray caseIds = QJsonArray::fromStringList(run.request.caseIds);
    return {
        {u"format"_qs, kFormatName},
        {u"schemaVersion"_qs, kSchemaVersion},
        {u"startedAt"_qs, run.startedAt.toString(Qt::ISODateWithMs)},
        {u"finishedAt"_qs, run.finishedAt.toString(Qt::ISODateWithMs)},
        {u"cancelled"_qs, run.cancelled},
        {u"request"_qs, QJsonObject{{u"caseIds"_qs, caseIds},
                                    {u"profile"_qs, profileName(run.request.profile)},
                                    {u"fixturesPath"_qs, run.request.fixturesPath},
                                    {u"workers"_qs, run.request.workers},
                                    {u"minTimePerCaseMs"_qs, double(run.request.minTimePerCase.count())}}},
        {u"environment"_qs, environmentToJson(run.environment)},
        {u"summary"_qs, summaryToJson(run)},
        {u"cases"_qs, cases},
    };
}

QByteArray runToJsonBytes(const RunResult &run)
{
    return QJsonDocument(runToJson(run)).toJson(QJsonDocument::Indented);
}

bool runFromJson(const QJsonObject &object, RunResult &run, QString *errorMessage)
{
    Reader in(errorMessage);
    const QString root = u"$"_qs;
    if (in.string(object, root, u"format"_qs) != kFormatName && in.ok())
        in.fail(trWriters("$.format: expected \"%1\"").arg(kFormatName));
    const int version = int(in.number(object, root, u"schemaVersion"_qs));
    if (in.ok() && version != kSchemaVersion)
        in.fail(trWriters("$.schemaVersion: version %1 is not supported; this build reads version %2")
                    .arg(version)
                    .arg(kSchemaVersion));
    RunResult result;
    result.startedAt = QDateTime::fromString(in.string(object, root, u"startedAt"_qs), Qt::ISODateWithMs);
    result.finishedAt = QDateTime::fromString(in.string(object, root, u"finishedAt"_qs), Qt::ISODateWithMs);
    result.cancelled = in.boolean(object, root, u"cancelled"_qs);

    const QJsonObject request = in.object(object, root, u"request"_qs);
    for (const QJsonValue &id : in.array(request, u"$.request"_qs, u"caseIds"_qs))
        result.request.caseIds << id.toString();
    result.request.profile =
        profileFromName(in.string(request, u"$.request"_qs, u"profile"_qs)).value_or(Profile::Default);
    result.request.fixturesPath = in.string(request, u"$.request"_qs, u"fixturesPath"_qs);
    result.request.workers = int(in.number(request, u"$.request"_qs, u"workers"_qs));
    result.request.minTimePerCase =
        std::chrono::milliseconds(qint64(in.number(request, u"$.request"_qs, u"minTimePerCaseMs"_qs)));

    const QString envPath = u"$.environment"_qs;
    const QJsonObject env = in.object(object, root, u"environment"_qs);
    result.environment.cpuModel = in.string(env, envPath, u"cpuModel"_qs);
    result.environment.cores = int(in.number(env, envPath, u"cores"_qs));
    result.environment.os = in.string(env, envPath, u"os"_qs);
    result.environment.compiler = in.string(env, envPath, u"compiler"_qs);
    result.environment.buildType = in.string(env, envPath, u"buildType"_qs);
    result.environment.qtVersion = in.string(env, envPath, u"qtVersion"_qs);
    result.environment.sqliteVersion = in.string(env, envPath, u"sqliteVersion"_qs);
    result.environment.gitCommit = in.string(env, envPath, u"gitCommit"_qs);
    result.environment.fixturesSource = in.string(env, envPath, u"fixturesSource"_qs);
    result.environment.startedAt =
        QDateTime::fromString(in.string(env, envPath, u"startedAt"_qs), Qt::ISODateWithMs);
    for (const QJsonValue &w : in.array(env, envPath, u"noiseWarnings"_qs))
        result.environment.noiseWarnings << w.toString();

    const QJsonArray cases = in.array(object, root, u"cases"_qs);
    for (qsizetype i = 0; i < cases.size() && in.ok(); ++i)
        result.cases << caseFromJson(in, cases.at(i).toObject(), u"$.cases[%1]"_qs.arg(i));
    if (!in.ok())
        return false;
    run = result;
    return true;
}

QByteArray runToCsv(const RunResult &run)
{
    QByteArray csv = "id,suite,kind,verdict,unit,measured,threshold,sample_unit,count,min,p50,p90,p95,p99,max,"
                     "mean,stddev,cv,median_ci_low,median_ci_high,throughput_ops_s,throughput_ci_low,"
                     "throughput_ci_high,baseline_ratio,baseline_verdict,elapsed_ms,reason\r\n";
    for (const CaseResult &r : run.cases) {
        const Statistics &s = r.stats;
        const QList<QByteArray> fields = {
            csvField(r.info.id),           csvField(suiteName(r.info.suite)), csvField(caseKindName(r.info.kind)),
            csvField(verdictName(r.verdict)), csvField(r.info.unit),         csvNumber(r.measured),
            csvNumber(r.threshold),        csvField(r.sampleUnit),            QByteArray::number(s.count),
            csvNumber(s.min),              csvNumber(s.p50),                  csvNumber(s.p90),
            csvNumber(s.p95),              csvNumber(s.p99),                  csvNumber(s.max),
            csvNumber(s.mean),             csvNumber(s.stddev),               csvNumber(s.cv),
            csvNumber(s.medianCiLow),      csvNumber(s.medianCiHigh),         csvNumber(r.throughput),
            csvNumber(r.throughputCiLow),  csvNumber(r.throughputCiHigh),     csvNumber(r.baselineRatio),
            csvField(verdictName(r.baselineVerdict)), QByteArray::number(r.elapsedMs),
            csvField(r.verdict == Verdict::Error ? r.error : r.verdictReason),
        };
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

QByteArray runToJUnit(const RunResult &run)
{
    return runToJUnit(run, JUnitComparison{});
}

QByteArray runToJUnit(const RunResult &run, const JUnitComparison &comparison)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();

    auto count = [](const QList<CaseResult> &cases, Verdict v) {
        return QString::number(std::count_if(cases.cbegin(), cases.cend(),
                                             [v](const CaseResult &r) { return r.verdict == v; }));
    };
    // Failed thresholds and regressions of cases that passed them.
    auto failures = [&comparison](const QList<CaseResult> &cases) {
        return QString::number(std::count_if(cases.cbegin(), cases.cend(), [&comparison](const CaseResult &r) {
            return r.verdict == Verdict::Fail || failsByRegression(r, comparison);
        }));
    };
    auto seconds = [](const QList<CaseResult> &cases) {
        qint64 ms = 0;
        for (const CaseResult &r : cases)
            ms += r.elapsedMs;
        return QString::number(double(ms) / 1000.0, 'f', 3);
    };

    xml.writeStartElement(u"testsuites"_qs);
    xml.writeAttribute(u"name"_qs, u"linda-dashboard"_qs);
    xml.writeAttribute(u"tests"_qs, QString::number(run.cases.size()));
    xml.writeAttribute(u"failures"_qs, failures(run.cases));
    xml.writeAttribute(u"errors"_qs, count(run.cases, Verdict::Error));
    xml.writeAttribute(u"time"_qs, seconds(run.cases));
    for (const Suite suite : {Suite::Benchmark, Suite::Load, Suite::Memory}) {
        QList<CaseResult> cases;
        for (const CaseResult &r : run.cases) {
            if (r.info.suite == suite)
                cases << r;
        }
        if (cases.isEmpty())
            continue;
        xml.writeStartElement(u"testsuite"_qs);
        xml.writeAttribute(u"name"_qs, suiteName(suite));
        xml.writeAttribute(u"tests"_qs, QString::number(cases.size()));
        xml.writeAttribute(u"failures"_qs, failures(cases));
        xml.writeAttribute(u"errors"_qs, count(cases, Verdict::Error));
        xml.writeAttribute(u"skipped"_qs,
                           QString::number(count(cases, Verdict::Cancelled).toInt() + count(cases, Verdict::NotRun).toInt()));
        xml.writeAttribute(u"time"_qs, seconds(cases));
        xml.writeAttribute(u"timestamp"_qs, run.startedAt.toString(Qt::ISODate));
        xml.writeStartElement(u"properties"_qs);
        const QList<std::pair<QString, QString>> properties = QList<std::pair<QString, QString>>{
            {u"profile"_qs, profileName(run.request.profile)},
            {u"cpu"_qs, run.environment.cpuModel},
            {u"buildType"_qs, run.environment.buildType},
            {u"gitCommit"_qs, run.environment.gitCommit},
            {u"fixtures"_qs, run.environment.fixturesSource},
        } + comparison.properties;
        for (const auto &[name, value] : properties) {
            xml.writeStartElement(u"property"_qs);
            xml.writeAttribute(u"name"_qs, name);
            xml.writeAttribute(u"value"_qs, value);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (const CaseResult &r : cases)
            writeJUnitCase(xml, r, comparison);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

QByteArray runToGoogleBenchmarkJson(const RunResult &run)
{
    const Environment &e = run.environment;
    QJsonObject context{
        {u"date"_qs, run.startedAt.toString(Qt::ISODate)},
        {u"host_name"_qs, QSysInfo::machineHostName()},
        {u"executable"_qs, u"linda-dashboard run"_qs},
        {u"num_cpus"_qs, e.cores},
        {u"mhz_per_cpu"_qs, 0},
        {u"cpu_scaling_enabled"_qs, e.noiseWarnings.join(u' ').contains(u"governor"_qs)},
        {u"caches"_qs, QJsonArray()},
        {u"load_avg"_qs, QJsonArray()},
        {u"library_build_type"_qs, e.buildType.compare(u"Debug"_qs, Qt::CaseInsensitive) == 0 ? u"debug"_qs
                                                                                              : u"release"_qs},
        {u"linda_git_commit"_qs, e.gitCommit},
        {u"linda_profile"_qs, profileName(run.request.profile)},
    };
    QJsonArray benchmarks;
    int family = 0;
    for (const CaseResult &r : run.cases) {
        double nsPerOperation = 0;
        if (r.sampleUnit == u"ns"_qs && r.stats.count > 0)
            nsPerOperation = r.stats.mean;
        else if (r.sampleUnit == u"ops/s"_qs && r.throughput > 0)
            nsPerOperation = 1e9 / r.throughput;
        if (nsPerOperation <= 0 || r.verdict == Verdict::Error || r.verdict == Verdict::Cancelled)
            continue;
        // NOTE: the runner measures wall time only, so cpu_time repeats real_time.
        benchmarks.append(QJsonObject{
            {u"name"_qs, r.info.id},
            {u"family_index"_qs, family++},
            {u"per_family_instance_index"_qs, 0},
            {u"run_name"_qs, r.info.id},
            {u"run_type"_qs, u"iteration"_qs},
            {u"repetitions"_qs, 1},
            {u"repetition_index"_qs, 0},
            {u"threads"_qs, 1},
            {u"iterations"_qs, double(std::max<qint64>(1, r.iterations))},
            {u"real_time"_qs, nsPerOperation},
            {u"cpu_time"_qs, nsPerOperation},
            {u"time_unit"_qs, u"ns"_qs},
        });
    }
    return QJsonDocument(QJsonObject{{u"context"_qs, context}, {u"benchmarks"_qs, benchmarks}})
        .toJson(QJsonDocument::Indented);
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = trWriters("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        if (errorMessage)
            *errorMessage = trWriters("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = trWriters("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace linda::bench
