#!/usr/bin/env bash
# Installs every build and test dependency of hoistway from Debian packages,
# then the web console's from npm (web/package-lock.json) and builds it into
# web/dist, which `hoistway serve` serves at /.
# Idempotent: packages already present are not reinstalled, apt-get update
# runs only when something is missing, `npm ci` only when node_modules does
# not match the lock file, and the console is rebuilt only when its sources
# changed. Needs root (or sudo) when it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

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
  # connected lifts (issue 12): the MQTT broker, its command-line clients, libmosquitto
  mosquitto mosquitto-clients libmosquitto-dev
  # certificates: a font with Hangul and Cyrillic (embedded as a subset), and pdftotext for tests
  fonts-nanum poppler-utils
  # web console end-to-end tests (issue 5): Debian's browser, driven by playwright-core
  chromium
  # the Python module for group-control R&D (issue 13), tested with Debian's python3
  pybind11-dev python3-dev
  # studies spread over MPI ranks: hoistway sweep under mpirun (issue 14)
  openmpi-bin libopenmpi-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#PACKAGES[@]} packages present"
else
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
fi

# The web console: Node.js 20.19 or later with npm (on the machine; Debian's
# nodejs is too old for Vite).
setup_web() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "setup: node and npm are needed for the web console (Node.js >= 20.19)" >&2
    return 1
  fi
  local version
  version=$(node -p 'process.versions.node')
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "setup: Node.js $version is too old for the web console (>= 20.19 needed)" >&2
    return 1
  fi
  cd web
  local lock_sum stamp=node_modules/.hoistway-lock.sha256
  lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ -f $stamp && $(cat "$stamp") == "$lock_sum" ]]; then
    echo "setup: web/node_modules matches package-lock.json"
  else
    echo "setup: npm ci (web console, Node.js $version, npm $(npm --version))"
    npm ci --no-audit --no-fund --loglevel=error </dev/null
    echo "$lock_sum" >"$stamp"
  fi
  # Rebuild web/dist when a source, the lock or the bundled example changed.
  local source_sum build_stamp=dist/.hoistway-sources.sha256
  source_sum=$(find src public index.html package-lock.json tsconfig.json vite.config.ts ../examples/office.yaml \
    -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
  if [[ -f $build_stamp && $(cat "$build_stamp") == "$source_sum" ]]; then
    echo "setup: web/dist is up to date"
  else
    echo "setup: building the web console into web/dist"
    npm run build --silent </dev/null
    echo "$source_sum" >"$build_stamp"
  fi
  cd ..
}
setup_web
