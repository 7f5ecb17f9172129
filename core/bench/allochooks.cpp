#include "allochooks.h"

#include <atomic>
#include <cstdlib>
#include <malloc.h>
#include <mutex>
#include <new>

// Replaced global operator new / delete that count allocations per thread.
//
// Why per-thread counters: one shared atomic counter made two threads that
// allocate in a loop 3.5 to 5 times slower in a measurement on the project's
// 2-core machine, while per-thread counters cost nothing visible. Each thread
// gets a counter block at its first allocation, linked into a global list
// under a mutex. After its owner exits, a later thread reuses the block, so
// totals never lose counts and the list is only as long as the largest
// number of threads alive at once.
//
// Nothing in this file may call operator new: that would recurse.

namespace {

struct CounterBlock
{
    // Written only by the owning thread (a relaxed load and store, which
    // compiles to a plain add on x86), read by any thread.
    std::atomic<std::int64_t> allocations{0};
    std::atomic<std::int64_t> deallocations{0};
    std::atomic<std::int64_t> bytesRequested{0};
    std::atomic<std::int64_t> liveBytes{0};
    CounterBlock *next = nullptr;     // all blocks, guarded by g_mutex
    CounterBlock *nextFree = nullptr; // blocks whose thread exited, guarded by g_mutex
};

constinit std::mutex g_mutex;
constinit CounterBlock *g_blocks = nullptr;
constinit CounterBlock *g_freeBlocks = nullptr;

// Counts of threads that allocate after their block was handed back (during
// thread-local destruction) and of allocation before any block could be made.
constinit CounterBlock g_orphan;
constinit std::mutex g_orphanMutex;

thread_local CounterBlock *t_block = nullptr;
thread_local bool t_exited = false;

void releaseBlock(CounterBlock *block)
{
    std::lock_guard lock(g_mutex);
    block->nextFree = g_freeBlocks;
    g_freeBlocks = block;
}

// Hands the block back when its thread exits. A thread_local object with a
// destructor; glibc registers it with calloc, not operator new.
struct BlockReturner
{
    ~BlockReturner()
    {
        if (t_block) {
            releaseBlock(t_block);
            t_block = nullptr;
        }
        t_exited = true;
    }
};

CounterBlock *acquireBlock()
{
    std::lock_guard lock(g_mutex);
    if (g_freeBlocks) {
        CounterBlock *block = g_freeBlocks;
        g_freeBlocks = block->nextFree;
        block->nextFree = nullptr;
        return block;
    }
    void *memory = std::calloc(1, sizeof(CounterBlock));
    if (!memory)
        return nullptr;
    auto *block = ::new (memory) CounterBlock;
    block->next = g_blocks;
    g_blocks = block;
    return block;
}

CounterBlock *threadBlock()
{
    if (t_block)
        return t_block;
    if (t_exited)
        return nullptr;
    static thread_local BlockReturner returner;
    (void)returner;
    t_block = acquireBlock();
    return t_block;
}

void bump(std::atomic<std::int64_t> &counter, std::int64_t delta)
{
    counter.store(counter.load(std::memory_order_relaxed) + delta, std::memory_order_relaxed);
}

void countAllocation(void *pointer, std::size_t size)
{
    const auto usable = static_cast<std::int64_t>(malloc_usable_size(pointer));
    if (CounterBlock *block = threadBlock()) {
        bump(block->allocations, 1);
        bump(block->bytesRequested, static_cast<std::int64_t>(size));
        bump(block->liveBytes, usable);
        return;
    }
    std::lock_guard lock(g_orphanMutex);
    bump(g_orphan.allocations, 1);
    bump(g_orphan.bytesRequested, static_cast<std::int64_t>(size));
    bump(g_orphan.liveBytes, usable);
}

void countDeallocation(void *pointer)
{
    const auto usable = static_cast<std::int64_t>(malloc_usable_size(pointer));
    if (CounterBlock *block = threadBlock()) {
        bump(block->deallocations, 1);
        bump(block->liveBytes, -usable);
        return;
    }
    std::lock_guard lock(g_orphanMutex);
    bump(g_orphan.deallocations, 1);
    bump(g_orphan.liveBytes, -usable);
}

// malloc(0) may return nullptr; operator new must return a unique pointer.
void *allocateRaw(std::size_t size)
{
    return std::malloc(size == 0 ? 1 : size);
}

void *allocateAlignedRaw(std::size_t size, std::align_val_t alignment)
{
    const auto align = static_cast<std::size_t>(alignment);
    // aligned_alloc requires a size that is a multiple of the alignment.
    std::size_t rounded = (size + align - 1) / align * align;
    if (rounded == 0)
        rounded = align;
    return std::aligned_alloc(align, rounded);
}

// The throwing forms retry through the new-handler as the standard requires.
template<typename Allocate>
void *allocateOrThrow(std::size_t size, Allocate allocate)
{
    for (;;) {
        if (void *pointer = allocate()) {
            countAllocation(pointer, size);
            return pointer;
        }
        std::new_handler handler = std::get_new_handler();
        if (!handler)
            throw std::bad_alloc();
        handler();
    }
}

template<typename Allocate>
void *allocateOrNull(std::size_t size, Allocate allocate) noexcept
{
    try {
        return allocateOrThrow(size, allocate);
    } catch (...) {
        return nullptr;
    }
}

void release(void *pointer) noexcept
{
    if (!pointer)
        return;
    countDeallocation(pointer);
    std::free(pointer);
}

} // namespace

extern "C" bool linda_alloc_hooks_read(LindaAllocTotals *totals)
{
    if (!totals)
        return false;
    *totals = {};
    auto add = [totals](const CounterBlock &block) {
        totals->allocations += block.allocations.load(std::memory_order_relaxed);
        totals->deallocations += block.deallocations.load(std::memory_order_relaxed);
        totals->bytesRequested += block.bytesRequested.load(std::memory_order_relaxed);
        totals->liveBytes += block.liveBytes.load(std::memory_order_relaxed);
    };
    {
        std::lock_guard lock(g_mutex);
        for (const CounterBlock *block = g_blocks; block; block = block->next)
            add(*block);
    }
    std::lock_guard lock(g_orphanMutex);
    add(g_orphan);
    return true;
}

// Plain forms.
void *operator new(std::size_t size)
{
    return allocateOrThrow(size, [size] { return allocateRaw(size); });
}
void *operator new[](std::size_t size)
{
    return allocateOrThrow(size, [size] { return allocateRaw(size); });
}
void *operator new(std::size_t size, const std::nothrow_t &) noexcept
{
    return allocateOrNull(size, [size] { return allocateRaw(size); });
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept
{
    return allocateOrNull(size, [size] { return allocateRaw(size); });
}

// Aligned forms.
void *operator new(std::size_t size, std::align_val_t alignment)
{
    return allocateOrThrow(size, [=] { return allocateAlignedRaw(size, alignment); });
}
void *operator new[](std::size_t size, std::align_val_t alignment)
{
    return allocateOrThrow(size, [=] { return allocateAlignedRaw(size, alignment); });
}
void *operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept
{
    return allocateOrNull(size, [=] { return allocateAlignedRaw(size, alignment); });
}
void *operator new[](std::size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept
{
    return allocateOrNull(size, [=] { return allocateAlignedRaw(size, alignment); });
}

// Every delete form frees with free(): malloc and aligned_alloc blocks both
// go back through it in glibc.
void operator delete(void *pointer) noexcept
{
    release(pointer);
}
void operator delete[](void *pointer) noexcept
{
    release(pointer);
}
void operator delete(void *pointer, std::size_t) noexcept
{
    release(pointer);
}
void operator delete[](void *pointer, std::size_t) noexcept
{
    release(pointer);
}
void operator delete(void *pointer, const std::nothrow_t &) noexcept
{
    release(pointer);
}
void operator delete[](void *pointer, const std::nothrow_t &) noexcept
{
    release(pointer);
}
void operator delete(void *pointer, std::align_val_t) noexcept
{
    release(pointer);
}
void operator delete[](void *pointer, std::align_val_t) noexcept
{
    release(pointer);
}
void operator delete(void *pointer, std::size_t, std::align_val_t) noexcept
{
    release(pointer);
}
void operator delete[](void *pointer, std::size_t, std::align_val_t) noexcept
{
    release(pointer);
}
void operator delete(void *pointer, std::align_val_t, const std::nothrow_t &) noexcept
{
    release(pointer);
}
void operator delete[](void *pointer, std::align_val_t, const std::nothrow_t &) noexcept
{
    release(pointer);
}
