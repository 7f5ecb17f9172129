#include "caseimplementations.h"
#include "casehelpers.h"
#include "casesetup.h"
#include "enginerig.h"
#include "memoryprobe.h"
#include "statistics.h"
#include "verdicts.h"

#include <QCoreApplication>
#include <QHash>

#include <thread>

namespace linda::bench {

namespace {

using namespace std::chrono_literals;

QString trMemory(const char *text)
{
    return QCoreApplication::translate("linda::bench", text);
}

double heapMB()
{
    return bytesToMB(double(heapInUseBytes()));
}

double rssMB()
{
    return bytesToMB(double(residentSetBytes()));
}

// Records the live-allocation difference of a leak case. Judged only where
// a zero difference is the contract (the event bus); elsewhere container
// capacity that stays allocated would read as a leak, so it is a metric.
void recordLiveAllocations(CaseResult &result, const AllocationCounts &before, bool judged, double tolerance)
{
    if (!allocationCountingAvailable()) {
        result.warnings << trMemory("Allocation counts unavailable: this executable was built without the "
                                    "allocation hooks.");
        return;
    }
    const AllocationCounts delta = allocationCounts() - before;
    result.metrics.insert(u"liveAllocationsDelta"_qs, double(delta.liveAllocations()));
    result.metrics.insert(u"allocations"_qs, double(delta.allocations));
    result.metrics.insert(u"liveBytesDelta"_qs, double(delta.liveBytes));
    if (judged) {
        result.checks << makeCountCheck(trMemory("live allocations left"), double(delta.liveAllocations()),
                                        tolerance, false);
    }
}

// Per-operation allocation figures over `operations` operations.
void recordPerOperation(CaseResult &result, const AllocationCounts &delta, double operations)
{
    if (!allocationCountingAvailable() || operations <= 0)
        return;
    result.metrics.insert(u"allocationsPerOperation"_qs, double(delta.allocations) / operations);
    result.metrics.insert(u"bytesPerOperation"_qs, double(delta.bytesRequested) / operations);
}

void leakCounts(CaseContext &context, CaseResult &result, double left)
{
    const double expected = context.parameter(u"expectedCount"_qs, 0);
    const double tolerance = context.parameter(u"tolerance"_qs, 0);
    result.measured = left;
    result.threshold = expected + tolerance;
    result.checks << makeCountCheck(trMemory("objects left"), left, expected + tolerance, false,
                                    context.info().parameters.value(u"scenarioSource"_qs).toString());
}

void leakListeners(CaseContext &context, CaseResult &result)
{
    const int operations = int(context.parameter(u"operations"_qs, 100));
    EventBus bus;
    auto cycle = [&bus](int i) {
        Subscription subscription = bus.subscribe<MessageHandled>([](const MessageHandled &) {});
        bus.publish(MessageHandled{u"leak@c.us"_qs, u"m%1"_qs.arg(i), true, 1ms});
    };
    cycle(-1); // first use allocates the bus's lists once
    const std::size_t before = bus.subscriptionCount();
    const AllocationCounts start = allocationCounts();
    for (int i = 0; i < operations; ++i) {
        context.checkCancelled();
        cycle(i);
    }
    const double left = double(bus.subscriptionCount()) - double(before);
    const AllocationCounts delta = allocationCounts() - start;
    leakCounts(context, result, left);
    recordLiveAllocations(result, start, true, context.parameter(u"tolerance"_qs, 0));
    recordPerOperation(result, delta, operations);
}

void leakHandlers(CaseContext &context, CaseResult &result)
{
    const int operations = int(context.parameter(u"operations"_qs, 500));
    // Without the rate limiter every message reaches the handlers; one group
    // chat keeps the session table at one entry.
    EngineConfig config;
    config.rateLimit.enabled = false;
    std::unique_ptr<Engine> engine = startEngine(context, config);
    EventBus &bus = engine->events();
    std::atomic<int> calls{0};
    auto cycle = [&](int i) {
        Subscription handler = bus.subscribe([&calls](const Event &) { calls.fetch_add(1); });
        (void)engine->handle(trafficMessage(u"handler-%1"_qs.arg(i), 1, i % 8, u"!help"_qs, true));
    };
    // Warm-up with an id the loop below never uses; the sender index must
    // not be negative (uaeMobile).
    cycle(operations);
    engine->flush();
    const std::size_t before = bus.subscriptionCount();
    const AllocationCounts start = allocationCounts();
    const double heapBefore = heapMB();
    for (int i = 0; i < operations; ++i) {
        context.checkCancelled();
        cycle(i);
    }
    engine->flush();
    const double left = double(bus.subscriptionCount()) - double(before);
    leakCounts(context, result, left);
    recordLiveAllocations(result, start, false, 0);
    result.metrics.insert(u"handlerCalls"_qs, calls.load());
    result.metrics.insert(u"heapDeltaMB"_qs, heapMB() - heapBefore);
    if (calls.load() < operations)
        failCase(trMemory("The handlers were called %1 times for %2 messages.").arg(calls.load()).arg(operations));
}

void leakSessions(CaseContext &context, CaseResult &result)
{
    const int operations = int(context.parameter(u"operations"_qs, 200));
    ManualClock clock;
    EngineConfig config;
    config.housekeepingInterval = 0ms;
    std::unique_ptr<Engine> engine = startEngine(context, config, clock);
    const int before = engine->sessions().count();
    const AllocationCounts start = allocationCounts();
    for (int i = 0; i < operations; ++i) {
        context.checkCancelled();
        (void)engine->handle(trafficMessage(u"session-%1"_qs.arg(i), i, i, u"!help"_qs, true));
    }
    const int opened = engine->sessions().count() - before;
    clock.advance(config.sessions.idleTimeout + 1s);
    const SweepResult sweep = engine->housekeep();
    engine->flush();
    const double left = double(engine->sessions().count() - before);
    leakCounts(context, result, left);
    recordLiveAllocations(result, start, false, 0);
    result.metrics.insert(u"opened"_qs, opened);
    result.metrics.insert(u"expired"_qs, sweep.expired);
    result.checks << makeCountCheck(trMemory("sessions opened"), opened, operations, true);
}

void leakConnections(CaseContext &context, CaseResult &result)
{
    const int operations = int(context.parameter(u"operations"_qs, 100));
    const std::unique_ptr<Store> store = openSeededStore(context);
    const int before = Store::totalConnectionCount();
    const AllocationCounts start = allocationCounts();
    std::atomic<int> peak{0};
    std::atomic<int> failures{0};

    // Waves of four threads: each opens its own connection with a read and
    // then ends (half of them release the connection first, the rest rely on
    // the thread-exit clean-up).
    constexpr int kWave = 4;
    for (int first = 0; first < operations; first += kWave) {
        context.checkCancelled();
        std::vector<std::thread> wave;
        for (int i = first; i < std::min(operations, first + kWave); ++i) {
            wave.emplace_back([&, i] {
                if (!store->contacts().count())
                    failures.fetch_add(1);
                int seen = peak.load();
                const int now = Store::totalConnectionCount() - before;
                while (now > seen && !peak.compare_exchange_weak(seen, now)) {
                }
                if (i % 2 == 0)
                    store->releaseThreadConnection();
            });
        }
        for (std::thread &thread : wave)
            thread.join();
    }
    const double left = double(Store::totalConnectionCount() - before);
    leakCounts(context, result, left);
    recordLiveAllocations(result, start, false, 0);
    result.metrics.insert(u"peakConnections"_qs, peak.load());
    result.metrics.insert(u"failedReads"_qs, failures.load());
    addParameterCheck(context, result, u"maxConnections"_qs, trMemory("peak connections"), u"count"_qs,
                      peak.load(), false);
    result.checks << makeCountCheck(trMemory("failed reads"), failures.load(), 0, false);
}

void memoryBaseline(CaseContext &context, CaseResult &result)
{
    (void)openSeededStore(context, {}, u"engine.sqlite"_qs);
    trimHeap();
    const double heapBefore = heapMB();
    const double rssBefore = rssMB();
    const AllocationCounts start = allocationCounts();
    std::unique_ptr<Engine> engine = startEngine(context, {}, Clock::steady(), false);
    engine->flush();
    const double heapDelta = heapMB() - heapBefore;
    const double rssDelta = rssMB() - rssBefore;
    const double footprint = std::max(heapDelta, rssDelta);

    result.measured = footprint;
    result.threshold = context.parameter(u"limitMB"_qs, 0);
    result.metrics.insert(u"engineHeapMB"_qs, heapDelta);
    result.metrics.insert(u"engineRssMB"_qs, rssDelta);
    result.metrics.insert(u"processHeapMB"_qs, heapMB());
    result.metrics.insert(u"processRssMB"_qs, rssMB());
    recordLiveAllocations(result, start, false, 0);
    addParameterCheck(context, result, u"limitMB"_qs, trMemory("engine heap or RSS increase at start"), u"MB"_qs,
                      footprint, false);
}

void memoryGrowth(CaseContext &context, CaseResult &result)
{
    const int operations = int(context.parameter(u"operations"_qs, 1000));
    std::unique_ptr<Engine> engine = startEngine(context);
    engine->flush();
    trimHeap();
    const double heapStart = heapMB();
    const AllocationCounts start = allocationCounts();
    Series heap{trMemory("heap in use"), u"messages"_qs, u"MB"_qs, {}};
    heap.points << QPointF(0, heapStart);
    double peak = heapStart;
    for (int i = 0; i < operations; ++i) {
        context.checkCancelled();
        (void)engine->handle(trafficMessage(u"growth-%1"_qs.arg(i), i % 50, i, trafficBody(i), true));
        // mallinfo2() walks the free lists; outside any timed section here.
        const double now = heapMB();
        peak = std::max(peak, now);
        heap.points << QPointF(i + 1, now);
        result.samples << (now - heapStart) * 1024.0 * 1024.0;
    }
    engine->flush();
    const double heapEnd = heapMB();
    const double growthPer1000 = (heapEnd - heapStart) * 1000.0 / operations;

    result.sampleUnit = u"bytes"_qs;
    result.series << heap;
    result.iterations = operations;
    result.measured = growthPer1000;
    result.threshold = context.parameter(u"limitMB"_qs, 0);
    result.metrics.insert(u"heapStartMB"_qs, heapStart);
    result.metrics.insert(u"heapEndMB"_qs, heapEnd);
    result.metrics.insert(u"heapPeakMB"_qs, peak);
    result.metrics.insert(u"peakIncreaseMB"_qs, peak - heapStart);
    result.metrics.insert(u"rssMB"_qs, rssMB());
    recordPerOperation(result, allocationCounts() - start, operations);
    addParameterCheck(context, result, u"limitMB"_qs, trMemory("heap growth per 1000 messages"), u"MB"_qs,
                      growthPer1000, false);
    addParameterCheck(context, result, u"peakMB"_qs, trMemory("peak heap in use"), u"MB"_qs, peak, false);
    addParameterCheck(context, result, u"maxIncreaseMB"_qs, trMemory("peak heap increase"), u"MB"_qs,
                      peak - heapStart, false);
}

void housekeepingPause(CaseContext &context, CaseResult &result)
{
    ManualClock clock;
    EngineConfig config;
    const auto interval = config.housekeepingInterval; // the engine's own sweep interval
    config.housekeepingInterval = 0ms;                  // sweeps run only when this case calls them
    std::unique_ptr<Engine> engine = startEngine(context, config, clock);
    const int sessions = std::max(500, int(config.sessions.maxSessions * context.settings().workScale));
    const int rounds = std::max(2, context.settings().loadRepetitions * 2);

    // Worst case for a pass: the session table full, every session idle past
    // the timeout, so one sweep expires all of them. Each round refills the
    // table with traffic and times the pass that empties it.
    double longestStallNs = 0;
    int expired = 0;
    qint64 messages = 0;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < sessions; ++i, ++messages) {
            context.checkCancelled();
            (void)engine->handle(trafficMessage(u"pause-%1"_qs.arg(messages), i, int(messages % 100'000),
                                                u"!help"_qs, true));
        }
        clock.advance(config.sessions.idleTimeout + 1s);
        const auto before = steadyNow();
        const SweepResult sweep = engine->housekeep();
        result.samples << double((steadyNow() - before).count());
        longestStallNs = std::max(longestStallNs, double(sweep.longestStall.count()));
        expired += sweep.expired;
    }
    // The engine sweeps once per interval, so the share of its time spent in
    // housekeeping is the longest pass over the interval.
    const double longestSweepNs = *std::max_element(result.samples.cbegin(), result.samples.cend());
    const double intervalNs = double(std::chrono::nanoseconds(interval).count());
    const double sharePercent = 100.0 * longestSweepNs / (longestSweepNs + intervalNs);
    const double longestMs = nsToMs(longestStallNs);

    result.sampleUnit = u"ns"_qs;
    result.iterations = messages;
    result.measured = longestMs;
    result.threshold = context.parameter(u"limitMs"_qs, 0);
    result.metrics.insert(u"sweeps"_qs, rounds);
    result.metrics.insert(u"sessionsPerSweep"_qs, sessions);
    result.metrics.insert(u"expiredSessions"_qs, expired);
    result.metrics.insert(u"longestSweepMs"_qs, nsToMs(longestSweepNs));
    result.metrics.insert(u"housekeepingIntervalMs"_qs, nsToMs(intervalNs));
    result.metrics.insert(u"pauseSharePercent"_qs, sharePercent);
    if (expired < rounds * sessions)
        failCase(trMemory("The sweeps expired %1 of %2 idle sessions.").arg(expired).arg(rounds * sessions));
    addParameterCheck(context, result, u"limitMs"_qs, trMemory("longest housekeeping stall"), u"ms"_qs, longestMs,
                      false);
    addParameterCheck(context, result, u"maxSharePercent"_qs, trMemory("housekeeping share of run time"), u"%"_qs,
                      sharePercent, false);
    const double expected = context.parameter(u"baselineExpectedMs"_qs, 0);
    if (expected > 0) {
        result.baselineExpectedMs = expected;
        result.baselineTolerancePercent = context.parameter(u"baselineTolerancePercent"_qs, 0);
        result.baselineRatio = nsToMs(percentileOf(result.samples, 50)) / expected;
    }
}

// Heap is measured for the whole process, so growth on other threads (in
// the GUI, chart data and glyph caches built while the case runs) counts as
// not returned. Such growth can only lower the figure, and a real leak
// lowers every repetition, so the case repeats the workload three times and
// judges the best one.
void memoryRecovery(CaseContext &context, CaseResult &result)
{
    const int operations = std::max(500, int(2000 * context.settings().workScale));
    constexpr int repetitions = 3;
    (void)openSeededStore(context, {}, u"engine.sqlite"_qs);
    double bestRecovered = -1;
    double bestBefore = 0, bestPeak = 0, bestAfter = 0;
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        trimHeap();
        const double before = heapMB();
        double peak = before;
        {
            std::unique_ptr<Engine> engine = startEngine(context, {}, Clock::steady(), false);
            for (int i = 0; i < operations; ++i) {
                context.checkCancelled();
                (void)engine->handle(trafficMessage(u"recovery-%1-%2"_qs.arg(repetition).arg(i), i, i,
                                                    trafficBody(i), true));
                if (i % 100 == 0)
                    peak = std::max(peak, heapMB());
            }
            engine->flush();
            peak = std::max(peak, heapMB());
        } // the engine and everything it held are released here
        trimHeap();
        const double after = heapMB();
        const double growth = peak - before;
        const double recovered = std::clamp(growth > 0 ? 100.0 * (peak - after) / growth : 100.0, 0.0, 100.0);
        result.metrics.insert(u"recoveredPercent%1"_qs.arg(repetition + 1), recovered);
        if (recovered > bestRecovered) {
            bestRecovered = recovered;
            bestBefore = before;
            bestPeak = peak;
            bestAfter = after;
        }
    }

    result.higherIsBetter = true;
    result.measured = bestRecovered;
    result.threshold = context.parameter(u"minPercent"_qs, 0);
    result.metrics.insert(u"heapBeforeMB"_qs, bestBefore);
    result.metrics.insert(u"heapPeakMB"_qs, bestPeak);
    result.metrics.insert(u"heapAfterMB"_qs, bestAfter);
    result.metrics.insert(u"messages"_qs, operations);
    result.metrics.insert(u"repetitions"_qs, repetitions);
    addParameterCheck(context, result, u"minPercent"_qs, trMemory("heap growth returned"), u"%"_qs,
                      result.measured, true);
}

} // namespace

CaseFunction memoryCaseFunction(const QString &id)
{
    static const QHash<QString, CaseFunction> functions = {
        {u"mem.leak.listeners"_qs, leakListeners},   {u"mem.leak.handlers"_qs, leakHandlers},
        {u"mem.leak.sessions"_qs, leakSessions},     {u"mem.leak.connections"_qs, leakConnections},
        {u"mem.baseline"_qs, memoryBaseline},        {u"mem.growth-1000"_qs, memoryGrowth},
        {u"mem.pause"_qs, housekeepingPause},        {u"mem.recovery"_qs, memoryRecovery},
    };
    return functions.value(id);
}

} // namespace linda::bench
