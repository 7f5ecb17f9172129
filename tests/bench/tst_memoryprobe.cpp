#include "bench/memoryprobe.h"

#include <QTest>

#include <memory>
#include <new>
#include <thread>
#include <vector>

using namespace linda::bench;

// The allocation hooks are linked into this test, so counts are available.
class TestMemoryProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hooksAreLinked();
    void newAndDeleteAreCounted();
    void arrayAndAlignedFormsAreCounted();
    void nothrowFormIsCounted();
    void threadsAreSummed();
    void processFiguresArePositive();
};

namespace {

// Stores each pointer where the optimizer must assume it is read, because
// an optimized build may otherwise drop an unused new/delete pair (C++14
// allows that elision) and the counts under test would never change.
void *volatile g_escaped = nullptr;

template<typename T>
T *escape(T *pointer)
{
    g_escaped = pointer;
    return pointer;
}

} // namespace

void TestMemoryProbe::hooksAreLinked()
{
    QVERIFY(allocationCountingAvailable());
}

void TestMemoryProbe::newAndDeleteAreCounted()
{
    const AllocationCounts before = allocationCounts();
    auto *value = escape(new std::int64_t(42));
    const AllocationCounts during = allocationCounts() - before;
    QCOMPARE(during.allocations, 1);
    QCOMPARE(during.bytesRequested, qint64(sizeof(std::int64_t)));
    QCOMPARE(during.liveAllocations(), 1);
    QVERIFY(during.liveBytes >= qint64(sizeof(std::int64_t)));
    delete value;
    const AllocationCounts after = allocationCounts() - before;
    QCOMPARE(after.liveAllocations(), 0);
    QCOMPARE(after.liveBytes, 0);
}

void TestMemoryProbe::arrayAndAlignedFormsAreCounted()
{
    struct alignas(64) Line
    {
        char bytes[64];
    };
    const AllocationCounts before = allocationCounts();
    auto *array = escape(new char[1000]);
    auto *line = escape(new Line);
    QVERIFY(reinterpret_cast<std::uintptr_t>(line) % 64 == 0);
    const AllocationCounts during = allocationCounts() - before;
    QCOMPARE(during.allocations, 2);
    QCOMPARE(during.bytesRequested, qint64(1000 + sizeof(Line)));
    delete[] array;
    delete line;
    QCOMPARE((allocationCounts() - before).liveAllocations(), 0);
}

void TestMemoryProbe::nothrowFormIsCounted()
{
    const AllocationCounts before = allocationCounts();
    auto *value = escape(new (std::nothrow) int(7));
    QVERIFY(value);
    QCOMPARE((allocationCounts() - before).allocations, 1);
    delete value;
    QCOMPARE((allocationCounts() - before).liveAllocations(), 0);
}

void TestMemoryProbe::threadsAreSummed()
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 1000;
    const AllocationCounts before = allocationCounts();
    std::vector<std::unique_ptr<int>> kept(kThreads * kPerThread);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&kept, t] {
            for (int i = 0; i < kPerThread; ++i)
                kept[std::size_t(t * kPerThread + i)] = std::make_unique<int>(i);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    // std::thread itself allocates its state, so count at least the ints.
    const AllocationCounts during = allocationCounts() - before;
    QVERIFY(during.allocations >= kThreads * kPerThread);
    QVERIFY(during.liveAllocations() >= kThreads * kPerThread);
    kept.clear();
    const AllocationCounts after = allocationCounts() - before;
    QVERIFY(after.liveAllocations() < kThreads * kPerThread);
}

void TestMemoryProbe::processFiguresArePositive()
{
    QVERIFY(heapInUseBytes() > 0);
    QVERIFY(residentSetBytes() > 0);
}

QTEST_GUILESS_MAIN(TestMemoryProbe)
#include "tst_memoryprobe.moc"
