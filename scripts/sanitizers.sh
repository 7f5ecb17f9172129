#!/usr/bin/env bash
# Builds the project with the sanitizer presets and runs the tests under them:
#   asan  AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer), the
#         whole CTest suite
#   tsan  ThreadSanitizer, the tests that run work on several threads: the
#         work queue, engine, log writer, event bus, sessions and rate limiter (runtime),
#         the store and its threading test (store), the benchmark runner (bench)
#
# Usage: scripts/sanitizers.sh [asan|tsan|all]   (default: all)
# Environment:
#   JOBS            build jobs (default 2)
#   ASAN_BUILD_DIR  build folder of the asan run (default: the preset's, build/asan)
#   TSAN_BUILD_DIR  build folder of the tsan run (default: the preset's, build/tsan)
#   TSAN_TESTS      the tests of the tsan run, space-separated (default below)
# Extra arguments after the mode go to ctest, e.g. `scripts/sanitizers.sh asan -R tst_store`.
# Exits non-zero when a build fails or a test fails or a sanitizer reports.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=${1:-all}
[[ $# -gt 0 ]] && shift
jobs=${JOBS:-2}
asan_dir=${ASAN_BUILD_DIR:-$root/build/asan}
tsan_dir=${TSAN_BUILD_DIR:-$root/build/tsan}
tsan_tests=${TSAN_TESTS:-tst_workqueue tst_engine tst_logwriter tst_eventbus tst_sessionmanager tst_ratelimiter tst_store tst_storethreads tst_runner}

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

seconds_since() { echo $(( $(date +%s) - $1 )); }

run_asan() {
    local start
    start=$(date +%s)
    cmake --preset asan -B "$asan_dir"
    cmake --build "$asan_dir" -j "$jobs"
    echo "asan build: $(seconds_since "$start") s"
    start=$(date +%s)
    # The same settings as the asan test preset, which ctest --preset would
    # only apply to the preset's own build folder.
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp" \
        ctest --test-dir "$asan_dir" --output-on-failure --timeout 1200 "$@"
    echo "asan tests: $(seconds_since "$start") s"
}

run_tsan() {
    local start
    start=$(date +%s)
    cmake --preset tsan -B "$tsan_dir"
    # Only the executables of the tests that run under TSan; each test has
    # the name of its executable.
    # shellcheck disable=SC2086
    cmake --build "$tsan_dir" -j "$jobs" --target $tsan_tests
    local regex="^(${tsan_tests// /|})\$"
    echo "tsan build: $(seconds_since "$start") s"
    start=$(date +%s)
    # Qt is not instrumented: ignore the intercepted calls it makes itself
    # (tests/sanitizers/tsan.supp explains why).
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$root/tests/sanitizers/tsan.supp" \
        ctest --test-dir "$tsan_dir" --output-on-failure --timeout 1800 -R "$regex" "$@"
    echo "tsan tests: $(seconds_since "$start") s"
}

case "$mode" in
asan) run_asan "$@" ;;
tsan) run_tsan "$@" ;;
all)
    run_asan "$@"
    run_tsan "$@"
    ;;
*)
    echo "usage: $0 [asan|tsan|all] [ctest arguments]" >&2
    exit 2
    ;;
esac
