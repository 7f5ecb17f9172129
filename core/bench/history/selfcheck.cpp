#include "selfcheck.h"

#include "bench/caseinputs.h"
#include "bench/measurement.h"
#include "bench/statistics.h"
#include "bot/messages/webhookparser.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace linda::bench {

namespace {

// Distinct envelopes, so that the parser does not see one input only.
constexpr int kEnvelopeVariants = 8;

// One operation parses one Cloud API webhook envelope with the engine's
// parser. The B side also parses one extra envelope every `period`
// operations: real parser work, injected at a known share of the operation.
class ParseWorkload
{
public:
    ParseWorkload()
    {
        for (int i = 0; i < kEnvelopeVariants; ++i)
            m_envelopes << webhookEnvelope(i);
    }

    void run(qint64 operations, int extraPeriod)
    {
        for (qint64 i = 0; i < operations; ++i) {
            parseNext();
            if (extraPeriod > 0 && ++m_sinceExtra >= extraPeriod) {
                m_sinceExtra = 0;
                parseNext();
            }
        }
    }

    // Records of the last parse, so that the work cannot be optimized away.
    qsizetype lastRecordCount() const { return m_result.records.size(); }

private:
    void parseNext()
    {
        m_result.records.clear();
        m_result.errors.clear();
        m_parser.parseEnvelope(m_envelopes.at(m_next++ % kEnvelopeVariants), m_result);
    }

    WebhookParser m_parser;
    QList<QByteArray> m_envelopes;
    ParseResult m_result;
    qint64 m_next = 0;
    int m_sinceExtra = 0;
};

double nanosecondsPerOperation(ParseWorkload &workload, qint64 batch, int extraPeriod)
{
    const MeasureClock &clock = MeasureClock::steady();
    const auto start = clock.now();
    workload.run(batch, extraPeriod);
    return double((clock.now() - start).count()) / double(batch);
}

// Samples both sides of one comparison, alternating which side goes first
// in each pair of batches.
std::pair<QList<double>, QList<double>> sampleInterleaved(ParseWorkload &workload, qint64 batch, int samples,
                                                          int firstPeriod, int secondPeriod,
                                                          const std::atomic<bool> &cancel)
{
    QList<double> first;
    QList<double> second;
    first.reserve(samples);
    second.reserve(samples);
    for (int i = 0; i < samples && !cancel.load(std::memory_order_relaxed); ++i) {
        if (i % 2 == 0) {
            first << nanosecondsPerOperation(workload, batch, firstPeriod);
            second << nanosecondsPerOperation(workload, batch, secondPeriod);
        } else {
            second << nanosecondsPerOperation(workload, batch, secondPeriod);
            first << nanosecondsPerOperation(workload, batch, firstPeriod);
        }
    }
    return {first, second};
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return medianSorted(values);
}

} // namespace

int SelfCheckReport::falseAlarms() const
{
    return int(std::count_if(aa.begin(), aa.end(), [](const CaseComparison &c) {
        return c.kind == ChangeKind::Regression || c.kind == ChangeKind::Improvement;
    }));
}

int SelfCheckReport::detections() const
{
    return int(std::count_if(ab.begin(), ab.end(),
                             [](const CaseComparison &c) { return c.kind == ChangeKind::Regression; }));
}

bool SelfCheckReport::meetsTargets() const
{
    // 1 in 20 false alarms and 19 in 20 detections, for any number of comparisons.
    return falseAlarms() * 20 <= std::max<qsizetype>(aa.size(), 20)
           && detections() * 20 >= ab.size() * 19 && !aa.isEmpty() && !ab.isEmpty();
}

SelfCheckReport runSelfCheck(const SelfCheckOptions &options, const std::atomic<bool> &cancel,
                             const SelfCheckProgress &progress)
{
    QElapsedTimer elapsed;
    elapsed.start();
    SelfCheckReport report;
    report.workload = QCoreApplication::translate("linda::bench::SelfCheck",
                                                  "parse a Cloud API webhook envelope (%1 messages and a status)")
                          .arg(kWebhookEnvelopeMessages);
    report.extraPeriod = std::max(1, int(std::lround(1.0 / options.injectedSlowdown)));
    report.injectedShare = 1.0 / report.extraPeriod;

    ParseWorkload workload;
    SamplingPlan plan;
    plan.minSampleTime = options.minBatchTime;
    try {
        const BatchFunction batch = [&workload](qint64 n) { workload.run(n, 0); };
        // Calibration also warms the parser and caches up.
        qint64 size = calibrateBatchSize(MeasureClock::steady(), batch, plan, cancel);
        size = calibrateBatchSize(MeasureClock::steady(), batch, plan, cancel);
        // A whole number of extra parses in every B batch, so that each B
        // sample carries exactly the injected share.
        report.batchSize = (size + report.extraPeriod - 1) / report.extraPeriod * report.extraPeriod;
    } catch (const CaseCancelled &) {
        report.cancelled = true;
        return report;
    }

    QList<double> aaSamples;
    QList<double> slowdowns;
    const int total = options.comparisons * 2;
    for (int i = 0; i < total && !cancel.load(); ++i) {
        const bool injected = i % 2 == 1; // alternate A/A and A/B so both see the same machine conditions
        auto [a, b] = sampleInterleaved(workload, report.batchSize, options.samplesPerSide, 0,
                                        injected ? report.extraPeriod : 0, cancel);
        if (cancel.load())
            break;
        CaseComparison c = compareSamples(a, b, false, options.rule);
        c.caseId = injected ? u"A/B"_qs : u"A/A"_qs;
        c.sampleUnit = u"ns"_qs;
        if (injected) {
            report.ab << c;
            slowdowns << c.relativeChange;
        } else {
            report.aa << c;
            aaSamples << a;
        }
        if (progress)
            progress(i + 1, total);
    }
    report.cancelled = cancel.load();
    report.operationNs = medianOf(aaSamples);
    report.measuredSlowdown = medianOf(slowdowns);
    report.elapsedSeconds = double(elapsed.elapsed()) / 1000.0;
    // Reading the last result keeps the parses observable to the optimizer,
    // and checks that the parser really did its work.
    if (workload.lastRecordCount() != kWebhookEnvelopeMessages + 1)
        qCWarning(lcHistory) << "self-check: the last envelope parsed into" << workload.lastRecordCount()
                             << "records instead of" << kWebhookEnvelopeMessages + 1;
    return report;
}

} // namespace linda::bench
