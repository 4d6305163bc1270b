#!/usr/bin/env bash
# Sets up a fresh machine, builds the release binary and runs the main job:
# `hoistway serve --demo`, the registry and its web console with a clearly
# marked fictional fleet, on a SQLite file in the repository
# (hoistway-demo.sqlite, kept between runs). Open the address it prints.
# Usage: bash scripts/run.sh          (PORT=9000 bash scripts/run.sh for another port)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "${JOBS:-$(nproc)}"

PORT=${PORT:-8080}
cat <<EOF

hoistway web console: open http://127.0.0.1:${PORT}/   (Ctrl-C stops the server)
Demo sign-ins (user / password), all data fictional:
  demo-admin / demo-admin            the authority: everything
  demo-inspector / demo-inspector    records inspections
  demo-technician / demo-technician  self-inspections and call-outs (company 1)
  demo-owner / demo-owner            the lifts of five buildings, accident reports
Everyone signed in may use the traffic workbench.

EOF
exec build/release/hoistway serve --demo --db sqlite:hoistway-demo.sqlite --port "$PORT" --static web/dist
