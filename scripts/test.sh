#!/usr/bin/env bash
# Installs what is missing, builds everything with the release preset
# (warnings as errors under CI) and runs the whole test suite through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh

preset=release
[[ "${CI:-}" == "true" ]] && preset=ci

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" --timeout 600 "$@"
