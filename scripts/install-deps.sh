#!/usr/bin/env bash
# Installs the Debian 12 packages Jalaseh needs to build, run and test; only what is missing.
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6opengl6-dev libgl-dev qt6-translations-l10n
    libicu-dev catch2 libbenchmark-dev libkainjow-mustache-dev zlib1g-dev
    fonts-noto-core xvfb xauth poppler-utils clang-format
    libqpdf-dev libpoppler-cpp-dev mupdf-tools
    # The QR code of approved minutes (docs/packaging.md says why libqrencode); the tests read it
    # back from the PDF with zbarimg.
    libqrencode-dev zbar-tools
    # Server passwords the user asks to remember go to the desktop's keychain; the tests start a
    # session bus with GNOME Keyring's Secret Service of their own (tests/gui/TestServerDesk.cpp).
    qtkeychain-qt6-dev libsecret-1-0 dbus-daemon gnome-keyring
    # The tests start their own PostgreSQL server (tests/support/postgres-server.sh).
    postgresql-15
    # The Debian package (make package, make package-check) and the checks of its desktop files.
    dpkg-dev file lintian desktop-file-utils appstream
)
if [ "${JALASEH_WITH_FUZZ:-0}" = 1 ]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
