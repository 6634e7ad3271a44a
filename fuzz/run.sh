#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (-fsanitize=fuzzer,address,undefined) and runs each
# for a bounded time on a copy of its corpus. Exits non-zero when any target finds a crash, a
# sanitizer error or a broken promise; the input that did it is kept in $BUILD_DIR/artifacts.
#
#   fuzz/run.sh                 # 20 s per target
#   FUZZ_SECONDS=300 fuzz/run.sh
#   FUZZ_TARGETS="fuzz_date" fuzz/run.sh
#   FUZZ_EXTRA_ARGS="-jobs=2" fuzz/run.sh   # more libFuzzer options (scripts/fuzz-night.sh)
#
# The new inputs each run finds stay in $BUILD_DIR/corpus/<name> and are read again by the next.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="$(realpath -m "${BUILD_DIR:-$ROOT/build/fuzz}")"
FUZZ_SECONDS="${FUZZ_SECONDS:-20}"
FUZZ_TARGETS="${FUZZ_TARGETS:-fuzz_date fuzz_time fuzz_honorifics fuzz_normalize fuzz_meeting_json}"
JOBS="${JOBS:-2}"

if ! command -v clang++-14 >/dev/null; then
    echo "clang++-14 is missing: run 'JALASEH_WITH_FUZZ=1 scripts/install-deps.sh'" \
         "(it installs clang-14 and libclang-rt-14-dev)." >&2
    exit 2
fi

# The fuzz preset of CMakePresets.json (clang-14, libFuzzer, ASan + UBSan), in $BUILD_DIR.
cmake -S "$ROOT" --preset fuzz -B "$BUILD_DIR" >/dev/null
# shellcheck disable=SC2086 # the target list is meant to split
cmake --build "$BUILD_DIR" -j"$JOBS" --target $FUZZ_TARGETS

mkdir -p "$BUILD_DIR/artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/support/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for target in $FUZZ_TARGETS; do
    corpus_name="${target#fuzz_}"
    work_corpus="$BUILD_DIR/corpus/$corpus_name"
    mkdir -p "$work_corpus"
    # A meeting file is longer than a pasted date; its format's words help libFuzzer reach the
    # checks behind the JSON syntax.
    options=(-max_len=4096)
    if [ -f "$ROOT/fuzz/$corpus_name.dict" ]; then
        options=(-max_len=16384 -dict="$ROOT/fuzz/$corpus_name.dict")
    fi
    echo "== $target: ${FUZZ_SECONDS} s"
    # shellcheck disable=SC2086 # FUZZ_EXTRA_ARGS (fuzz-night.sh) is meant to split
    if ! "$BUILD_DIR/fuzz/$target" -max_total_time="$FUZZ_SECONDS" -timeout=10 \
            -rss_limit_mb=2048 "${options[@]}" -print_final_stats=1 ${FUZZ_EXTRA_ARGS:-} \
            -artifact_prefix="$BUILD_DIR/artifacts/$target-" \
            "$work_corpus" "$ROOT/tests/fuzz-corpus/$corpus_name" 2>"$BUILD_DIR/$target.log"; then
        tail -n 40 "$BUILD_DIR/$target.log" >&2
        failed+=("$target")
    else
        grep -E "^stat::number_of_executed_units|^stat::new_units_added" "$BUILD_DIR/$target.log" || true
    fi
done

if [ ${#failed[@]} -ne 0 ]; then
    echo "Fuzzing found problems in: ${failed[*]} (inputs in $BUILD_DIR/artifacts)" >&2
    exit 1
fi
echo "Fuzzing found nothing in: $FUZZ_TARGETS"
