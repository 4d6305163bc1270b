#!/usr/bin/env bash
# Installs every build and test dependency of hoistway from Debian packages.
# Idempotent: packages already present are not reinstalled, and apt-get update
# runs only when something is missing. Needs root (or sudo) when it installs.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # libraries of the simulator and the command line
  libyaml-cpp-dev libfmt-dev libcli11-dev nlohmann-json3-dev libsimdjson-dev
  # tests, benchmarks, fuzzing, style checks
  libgtest-dev libgmock-dev libbenchmark-dev clang-14 libclang-rt-14-dev
  clang-format clang-tidy python3
  # registry and server (issue 4)
  libsqlite3-dev sqlite3 libpqxx-dev postgresql libboost-dev libboost-system-dev
  libsodium-dev libhpdf-dev wrk
  # certificates: a font with Hangul and Cyrillic (embedded as a subset), and pdftotext for tests
  fonts-nanum poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
