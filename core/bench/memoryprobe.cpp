#include "memoryprobe.h"

#include "allochooks.h"
#include "common/logging.h"

#include <QFile>

#include <malloc.h>
#include <unistd.h>

// AddressSanitizer and ThreadSanitizer replace malloc(), so glibc's
// mallinfo2() returns an empty heap. Their allocator's count is used instead.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LINDA_SANITIZER_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define LINDA_SANITIZER_HEAP 1
#endif
#endif
#ifdef LINDA_SANITIZER_HEAP
// Declared in <sanitizer/allocator_interface.h>, which clang ships but g++ 12
// does not. The ASan and TSan runtimes of both compilers define it.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

// Weak: resolved to the definition in the linda_alloc_hooks object library
// when the executable links it, and to nullptr otherwise.
extern "C" __attribute__((weak)) bool linda_alloc_hooks_read(LindaAllocTotals *totals);

namespace linda::bench {

AllocationCounts operator-(const AllocationCounts &later, const AllocationCounts &earlier)
{
    AllocationCounts d;
    d.allocations = later.allocations - earlier.allocations;
    d.deallocations = later.deallocations - earlier.deallocations;
    d.bytesRequested = later.bytesRequested - earlier.bytesRequested;
    d.liveBytes = later.liveBytes - earlier.liveBytes;
    return d;
}

bool allocationCountingAvailable()
{
    return linda_alloc_hooks_read != nullptr;
}

AllocationCounts allocationCounts()
{
    AllocationCounts counts;
    if (!allocationCountingAvailable())
        return counts;
    LindaAllocTotals totals{};
    if (!linda_alloc_hooks_read(&totals))
        return counts;
    counts.allocations = totals.allocations;
    counts.deallocations = totals.deallocations;
    counts.bytesRequested = totals.bytesRequested;
    counts.liveBytes = totals.liveBytes;
    return counts;
}

qint64 heapInUseBytes()
{
#ifdef LINDA_SANITIZER_HEAP
    return static_cast<qint64>(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
#endif
}

qint64 residentSetBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        qCWarning(lcMemory) << "Cannot read" << statm.fileName() << statm.errorString();
        return 0;
    }
    // Fields: size resident shared text lib data dt, in pages.
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return 0;
    bool ok = false;
    const qint64 pages = fields.at(1).toLongLong(&ok);
    return ok ? pages * sysconf(_SC_PAGESIZE) : 0;
}

bool trimHeap()
{
    return malloc_trim(0) != 0;
}

} // namespace linda::bench
