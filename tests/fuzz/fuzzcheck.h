#pragma once

#include <cstdio>
#include <cstdlib>

// Invariants a fuzz target checks besides "no crash": a broken one is a
// finding, so it aborts and libFuzzer saves the input.
#define LINDA_FUZZ_CHECK(condition)                                                            \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)
