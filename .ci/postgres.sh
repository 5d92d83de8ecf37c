#!/bin/sh
# Start the Debian PostgreSQL 15 cluster, make sure the test role and database exist,
# and print the SQLAlchemy URL to use (export it as SHOPAPP_TEST_PG_URL).
# Idempotent: a running cluster, an existing role or database are fine. Needs root
# (or the postgres user) on a Debian machine with postgresql-15 installed.
#   export SHOPAPP_TEST_PG_URL="$(.ci/postgres.sh)"
set -eu

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-shopapp}"
PG_PASSWORD="${PG_PASSWORD:-shopapp}"
PG_DB="${PG_DB:-shopapp_test}"

log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    log "pg_ctlcluster not found; install it with: apt-get install -y postgresql-$PG_VERSION"
    exit 1
fi

if pg_lsclusters --no-header 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" \
        '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
    log "cluster $PG_VERSION/$PG_CLUSTER already running"
else
    log "starting cluster $PG_VERSION/$PG_CLUSTER"
    # Another process may start it at the same moment: tolerate "already running".
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start 2>&1 | sed 's/^/postgres.sh: /' >&2 || true
fi

# As root, talk to the cluster as the postgres superuser; as postgres itself, directly.
as_postgres() {
    if [ "$(id -un)" = postgres ]; then sh -c "$1"; else su postgres -c "$1"; fi
}

# Wait until it accepts connections (up to 30 s).
i=0
until as_postgres "psql -p $PG_PORT -qtAc 'select 1'" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -ge 60 ]; then
        log "PostgreSQL did not come up on port $PG_PORT; see /var/log/postgresql/"
        exit 1
    fi
    sleep 0.5
done

psql_admin() { as_postgres "psql -p $PG_PORT -v ON_ERROR_STOP=1 -qtA $*"; }

if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname = '$PG_USER'\"")" != "1" ]; then
    log "creating role $PG_USER"
    psql_admin "-c \"create role $PG_USER login password '$PG_PASSWORD'\""
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname = '$PG_DB'\"")" != "1" ]; then
    log "creating database $PG_DB"
    psql_admin "-c \"create database $PG_DB owner $PG_USER\""
fi

echo "postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
