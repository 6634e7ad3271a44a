#!/usr/bin/env bash
# Formats every C++ file in git (src, tests, bench, fuzz) with .clang-format, using clang-format 14
# (Debian 12's; other versions format some constructs differently, which would show as drift).
#   scripts/format.sh           rewrite the files in place (make format)
#   scripts/format.sh --check   change nothing; list each difference and fail (make format-check, CI)
set -euo pipefail
cd "$(dirname "$0")/.."

clang_format="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}"
if [ -z "$clang_format" ]; then
    echo "clang-format is missing: run scripts/install-deps.sh (it installs clang-format)." >&2
    exit 2
fi

mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [ "${1:-}" = "--check" ]; then
    if ! "$clang_format" --dry-run --Werror "${files[@]}"; then
        echo "Some files differ from .clang-format (above). Run 'make format' and commit the result." >&2
        exit 1
    fi
    echo "${#files[@]} files follow .clang-format."
else
    "$clang_format" -i "${files[@]}"
fi
