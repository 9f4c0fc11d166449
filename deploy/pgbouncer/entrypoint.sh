#!/bin/sh
# Renders the PgBouncer templates mounted at /etc/pgbouncer/templates with the container's environment,
# then runs PgBouncer in the foreground (logging to stderr).
set -eu
: "${POSTGRES_HOST:?}" "${POSTGRES_PORT:?}" "${POSTGRES_DB:?}" "${POSTGRES_USER:?}"
export PGBOUNCER_LISTEN_ADDR="${PGBOUNCER_LISTEN_ADDR:-0.0.0.0}"
export PGBOUNCER_PORT="${PGBOUNCER_PORT:-6432}"
export PGBOUNCER_AUTH_FILE=/tmp/pgbouncer/userlist.txt

# userlist.txt holds the role's SCRAM secret, never the plain password (see pgbouncer.ini.template). Without
# PGBOUNCER_AUTH_SECRET it is read from PostgreSQL, which needs POSTGRES_USER to be a superuser (as the
# postgres image makes it); otherwise set it to `SELECT rolpassword FROM pg_authid WHERE rolname = '...'`.
if [ -z "${PGBOUNCER_AUTH_SECRET:-}" ]; then
  : "${POSTGRES_PASSWORD:?or PGBOUNCER_AUTH_SECRET is required}"
  attempt=0
  until PGBOUNCER_AUTH_SECRET=$(PGPASSWORD="$POSTGRES_PASSWORD" psql -h "$POSTGRES_HOST" -p "$POSTGRES_PORT" \
    -U "$POSTGRES_USER" -d "$POSTGRES_DB" -tAc 'SELECT rolpassword FROM pg_authid WHERE rolname = current_user') &&
    [ -n "$PGBOUNCER_AUTH_SECRET" ]; do
    attempt=$((attempt + 1))
    [ "$attempt" -lt 30 ] || { echo "could not read the SCRAM secret of $POSTGRES_USER" >&2; exit 1; }
    sleep 1
  done
fi
export PGBOUNCER_AUTH_SECRET

mkdir -p /tmp/pgbouncer
umask 077
envsubst < /etc/pgbouncer/templates/userlist.txt.template > "$PGBOUNCER_AUTH_FILE"
envsubst < /etc/pgbouncer/templates/pgbouncer.ini.template > /tmp/pgbouncer/pgbouncer.ini
exec pgbouncer /tmp/pgbouncer/pgbouncer.ini
