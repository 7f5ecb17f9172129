#include "runjson.h"

#include "bench/statistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace linda::bench {

namespace {

QString trJson(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

// JSON has no NaN or infinity; such figures are written as null.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTime(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &v : values)
        array.append(v);
    return array;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return trJson("null");
    case QJsonValue::Bool:
        return trJson("a boolean");
    case QJsonValue::Double:
        return trJson("a number");
    case QJsonValue::String:
        return trJson("a string");
    case QJsonValue::Array:
        return trJson("an array");
    case QJsonValue::Object:
        return trJson("an object");
    case QJsonValue::Undefined:
        break;
    }
    return trJson("nothing");
}

// Reads the members of one JSON object and remembers the first problem with
// its path. After a failure every read returns a default, so callers check
// failed() once at the end.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(linda::bench)

public:
    ObjectReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    bool failed() const { return m_failed; }
    QString path() const { return m_path; }
    QString memberPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    void fail(const QString &path, const QString &message)
    {
        if (m_failed || !m_error)
            return;
        m_failed = true;
        *m_error = path + u": " + message;
    }
    void failShared(bool failed)
    {
        m_failed = m_failed || failed;
    }

    // A member that is present must have the expected type; a missing
    // required member is an error, a missing optional one gives the default.
    QJsonValue member(const QString &key, QJsonValue::Type type, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (m_failed)
            return {};
        if (value.isUndefined()) {
            if (required)
                fail(memberPath(key), trJson("the member is missing; expected %1.").arg(typeName(QJsonValue(type))));
            return {};
        }
        if (value.type() != type) {
            fail(memberPath(key), trJson("expected %1, found %2.").arg(typeName(QJsonValue(type)), typeName(value)));
            return {};
        }
        return value;
    }

    QString string(const QString &key, bool required = false)
    {
        return member(key, QJsonValue::String, required).toString();
    }
    // A number; null stands for a figure that was not finite when written.
    double number(const QString &key, bool required = false)
    {
        if (m_object.value(key).isNull())
            return std::nan("");
        return member(key, QJsonValue::Double, required).toDouble();
    }
    qint64 integer(const QString &key, bool required = false)
    {
        const double value = number(key, required);
        if (m_failed || !m_object.contains(key))
            return 0;
        if (!std::isfinite(value) || value != std::floor(value)) {
            fail(memberPath(key), trJson("expected a whole number, found %1.").arg(value));
            return 0;
        }
        return static_cast<qint64>(value);
    }
    bool boolean(const QString &key, bool fallback = false)
    {
        const QJsonValue value = member(key, QJsonValue::Bool, false);
        return value.isBool() ? value.toBool() : fallback;
    }
    QJsonObject object(const QString &key, bool required = false)
    {
        return member(key, QJsonValue::Object, required).toObject();
    }
    QJsonArray array(const QString &key, bool required = false)
    {
        return member(key, QJsonValue::Array, required).toArray();
    }
    QDateTime dateTime(const QString &key, bool required = false)
    {
        if (!required && m_object.value(key).isNull())
            return {};
        const QString text = string(key, required);
        if (m_failed || text.isEmpty())
            return {};
        QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!value.isValid())
            fail(memberPath(key), trJson("'%1' is not an ISO 8601 date and time.").arg(text));
        return value;
    }
    QStringList strings(const QString &key)
    {
        QStringList list;
        const QJsonArray values = array(key);
        for (qsizetype i = 0; i < values.size() && !m_failed; ++i) {
            if (!values.at(i).isString())
                fail(indexPath(key, i), trJson("expected a string, found %1.").arg(typeName(values.at(i))));
            list << values.at(i).toString();
        }
        return list;
    }
    QString indexPath(const QString &key, qsizetype index) const
    {
        return memberPath(key) + u'[' + QString::number(index) + u']';
    }

    template<typename Enum>
    Enum enumeration(const QString &key, std::optional<Enum> (*fromName)(QStringView), Enum fallback,
                     bool required = false)
    {
        const QString name = string(key, required);
        if (m_failed || name.isEmpty())
            return fallback;
        const std::optional<Enum> value = fromName(name);
        if (!value)
            fail(memberPath(key), trJson("'%1' is not a known value.").arg(name));
        return value.value_or(fallback);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error = nullptr;
    bool m_failed = false;
};

QJsonObject statisticsToJson(const Statistics &s)
{
    return QJsonObject{
        {u"count"_qs, double(s.count)}, {u"min"_qs, number(s.min)}, {u"max"_qs, number(s.max)},
        {u"mean"_qs, number(s.mean)}, {u"median"_qs, number(s.median)}, {u"stddev"_qs, number(s.stddev)},
        {u"cv"_qs, number(s.cv)}, {u"p50"_qs, number(s.p50)}, {u"p90"_qs, number(s.p90)},
        {u"p95"_qs, number(s.p95)}, {u"p99"_qs, number(s.p99)}, {u"mad"_qs, number(s.mad)},
        {u"medianCiLow"_qs, number(s.medianCiLow)}, {u"medianCiHigh"_qs, number(s.medianCiHigh)},
        {u"outliersLow"_qs, s.outliersLow}, {u"outliersHigh"_qs, s.outliersHigh},
    };
}

Statistics statisticsFromJson(ObjectReader &r)
{
    Statistics s;
    s.count = r.integer(u"count"_qs);
    s.min = r.number(u"min"_qs);
    s.max = r.number(u"max"_qs);
    s.mean = r.number(u"mean"_qs);
    s.median = r.number(u"median"_qs);
    s.stddev = r.number(u"stddev"_qs);
    s.cv = r.number(u"cv"_qs);
    s.p50 = r.number(u"p50"_qs);
    s.p90 = r.number(u"p90"_qs);
    s.p95 = r.number(u"p95"_qs);
    s.p99 = r.number(u"p99"_qs);
    s.mad = r.number(u"mad"_qs);
    s.medianCiLow = r.number(u"medianCiLow"_qs);
    s.medianCiHigh = r.number(u"medianCiHigh"_qs);
    s.outliersLow = int(r.integer(u"outliersLow"_qs));
    s.outliersHigh = int(r.integer(u"outliersHigh"_qs));
    return s;
}

QJsonObject infoToJson(const CaseInfo &info)
{
    return QJsonObject{
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

CaseInfo infoFromJson(ObjectReader &r)
{
    CaseInfo info;
    info.id = r.string(u"id"_qs, true);
    if (!r.failed() && info.id.isEmpty())
        r.fail(r.memberPath(u"id"_qs), trJson("the case id is empty."));
    info.suite = r.enumeration<Suite>(u"suite"_qs, &suiteFromName, Suite::Benchmark);
    info.title = r.string(u"title"_qs);
    info.kind = r.enumeration<CaseKind>(u"kind"_qs, &parseCaseKindName, CaseKind::Latency);
    info.unit = r.string(u"unit"_qs);
    info.thresholdKey = r.string(u"thresholdKey"_qs);
    info.baselineKey = r.string(u"baselineKey"_qs);
    info.parameters = r.object(u"parameters"_qs).toVariantMap();
    return info;
}

QJsonObject checkToJson(const CheckResult &c)
{
    return QJsonObject{
        {u"name"_qs, c.name}, {u"unit"_qs, c.unit}, {u"measured"_qs, number(c.measured)},
        {u"limit"_qs, number(c.limit)}, {u"higherIsBetter"_qs, c.higherIsBetter},
        {u"warnZone"_qs, c.warnZone}, {u"verdict"_qs, verdictName(c.verdict)}, {u"source"_qs, c.source},
    };
}

CheckResult checkFromJson(ObjectReader &r)
{
    CheckResult c;
    c.name = r.string(u"name"_qs);
    c.unit = r.string(u"unit"_qs);
    c.measured = r.number(u"measured"_qs);
    c.limit = r.number(u"limit"_qs);
    c.higherIsBetter = r.boolean(u"higherIsBetter"_qs);
    c.warnZone = r.boolean(u"warnZone"_qs, true);
    c.verdict = r.enumeration<Verdict>(u"verdict"_qs, &parseVerdictName, Verdict::NotRun);
    c.source = r.string(u"source"_qs);
    return c;
}

QJsonObject seriesToJson(const Series &s)
{
    QJsonArray points;
    for (const QPointF &p : s.points)
        points.append(QJsonArray{number(p.x()), number(p.y())});
    return QJsonObject{{u"name"_qs, s.name}, {u"xUnit"_qs, s.xUnit}, {u"yUnit"_qs, s.yUnit}, {u"points"_qs, points}};
}

Series seriesFromJson(ObjectReader &r)
{
    Series s;
    s.name = r.string(u"name"_qs);
    s.xUnit = r.string(u"xUnit"_qs);
    s.yUnit = r.string(u"yUnit"_qs);
    const QJsonArray points = r.array(u"points"_qs);
    for (qsizetype i = 0; i < points.size() && !r.failed(); ++i) {
        const QJsonArray pair = points.at(i).toArray();
        if (!points.at(i).isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
            r.fail(r.indexPath(u"points"_qs, i), trJson("expected an array of two numbers [x, y]."));
            break;
        }
        s.points.append(QPointF(pair.at(0).toDouble(), pair.at(1).toDouble()));
    }
    return s;
}

// Reads an array of objects with itemReader, each at path key[i].
template<typename T>
QList<T> objectList(ObjectReader &r, const QString &key, QString *error, T (*itemReader)(ObjectReader &))
{
    QList<T> items;
    const QJsonArray array = r.array(key);
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        if (!array.at(i).isObject()) {
            r.fail(r.indexPath(key, i), trJson("expected an object, found %1.").arg(typeName(array.at(i))));
            break;
        }
        ObjectReader item(array.at(i).toObject(), r.indexPath(key, i), error);
        items.append(itemReader(item));
        r.failShared(item.failed());
    }
    return items;
}

QList<double> samplesFromJson(ObjectReader &r, bool required)
{
    QList<double> samples;
    const QJsonArray array = r.array(u"samples"_qs, required);
    samples.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            r.fail(r.indexPath(u"samples"_qs, i), trJson("expected a finite number, found %1.").arg(typeName(value)));
            break;
        }
        samples.append(value.toDouble());
    }
    return samples;
}

QMap<QString, double> metricsFromJson(ObjectReader &r)
{
    QMap<QString, double> metrics;
    const QJsonObject object = r.object(u"metrics"_qs);
    for (auto it = object.begin(); it != object.end() && !r.failed(); ++it) {
        if (!it.value().isDouble() && !it.value().isNull()) {
            r.fail(r.memberPath(u"metrics"_qs) + u'.' + it.key(),
                   trJson("expected a number, found %1.").arg(typeName(it.value())));
            break;
        }
        metrics.insert(it.key(), it.value().isNull() ? std::nan("") : it.value().toDouble());
    }
    return metrics;
}

CaseResult caseFromReader(ObjectReader &r, QString *error, bool samplesRequired)
{
    CaseResult c;
    ObjectReader info(r.object(u"info"_qs, true), r.memberPath(u"info"_qs), error);
    if (!r.failed()) {
        c.info = infoFromJson(info);
        r.failShared(info.failed());
    }
    c.verdict = r.enumeration<Verdict>(u"verdict"_qs, &parseVerdictName, Verdict::NotRun);
    c.verdictReason = r.string(u"verdictReason"_qs);
    c.error = r.string(u"error"_qs);
    c.samples = samplesFromJson(r, samplesRequired);
    c.sampleUnit = r.string(u"sampleUnit"_qs);
    const QJsonObject statsObject = r.object(u"stats"_qs);
    ObjectReader stats(statsObject, r.memberPath(u"stats"_qs), error);
    if (!r.failed() && !statsObject.isEmpty()) {
        c.stats = statisticsFromJson(stats);
        r.failShared(stats.failed());
    } else if (!r.failed()) {
        // A hand-written or trimmed file may carry samples only.
        c.stats = computeStatistics(c.samples);
    }
    c.throughput = r.number(u"throughput"_qs);
    c.throughputCiLow = r.number(u"throughputCiLow"_qs);
    c.throughputCiHigh = r.number(u"throughputCiHigh"_qs);
    c.measured = r.number(u"measured"_qs);
    c.threshold = r.number(u"threshold"_qs);
    c.higherIsBetter = r.boolean(u"higherIsBetter"_qs);
    c.baselineExpectedMs = r.number(u"baselineExpectedMs"_qs);
    c.baselineTolerancePercent = r.number(u"baselineTolerancePercent"_qs);
    c.baselineRatio = r.number(u"baselineRatio"_qs);
    c.baselineVerdict = r.enumeration<Verdict>(u"baselineVerdict"_qs, &parseVerdictName, Verdict::NotRun);
    c.checks = objectList<CheckResult>(r, u"checks"_qs, error, &checkFromJson);
    c.metrics = metricsFromJson(r);
    c.series = objectList<Series>(r, u"series"_qs, error, &seriesFromJson);
    c.warnings = r.strings(u"warnings"_qs);
    c.iterations = r.integer(u"iterations"_qs);
    c.elapsedMs = r.integer(u"elapsedMs"_qs);
    // Results written before batching existed have no batch size: one operation per sample.
    c.batchSize = std::max<qint64>(1, r.integer(u"batchSize"_qs));
    return c;
}

} // namespace

std::optional<Verdict> parseVerdictName(QStringView name)
{
    for (const Verdict v : {Verdict::NotRun, Verdict::Pass, Verdict::Warn, Verdict::Fail, Verdict::Error,
                            Verdict::Cancelled}) {
        if (name == verdictName(v))
            return v;
    }
    return std::nullopt;
}

std::optional<CaseKind> parseCaseKindName(QStringView name)
{
    for (const CaseKind k : {CaseKind::Latency, CaseKind::Throughput, CaseKind::Memory, CaseKind::Correctness}) {
        if (name == caseKindName(k))
            return k;
    }
    return std::nullopt;
}

QJsonObject environmentRecordToJson(const Environment &e)
{
    return QJsonObject{
        {u"cpuModel"_qs, e.cpuModel}, {u"cores"_qs, e.cores}, {u"os"_qs, e.os},
        {u"compiler"_qs, e.compiler}, {u"buildType"_qs, e.buildType}, {u"qtVersion"_qs, e.qtVersion},
        {u"sqliteVersion"_qs, e.sqliteVersion}, {u"gitCommit"_qs, e.gitCommit},
        {u"fixturesSource"_qs, e.fixturesSource}, {u"startedAt"_qs, dateTime(e.startedAt)},
        {u"noiseWarnings"_qs, stringArray(e.noiseWarnings)},
    };
}

QJsonObject requestRecordToJson(const RunRequest &request)
{
    return QJsonObject{
        {u"caseIds"_qs, stringArray(request.caseIds)},
        {u"profile"_qs, profileName(request.profile)},
        {u"fixturesPath"_qs, request.fixturesPath},
        {u"workers"_qs, request.workers},
        {u"minTimePerCaseMs"_qs, double(request.minTimePerCase.count())},
    };
}

QJsonObject caseRecordToJson(const CaseResult &c, bool withSamples)
{
    QJsonObject object{
        {u"info"_qs, infoToJson(c.info)},
        {u"verdict"_qs, verdictName(c.verdict)},
        {u"verdictReason"_qs, c.verdictReason},
        {u"error"_qs, c.error},
        {u"sampleUnit"_qs, c.sampleUnit},
        {u"stats"_qs, statisticsToJson(c.stats)},
        {u"throughput"_qs, number(c.throughput)},
        {u"throughputCiLow"_qs, number(c.throughputCiLow)},
        {u"throughputCiHigh"_qs, number(c.throughputCiHigh)},
        {u"measured"_qs, number(c.measured)},
        {u"threshold"_qs, number(c.threshold)},
        {u"higherIsBetter"_qs, c.higherIsBetter},
        {u"baselineExpectedMs"_qs, number(c.baselineExpectedMs)},
        {u"baselineTolerancePercent"_qs, number(c.baselineTolerancePercent)},
        {u"baselineRatio"_qs, number(c.baselineRatio)},
        {u"baselineVerdict"_qs, verdictName(c.baselineVerdict)},
        {u"warnings"_qs, stringArray(c.warnings)},
        {u"iterations"_qs, double(c.iterations)},
        {u"elapsedMs"_qs, double(c.elapsedMs)},
        {u"batchSize"_qs, double(c.batchSize)},
    };
    QJsonArray checks;
    for (const CheckResult &check : c.checks)
        checks.append(checkToJson(check));
    object.insert(u"checks"_qs, checks);
    QJsonObject metrics;
    for (auto it = c.metrics.begin(); it != c.metrics.end(); ++it)
        metrics.insert(it.key(), number(it.value()));
    object.insert(u"metrics"_qs, metrics);
    QJsonArray series;
    for (const Series &s : c.series)
        series.append(seriesToJson(s));
    object.insert(u"series"_qs, series);
    if (withSamples) {
        QJsonArray samples;
        for (const double v : c.samples)
            samples.append(v);
        object.insert(u"samples"_qs, samples);
    }
    return object;
}

QJsonObject runRecordToJson(const RunResult &run)
{
    QJsonArray cases;
    for (const CaseResult &c : run.cases)
        cases.append(caseRecordToJson(c));
    return QJsonObject{
        {u"request"_qs, requestRecordToJson(run.request)},
        {u"environment"_qs, environmentRecordToJson(run.environment)},
        {u"startedAt"_qs, dateTime(run.startedAt)},
        {u"finishedAt"_qs, dateTime(run.finishedAt)},
        {u"cancelled"_qs, run.cancelled},
        {u"cases"_qs, cases},
    };
}

QJsonObject runFileToJson(const RunResult &run)
{
    return QJsonObject{
        {u"format"_qs, QString(kRunFileFormat)},
        {u"formatVersion"_qs, kRunFileFormatVersion},
        {u"run"_qs, runRecordToJson(run)},
    };
}

std::optional<Environment> environmentRecordFromJson(const QJsonObject &object, QString *error, const QString &pathPrefix)
{
    ObjectReader r(object, pathPrefix, error);
    Environment e;
    e.cpuModel = r.string(u"cpuModel"_qs);
    e.cores = int(r.integer(u"cores"_qs));
    e.os = r.string(u"os"_qs);
    e.compiler = r.string(u"compiler"_qs);
    e.buildType = r.string(u"buildType"_qs);
    e.qtVersion = r.string(u"qtVersion"_qs);
    e.sqliteVersion = r.string(u"sqliteVersion"_qs);
    e.gitCommit = r.string(u"gitCommit"_qs);
    e.fixturesSource = r.string(u"fixturesSource"_qs);
    e.startedAt = r.dateTime(u"startedAt"_qs);
    e.noiseWarnings = r.strings(u"noiseWarnings"_qs);
    if (r.failed())
        return std::nullopt;
    return e;
}

std::optional<RunRequest> requestRecordFromJson(const QJsonObject &object, QString *error, const QString &pathPrefix)
{
    ObjectReader r(object, pathPrefix, error);
    RunRequest request;
    request.caseIds = r.strings(u"caseIds"_qs);
    request.profile = r.enumeration<Profile>(u"profile"_qs, &profileFromName, Profile::Default, true);
    request.fixturesPath = r.string(u"fixturesPath"_qs);
    if (object.contains(u"workers"_qs))
        request.workers = int(r.integer(u"workers"_qs));
    request.minTimePerCase = std::chrono::milliseconds(r.integer(u"minTimePerCaseMs"_qs));
    if (r.failed())
        return std::nullopt;
    return request;
}

std::optional<CaseResult> caseRecordFromJson(const QJsonObject &object, QString *error, const QString &pathPrefix)
{
    ObjectReader r(object, pathPrefix, error);
    CaseResult c = caseFromReader(r, error, false);
    if (r.failed())
        return std::nullopt;
    return c;
}

std::optional<RunResult> runRecordFromJson(const QJsonObject &object, QString *error, const QString &pathPrefix)
{
    ObjectReader r(object, pathPrefix, error);
    RunResult run;
    const QJsonObject request = r.object(u"request"_qs, true);
    if (!r.failed()) {
        if (auto value = requestRecordFromJson(request, error, r.memberPath(u"request"_qs)))
            run.request = *value;
        else
            r.failShared(true);
    }
    const QJsonObject environment = r.object(u"environment"_qs);
    if (!r.failed()) {
        if (auto value = environmentRecordFromJson(environment, error, r.memberPath(u"environment"_qs)))
            run.environment = *value;
        else
            r.failShared(true);
    }
    run.startedAt = r.dateTime(u"startedAt"_qs, true);
    run.finishedAt = r.dateTime(u"finishedAt"_qs);
    run.cancelled = r.boolean(u"cancelled"_qs);

    const QJsonArray cases = r.array(u"cases"_qs, true);
    for (qsizetype i = 0; i < cases.size() && !r.failed(); ++i) {
        const QString path = r.indexPath(u"cases"_qs, i);
        if (!cases.at(i).isObject()) {
            r.fail(path, trJson("expected an object, found %1.").arg(typeName(cases.at(i))));
            break;
        }
        ObjectReader item(cases.at(i).toObject(), path, error);
        CaseResult c = caseFromReader(item, error, true);
        r.failShared(item.failed());
        run.cases.append(std::move(c));
    }
    if (r.failed())
        return std::nullopt;
    return run;
}

std::optional<RunResult> runFileFromJson(const QJsonObject &object, QString *error)
{
    ObjectReader r(object, QString(), error);
    const QString format = r.string(u"format"_qs, true);
    if (!r.failed() && format != kRunFileFormat)
        r.fail(u"format"_qs, trJson("expected \"%1\", found \"%2\"; this is not an exported Linda Dashboard run.")
                                  .arg(QString(kRunFileFormat), format));
    const qint64 version = r.integer(u"formatVersion"_qs, true);
    if (!r.failed() && (version < 1 || version > kRunFileFormatVersion))
        r.fail(u"formatVersion"_qs, trJson("version %1 is not supported; this build reads versions 1 to %2.")
                                         .arg(version)
                                         .arg(kRunFileFormatVersion));
    const QJsonObject run = r.object(u"run"_qs, true);
    if (r.failed())
        return std::nullopt;
    return runRecordFromJson(run, error, u"run"_qs);
}

std::optional<RunResult> runFileFromBytes(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the byte offset, both from 1.
        const QByteArray before = data.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        if (error)
            *error = trJson("line %1, column %2: %3.").arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = trJson("the top level is not a JSON object.");
        return std::nullopt;
    }
    return runFileFromJson(document.object(), error);
}

} // namespace linda::bench
