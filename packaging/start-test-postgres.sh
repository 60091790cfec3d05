#!/usr/bin/env bash
# Sourced by packaging/test.sh: starts Debian's PostgreSQL cluster on
# 127.0.0.1, creates a throw-away role and database for this checkout's tests and exports
# HOCVUSO_TEST_PG with its URL. Skips (and says so) where there is no cluster.
pg_version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
if [[ -z "$pg_version" ]]; then
  echo "start-test-postgres: PostgreSQL is not installed; the PostgreSQL runs of the sync tests are skipped" >&2
  return 0 2>/dev/null || exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$pg_version main$"; then
  $SUDO pg_createcluster "$pg_version" main >/dev/null
fi
echo "listen_addresses = '127.0.0.1'" | $SUDO tee "/etc/postgresql/$pg_version/main/conf.d/hocvuso-loopback.conf" >/dev/null
pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -q online \
  || $SUDO pg_ctlcluster "$pg_version" main start
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')
if ! pg_isready -q -h 127.0.0.1 -p "$pg_port" -t 30; then
  echo "start-test-postgres: PostgreSQL did not start on 127.0.0.1:$pg_port" >&2
  return 1 2>/dev/null || exit 1
fi
# One role and database per checkout (named from its path): checkouts side by
# side (worktrees, a CI clone) each reset only their own, never another's
# while its tests run.
checkout_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pg_name="hocvuso_test_$(printf '%s' "$checkout_dir" | md5sum | cut -c1-8)"
pg_password="hocvuso-test-$(date +%s)"
$SUDO runuser -u postgres -- env PGOPTIONS="-c client_min_messages=warning" psql -q -p "$pg_port" -c "DROP DATABASE IF EXISTS $pg_name" >/dev/null
$SUDO runuser -u postgres -- env PGOPTIONS="-c client_min_messages=warning" psql -q -p "$pg_port" -c "DROP ROLE IF EXISTS $pg_name" >/dev/null
$SUDO runuser -u postgres -- psql -q -p "$pg_port" -c "CREATE ROLE $pg_name LOGIN PASSWORD '$pg_password' CREATEDB" >/dev/null
$SUDO runuser -u postgres -- psql -q -p "$pg_port" -c "CREATE DATABASE $pg_name OWNER $pg_name" >/dev/null
export HOCVUSO_TEST_PG="postgresql://$pg_name:$pg_password@127.0.0.1:$pg_port/$pg_name"
echo "start-test-postgres: PostgreSQL $pg_version on 127.0.0.1:$pg_port, database $pg_name (this checkout's)"
