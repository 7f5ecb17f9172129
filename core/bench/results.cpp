#include "results.h"

#include <QCoreApplication>

namespace linda::bench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

} // namespace

QString suiteName(Suite suite)
{
    switch (suite) {
    case Suite::Benchmark:
        return QStringLiteral("benchmark");
    case Suite::Load:
        return QStringLiteral("load");
    case Suite::Memory:
        return QStringLiteral("memory");
    }
    return {};
}

QString caseKindName(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Latency:
        return QStringLiteral("latency");
    case CaseKind::Throughput:
        return QStringLiteral("throughput");
    case CaseKind::Memory:
        return QStringLiteral("memory");
    case CaseKind::Correctness:
        return QStringLiteral("correctness");
    }
    return {};
}

QString profileName(Profile profile)
{
    switch (profile) {
    case Profile::Quick:
        return QStringLiteral("quick");
    case Profile::Default:
        return QStringLiteral("default");
    case Profile::Thorough:
        return QStringLiteral("thorough");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotRun:
        return QStringLiteral("not-run");
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Error:
        return QStringLiteral("error");
    case Verdict::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString suiteLabel(Suite suite)
{
    switch (suite) {
    case Suite::Benchmark:
        return tr("benchmark");
    case Suite::Load:
        return tr("load");
    case Suite::Memory:
        return tr("memory");
    }
    return {};
}

QString caseKindLabel(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Latency:
        return tr("latency");
    case CaseKind::Throughput:
        return tr("throughput");
    case CaseKind::Memory:
        return tr("memory");
    case CaseKind::Correctness:
        return tr("correctness");
    }
    return {};
}

QString profileLabel(Profile profile)
{
    switch (profile) {
    case Profile::Quick:
        return tr("quick");
    case Profile::Default:
        return tr("default");
    case Profile::Thorough:
        return tr("thorough");
    }
    return {};
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotRun:
        return tr("not run");
    case Verdict::Pass:
        return tr("pass");
    case Verdict::Warn:
        return tr("warn");
    case Verdict::Fail:
        return tr("fail");
    case Verdict::Error:
        return tr("error");
    case Verdict::Cancelled:
        return tr("cancelled");
    }
    return {};
}

std::optional<Suite> suiteFromName(QStringView name)
{
    for (const Suite s : {Suite::Benchmark, Suite::Load, Suite::Memory}) {
        if (name.compare(suiteName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

std::optional<Profile> profileFromName(QStringView name)
{
    for (const Profile p : {Profile::Quick, Profile::Default, Profile::Thorough}) {
        if (name.compare(profileName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace linda::bench
