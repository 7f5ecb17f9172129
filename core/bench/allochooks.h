#pragma once

#include <cstdint>

// The interface between the replaced global operator new / delete (the object
// library linda_alloc_hooks, linked into executables only) and the code that
// reads the counts (core_bench). The reader declares the function weak, so an
// executable without the hooks links and reports counts as unavailable.
extern "C" {

// Totals over every thread since the process started.
struct LindaAllocTotals
{
    std::int64_t allocations;   // successful operator new calls of every form
    std::int64_t deallocations; // operator delete calls with a non-null pointer
    std::int64_t bytesRequested; // sum of the sizes passed to operator new
    std::int64_t liveBytes;     // usable size of blocks allocated and not yet freed
};

// Fills totals and returns true. Safe to call from any thread; the figures
// are a sum of per-thread counters read one after another, so operations on
// other threads during the call may be counted partly.
bool linda_alloc_hooks_read(LindaAllocTotals *totals);
}
