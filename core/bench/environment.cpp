#include "environment.h"

#include "buildinfo.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

namespace linda::bench {

namespace {

QString trEnv(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

QString readCpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    // /proc files report a size of 0, so read to the end instead of testing atEnd().
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            if (colon >= 0)
                return QString::fromUtf8(line.mid(colon + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

// Governor of every CPU that exposes cpufreq; empty inside most containers
// and virtual machines, where the host controls the frequency.
QStringList readGovernors()
{
    QStringList governors;
    const QDir cpus(QStringLiteral("/sys/devices/system/cpu"));
    const QStringList entries = cpus.entryList({QStringLiteral("cpu[0-9]*")}, QDir::Dirs);
    for (const QString &cpu : entries) {
        QFile file(cpus.filePath(cpu + u"/cpufreq/scaling_governor"));
        if (file.open(QIODevice::ReadOnly))
            governors << QString::fromLatin1(file.readAll()).trimmed();
    }
    return governors;
}

double readLoadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(0).toDouble();
}

QString readSqliteVersion()
{
    const QString name = u"linda-bench-env-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        } else {
            qCWarning(lcRunner) << "Cannot open an in-memory SQLite database:" << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? trEnv("unknown") : version;
}

} // namespace

QStringList noiseWarnings(const QString &buildType, const QStringList &governors,
                          double loadAverage1Min, int cores)
{
    QStringList warnings;
    if (buildType.compare(u"Release"_qs, Qt::CaseInsensitive) != 0
        && buildType.compare(u"RelWithDebInfo"_qs, Qt::CaseInsensitive) != 0
        && buildType.compare(u"MinSizeRel"_qs, Qt::CaseInsensitive) != 0) {
        warnings << trEnv("Build type is '%1', not an optimized build: timings are not representative.")
                        .arg(buildType.isEmpty() ? trEnv("none") : buildType);
    }
    QStringList slow;
    for (const QString &governor : governors) {
        if (governor != u"performance"_qs && !slow.contains(governor))
            slow << governor;
    }
    if (!slow.isEmpty()) {
        warnings << trEnv("CPU frequency scaling governor is '%1', not 'performance': timings may vary.")
                        .arg(slow.join(u", "_qs));
    }
    if (cores > 0 && loadAverage1Min > cores) {
        warnings << trEnv("Load average %1 is above the %2 cores: other processes compete for the CPU.")
                        .arg(loadAverage1Min, 0, 'f', 2)
                        .arg(cores);
    }
    return warnings;
}

Environment collectEnvironment(const QString &fixturesSource)
{
    const BuildInfo build = buildInfo();
    Environment env;
    env.cpuModel = readCpuModel();
    env.cores = QThread::idealThreadCount();
    env.os = QSysInfo::prettyProductName() + u" ("_qs + QSysInfo::kernelType() + u' '
             + QSysInfo::kernelVersion() + u", "_qs + QSysInfo::currentCpuArchitecture() + u')';
    env.compiler = build.compiler;
    env.buildType = build.buildType;
    env.qtVersion = QString::fromLatin1(qVersion());
    env.sqliteVersion = readSqliteVersion();
    env.gitCommit = build.gitCommit;
    env.fixturesSource = fixturesSource;
    env.startedAt = QDateTime::currentDateTimeUtc();
    env.noiseWarnings = noiseWarnings(env.buildType, readGovernors(), readLoadAverage(), env.cores);
    return env;
}

} // namespace linda::bench
