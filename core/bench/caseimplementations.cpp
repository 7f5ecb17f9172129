#include "caseimplementations.h"

namespace linda::bench {

CaseFunction caseFunction(const QString &id)
{
    if (id == u"bench.baseline-report"_qs)
        return baselineCaseFunction(id);
    if (id.startsWith(u"bench.parse."_qs))
        return parseCaseFunction(id);
    if (id.startsWith(u"bench."_qs))
        return benchmarkCaseFunction(id);
    if (id.startsWith(u"load."_qs))
        return loadCaseFunction(id);
    if (id.startsWith(u"mem."_qs))
        return memoryCaseFunction(id);
    return {};
}

} // namespace linda::bench
