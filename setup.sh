#!/usr/bin/env bash
# Installs every Debian package that building, running and testing Demetra needs.
# Idempotent and non-interactive; run as root (or with sudo available).
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    libxgboost-dev libexpected-dev qtkeychain-qt6-dev qt6-networkauth-dev
    sqlite3 libsqlite3-dev clang-format xvfb xauth
    # reports (issue 8): the Excel writer; the tests read the files back with openpyxl and pdftotext
    libxlsxwriter-dev python3-openpyxl poppler-utils
    # the asan preset and the fuzz targets: clang 14, its sanitizer and libFuzzer runtimes (libclang_rt.asan,
    # .ubsan_standalone, .fuzzer), python3 for tests/fuzz/make_corpus.py
    clang clang-14 libclang-rt-14-dev python3
    # the .deb (issue 8): CPack's DEB generator (dpkg-shlibdeps from dpkg-dev, file), the icon's PNG sizes
    # (rsvg-convert), and the desktop file and AppStream checks of the package test
    dpkg-dev file librsvg2-bin desktop-file-utils appstream
    # team mode (issue 8): Qt's QPSQL driver, and the PostgreSQL server the postgres-labelled tests start on loopback
    # in their own throwaway cluster (tests/support/postgres_server.sh; psql and pg_isready from the client). The
    # package's postinst may create and start Debian's default cluster on port 5432: harmless, no test uses it.
    postgresql postgresql-client libqt6sql6-psql
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "setup: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
