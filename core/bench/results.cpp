#include "results.h"

namespace linda::bench {

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
