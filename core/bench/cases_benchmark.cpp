#include "caseimplementations.h"
#include "casehelpers.h"

#include "common/phonenumber.h"

#include <QHash>

namespace linda::bench {

namespace {

// Numbers as operators type them: local and international forms, spaces,
// dashes, brackets and a bidi mark from a right-to-left chat export.
const QStringList &phoneInputs()
{
    static const QStringList inputs = {
        u"050 123 4567"_qs,       u"+971 50 123 4567"_qs, u"00971501234567"_qs,
        u"(04) 345-6789"_qs,      u"\u200e+971 55 765 4321"_qs, u"+44 20 7946 0958"_qs,
        u"0561234567"_qs,         u"+1 (415) 555-2671"_qs,
    };
    return inputs;
}

void phoneNormalization(CaseContext &context, CaseResult &result)
{
    const PhoneNumberNormalizer normalizer(context.info().parameters.value(u"defaultRegion"_qs).toString());
    const QStringList &inputs = phoneInputs();
    qint64 valid = 0;
    qsizetype next = 0;
    const LatencySampling sampling = context.sampleLatency([&](qint64 iterations) {
        for (qint64 i = 0; i < iterations; ++i) {
            if (normalizer.normalize(inputs.at(next)).isValid())
                ++valid;
            next = (next + 1) % inputs.size();
        }
    });
    if (valid == 0)
        failCase(u"libphonenumber accepted none of the sample numbers."_qs);
    recordLatency(context, result, sampling);
    result.metrics.insert(u"inputs"_qs, double(inputs.size()));
}

} // namespace

CaseFunction benchmarkCaseFunction(const QString &id)
{
    static const QHash<QString, CaseFunction> functions = {
        {u"bench.contacts.phone"_qs, phoneNormalization},
    };
    return functions.value(id);
}

} // namespace linda::bench
