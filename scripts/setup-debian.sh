#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing Linda Dashboard
# need, including clang 14 with its libFuzzer runtime for the `fuzz` preset
# (Debian 12 names the compiler clang++-14; the unversioned clang++ comes
# from the separate `clang` package). Installs only what is missing and runs
# `apt-get update` at most once.
set -euo pipefail

packages=(
    build-essential cmake ninja-build git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-pdf-dev qt6-translations-l10n
    libphonenumber-dev libsimdjson-dev libsqlite3-dev libgl-dev
    fonts-dejavu-core poppler-utils xvfb xauth
    clang-14 libclang-rt-14-dev
)

if [[ ! -r /etc/debian_version ]] || ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup-debian.sh: this is not a Debian system; install the equivalents of: ${packages[*]}" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "setup-debian.sh: all ${#packages[@]} packages are installed."
    exit 0
fi

if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "setup-debian.sh: these packages are missing and installing them needs root: ${missing[*]}" >&2
        echo "Run this script as root, or install them with: apt-get install ${missing[*]}" >&2
        exit 1
    fi
else
    sudo=()
fi

echo "setup-debian.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
