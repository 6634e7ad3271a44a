#!/usr/bin/env bash
# Checks the Debian package `make package` made (docs/packaging.md): lintian with no errors (its
# warnings are printed, and the known ones are explained in docs/packaging.md), the desktop file
# and the AppStream metadata as installed by the package, and the packaged program itself run
# from an unpacked copy, away from the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
# The package of the release build, or the one given (e.g. build/dev/package/jalaseh_*.deb).
debs=("${1:-build/release/package}"/jalaseh_*.deb)
[ -f "${1:-}" ] && debs=("$1")
[ ${#debs[@]} -eq 1 ] || { echo "expected one package in build/release/package, found ${#debs[@]}: run make package" >&2; exit 1; }
deb=${debs[0]}
echo "== $deb"
dpkg-deb --field "$deb"

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"

echo "== lintian"
# --fail-on error: warnings (and, with --display-info, notes) are reported, not fatal.
lintian --fail-on error --tag-display-limit 0 --display-info "$deb"

echo "== desktop-file-validate"
desktop-file-validate "$unpacked"/usr/share/applications/ir.jalaseh.Jalaseh.desktop

echo "== appstreamcli validate --no-net, then validate-tree (metainfo, desktop file and icon together)"
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/ir.jalaseh.Jalaseh.metainfo.xml
appstreamcli validate-tree --no-net "$unpacked"

echo "== the packaged program, from another folder"
elsewhere="$unpacked/elsewhere"
mkdir -p "$elsewhere/runtime" && chmod 700 "$elsewhere/runtime"
run() { (cd "$elsewhere" && HOME="$elsewhere" XDG_RUNTIME_DIR="$elsewhere/runtime" LC_ALL=C.UTF-8 ../usr/bin/jalaseh "$@"); }
run --version
run --db demo.jalaseh init --demo
run --db demo.jalaseh export minutes 1 --style formal --format txt > "$elsewhere/minutes.txt"
grep -q "صورتجلسه" "$elsewhere/minutes.txt" || { echo "the packaged program wrote no formal minutes" >&2; exit 1; }
echo "package checks passed"
