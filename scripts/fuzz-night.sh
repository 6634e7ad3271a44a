#!/usr/bin/env bash
# A long fuzzing run for a night (or a weekend): every fuzz target in turn, FUZZ_SECONDS each
# (default 2 hours, so about 10 hours for the five), in libFuzzer's fork mode so that a crash is
# recorded and the run goes on to find others. The corpora grow in build/fuzz-night/corpus and
# are kept for the next night; every input that crashed, hung or broke a promise is kept in
# build/fuzz-night/artifacts (until removed), and the run exits non-zero while there is one. Copy an input that
# found a bug into tests/fuzz-corpus/<name>/ with the fix: every `make test` then replays it.
#
#   scripts/fuzz-night.sh                       # all targets, 2 hours each
#   FUZZ_SECONDS=600 scripts/fuzz-night.sh      # 10 minutes each
#   FUZZ_TARGETS=fuzz_meeting_json scripts/fuzz-night.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export BUILD_DIR="${BUILD_DIR:-$ROOT/build/fuzz-night}"
export FUZZ_SECONDS="${FUZZ_SECONDS:-7200}"
# Fork mode with one worker a core; the ignore flags keep it running past a finding (the
# finding's input is still written to the artifacts folder).
cores="$(nproc 2>/dev/null || echo 2)"
export FUZZ_EXTRA_ARGS="${FUZZ_EXTRA_ARGS:--fork=$cores -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1}"

started="$(date -u +%FT%TZ)"
status=0
"$ROOT/fuzz/run.sh" || status=$?
found=$(find "$BUILD_DIR/artifacts" -type f 2>/dev/null | wc -l)
echo "Fuzzing night from $started to $(date -u +%FT%TZ): $found input(s) in $BUILD_DIR/artifacts;" \
     "corpora in $BUILD_DIR/corpus"
if [ "$found" -ne 0 ] && [ "$status" -eq 0 ]; then
    status=1
fi
exit "$status"
