#!/usr/bin/env bash
# Installs everything hocvuso needs to build, run and test on Debian 12 (bookworm).
# Usage: sudo packaging/install-deps.sh [--with-test-servers]
#   --with-test-servers also installs PostgreSQL, Chromium and the readers the tests use.
set -euo pipefail

build_packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  libgl1-mesa-dev libxkbcommon-dev
  catch2 sqlite3 libsqlite3-dev libxlsxwriter-dev zlib1g-dev libzstd-dev libssl-dev libpq-dev
  fonts-dejavu-core
)
test_packages=(
  postgresql poppler-utils python3 python3-openpyxl
  chromium xvfb xauth
)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--with-test-servers" ]]; then
  packages+=("${test_packages[@]}")
  # The PouchDB peer in the sync benchmark needs node and npm; a machine that
  # already has a node distribution with its own npm keeps it.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
