#!/usr/bin/env bash
# Quick start, command 2 (and what CI runs): install the build and test
# dependencies, start PostgreSQL on loopback for the sync tests, build
# everything and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --with-test-servers

# PostgreSQL on loopback only, for the server-store tests (never mocked).
source packaging/start-test-postgres.sh

cmake --preset default
cmake --build --preset default -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j "$(nproc)"
