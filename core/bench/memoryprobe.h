#pragma once

#include <QtGlobal>

// Process memory figures for the memory suite.
namespace linda::bench {

// Allocation counts from the replaced global operator new / delete.
struct AllocationCounts
{
    qint64 allocations = 0;
    qint64 deallocations = 0;
    qint64 bytesRequested = 0;
    qint64 liveBytes = 0; // usable size of blocks not yet freed

    qint64 liveAllocations() const { return allocations - deallocations; }
};

// Difference of two readings, later minus earlier.
AllocationCounts operator-(const AllocationCounts &later, const AllocationCounts &earlier);

// False when the executable was linked without the linda_alloc_hooks object
// library; allocationCounts() then returns zeros.
bool allocationCountingAvailable();
AllocationCounts allocationCounts();

// Bytes of heap in use according to glibc's mallinfo2() (arena plus mmapped
// blocks), which also counts SQLite's and Qt's malloc() allocations. It walks every
// free chunk (about 15 ms on a fragmented heap), so never call it per
// operation on a timed path. Under AddressSanitizer or ThreadSanitizer it
// returns the bytes their allocator has handed out instead.
qint64 heapInUseBytes();

// Resident set size from /proc/self/statm; 0 when it cannot be read.
qint64 residentSetBytes();

// Returns free heap pages to the system (glibc malloc_trim) and returns
// whether any memory was released.
bool trimHeap();

} // namespace linda::bench
