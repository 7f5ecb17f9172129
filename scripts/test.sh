#!/usr/bin/env bash
# Installs what is missing, builds everything with the release preset
# (warnings as errors under CI) and runs the whole test suite through CTest.
#
# Usage: scripts/test.sh [--full] [ctest arguments]
# With --full, or when CI=true, two more phases follow the suite: the whole
# suite again under AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/sanitizers.sh asan), then a smoke run of every libFuzzer target
# (scripts/fuzz-smoke.sh, FUZZ_SECONDS each, default 30). The script stops at
# the first phase that fails, and prints how long each phase took.
set -euo pipefail
cd "$(dirname "$0")/.."

full=0
if [[ "${1:-}" == "--full" ]]; then
    full=1
    shift
fi
[[ "${CI:-}" == "true" ]] && full=1

bash scripts/setup-debian.sh

preset=release
[[ "${CI:-}" == "true" ]] && preset=ci

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

# Each phase prints its time when it ends; the EXIT trap prints the time of
# a phase that failed.
phase=""
phase_start=0
trap '[[ -n "$phase" ]] && echo "phase time: $phase: $(($(date +%s) - phase_start)) s (failed)"' EXIT
run_phase() {
    phase=$1
    phase_start=$(date +%s)
    shift
    "$@"
    echo "phase time: $phase: $(($(date +%s) - phase_start)) s"
    phase=""
}

suite() {
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset" --timeout 600 "$@"
}

run_phase "$preset build and tests" suite "$@"
if ((full)); then
    run_phase "asan build and tests" bash scripts/sanitizers.sh asan
    run_phase "fuzz build and smoke runs" bash scripts/fuzz-smoke.sh
fi
