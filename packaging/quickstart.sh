#!/usr/bin/env bash
# Quick start, command 1: install what is needed, build, and launch the desktop
# app on its default store (a demo commune is loaded the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset default
cmake --build --preset default --target hocvuso hocvuso-cli hocvuso-server
exec build/app/hocvuso --demo "$@"
