#!/usr/bin/env bash
# Checks the Debian package `make package` made (docs/packaging.md): lintian with no errors (its
# warnings are printed, and the known ones are explained in docs/packaging.md), the desktop file
# and the AppStream metadata as installed by the package, and the packaged program itself run
# from an unpacked copy, away from the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
debs=(build/release/package/jalaseh_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "expected one package in build/release/package, found ${#debs[@]}: run make package" >&2; exit 1; }
deb=${debs[0]}
echo "== $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"

echo "== lintian"
# --fail-on error: warnings are reported, not fatal; --no-tag-display-limit shows each of them.
lintian --fail-on error --no-tag-display-limit --info "$deb"

echo "== desktop-file-validate"
desktop-file-validate "$unpacked"/usr/share/applications/ir.jalaseh.Jalaseh.desktop

echo "== appstreamcli validate --no-net, then validate-tree (metainfo, desktop file and icon together)"
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/ir.jalaseh.Jalaseh.metainfo.xml
appstreamcli validate-tree --no-net "$unpacked"

echo "== the packaged program, from another folder"
mkdir -p "$unpacked/elsewhere"
(cd "$unpacked/elsewhere" && HOME="$unpacked/elsewhere" LC_ALL=C.UTF-8 ../usr/bin/jalaseh --version &&
    HOME="$unpacked/elsewhere" LC_ALL=C.UTF-8 ../usr/bin/jalaseh --db demo.jalaseh init --demo &&
    HOME="$unpacked/elsewhere" LC_ALL=C.UTF-8 ../usr/bin/jalaseh --db demo.jalaseh export minutes 1 \
        --style formal --format txt | head -3)
echo "package checks passed"
