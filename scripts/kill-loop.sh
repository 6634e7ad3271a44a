#!/usr/bin/env bash
# The crash tests' long run: writers (import, init) killed with SIGKILL at RUNS random moments
# (1,000 by default; `make test` runs 100), each followed by opening the file, SQLite's integrity
# check and a count of every table. A failure prints JALASEH_KILL_SEED, which repeats its moments:
#   JALASEH_KILL_SEED=123 scripts/kill-loop.sh 1000
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000}"
cmake --preset dev >/dev/null
cmake --build --preset dev -j"${JOBS:-2}" --target crash_tests killable_jalaseh
JALASEH_KILL_RUNS="$runs" ./build/dev/tests/crash/crash_tests
