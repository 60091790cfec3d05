#!/bin/sh
# Installs the PouchDB side of the sync benchmark from its lock file and runs it.
#   tests/bench/run_pouchdb.sh [--counts 10000,100000] [--records FILE.jsonl] [--batch-size 100]
# Prints one JSON document on stdout (progress on stderr). Needs node >= 18 and npm.
set -eu
here=$(cd "$(dirname "$0")/pouchdb" && pwd)
cd "$here"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error >&2
fi
exec node bench.js "$@"
