#!/usr/bin/env bash
# Builds the libFuzzer targets with the `fuzz` preset (clang, ASan, UBSan)
# and runs each one for a short time on its seed corpus, taken from the test
# data. Exits non-zero when a target crashes, hangs, leaks or breaks one of
# its invariants; the input that did it is saved under the artifacts folder.
#
# Usage: scripts/fuzz-smoke.sh [target...]   (default: every target)
# Environment:
#   FUZZ_SECONDS    seconds per target (default 30)
#   FUZZ_MAX_LEN    largest input in bytes (default 65536)
#   FUZZ_TIMEOUT    seconds one input may take before it counts as a hang (default 10)
#   FUZZ_BUILD_DIR  build folder (default: the preset's, build/fuzz)
#   JOBS            build jobs (default 2)
#   FUZZ_NO_BUILD   set to 1 to run already built targets
# Corpus entries the fuzzer finds are kept in $FUZZ_BUILD_DIR/fuzz-corpus/<target>,
# so a later run starts where this one stopped; crashes go to
# $FUZZ_BUILD_DIR/fuzz-artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=${FUZZ_SECONDS:-30}
max_len=${FUZZ_MAX_LEN:-65536}
timeout=${FUZZ_TIMEOUT:-10}
build_dir=${FUZZ_BUILD_DIR:-$root/build/fuzz}
jobs=${JOBS:-2}

all_targets=(fuzz_wwebjs fuzz_webhook fuzz_chatexport fuzz_vcard fuzz_googlecsv fuzz_fixtures fuzz_commandline)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")

# Seed folders (read, never written) and dictionary of each target.
seeds_of() {
    case "$1" in
    fuzz_wwebjs | fuzz_webhook | fuzz_chatexport) echo "$root/tests/messages/data" ;;
    fuzz_vcard | fuzz_googlecsv) echo "$root/tests/contacts/data" ;;
    fuzz_fixtures) echo "$root/fixtures $root/tests/fixtures/data $root/tests/bench/data" ;;
    fuzz_commandline) echo "$commandline_seeds" ;;
    *) echo "unknown target $1" >&2; exit 2 ;;
    esac
}
dict_of() {
    case "$1" in
    fuzz_wwebjs | fuzz_webhook | fuzz_fixtures) echo "$root/tests/fuzz/dict/json.dict" ;;
    fuzz_chatexport) echo "$root/tests/fuzz/dict/chatexport.dict" ;;
    fuzz_vcard) echo "$root/tests/fuzz/dict/vcard.dict" ;;
    fuzz_googlecsv) echo "$root/tests/fuzz/dict/googlecsv.dict" ;;
    fuzz_commandline) echo "$root/tests/fuzz/dict/commandline.dict" ;;
    esac
}

if [[ "${FUZZ_NO_BUILD:-0}" != 1 ]]; then
    start=$(date +%s)
    cmake --preset fuzz -B "$build_dir"
    cmake --build "$build_dir" -j "$jobs" --target fuzz-targets
    echo "fuzz build: $(( $(date +%s) - start )) s"
fi

# The command lines of the built-in command test, one seed file each.
commandline_seeds=$(mktemp -d)
trap 'rm -rf "$commandline_seeds"' EXIT
n=0
while IFS= read -r line; do
    n=$((n + 1))
    printf '%s' "${line#>>> * * }" > "$commandline_seeds/$n.txt"
done < <(grep '^>>> ' "$root/tests/commands/data/seeded-replies.txt")

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp}

failed=()
start=$(date +%s)
for target in "${targets[@]}"; do
    corpus="$build_dir/fuzz-corpus/$target"
    artifacts="$build_dir/fuzz-artifacts/$target/"
    mkdir -p "$corpus" "$artifacts"
    echo "== $target: $seconds s"
    log="$build_dir/fuzz-artifacts/$target.log"
    # The first folder receives new corpus entries; the seed folders after it
    # are only read.
    set +e
    # shellcheck disable=SC2046
    "$build_dir/tests/fuzz/$target" "$corpus" $(seeds_of "$target") \
        -dict="$(dict_of "$target")" -max_len="$max_len" -timeout="$timeout" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts" > "$log" 2>&1
    rc=$?
    set -e
    grep -E '^(INFO: seed corpus|#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|ERROR|==[0-9]+==|.*invariant failed|artifact_prefix|Test unit written)' "$log" || true
    if [[ $rc -ne 0 ]]; then
        echo "$target exited with $rc; full output in $log"
        failed+=("$target")
    fi
done
echo "fuzz runs: $(( $(date +%s) - start )) s"

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "FINDINGS in: ${failed[*]} (inputs under $build_dir/fuzz-artifacts/)" >&2
    exit 1
fi
echo "no findings"
