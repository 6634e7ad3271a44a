#!/usr/bin/env bash
# Renders resources/icons/jalaseh.svg to the PNG sizes the hicolor theme installs
# (resources/icons/SIZExSIZE/jalaseh.png). Run after changing the SVG and commit the PNGs:
# the build does not need librsvg2-bin.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" jalaseh.svg --output "${size}x${size}/jalaseh.png"
done
