#!/usr/bin/env bash
# Installs what is missing, builds the release preset and runs the main job:
# the benchmark, load and memory suites against the embedded engine with the
# bundled fixtures, writing PDF, JSON, CSV and JUnit reports to out/.
# PROFILE=default (about 90 s) or thorough measures longer than quick.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

cmake --preset release
cmake --build --preset release --target linda-dashboard

out="${LINDA_OUT:-out}"
mkdir -p "$out"
app=./build/release/app/linda-dashboard

"$app" check-fixtures fixtures
# Exit code 1 means a threshold failed; the reports are written all the same.
status=0
"$app" run --profile "${PROFILE:-quick}" \
    --pdf "$out/report.pdf" --json "$out/report.json" \
    --csv "$out/report.csv" --junit "$out/report-junit.xml" || status=$?
echo "Reports in $out/: report.pdf, report.json, report.csv, report-junit.xml (exit code $status)"
exit "$status"
