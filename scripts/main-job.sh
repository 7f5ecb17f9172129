#!/usr/bin/env bash
# Installs what is missing, builds the release preset and runs the main job
# against the embedded engine with the bundled fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

cmake --preset release
cmake --build --preset release --target linda-dashboard

out="${LINDA_OUT:-out}"
mkdir -p "$out"
./build/release/app/linda-dashboard check-fixtures fixtures
