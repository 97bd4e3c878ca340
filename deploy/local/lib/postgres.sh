# PostgreSQL for the local stack, by the rule of cn.gov.hunan.sanpin.devstack.PostgresLocator:
# the server named by SANPIN_DB_HOST, else 127.0.0.1:5432 if it answers, else an embedded server whose data lives
# in $SANPIN_LOCAL/pgdata and survives restarts. Sourced; needs common.sh and a built deploy/local module.

# `./sanpin test` names its own databases (SANPIN_DB_PREFIX=sanpin_stacktest) so that a developer's data never meets
# the smoke test; the services read their database names from the SANPIN_<SERVICE>_DB variables exported here.
SANPIN_DB_PREFIX=${SANPIN_DB_PREFIX:-sanpin}
export SANPIN_APPLICATION_DB=${SANPIN_DB_PREFIX}_application SANPIN_REVIEW_DB=${SANPIN_DB_PREFIX}_review \
  SANPIN_REGISTRY_DB=${SANPIN_DB_PREFIX}_registry
SANPIN_DATABASES=$SANPIN_APPLICATION_DB,$SANPIN_REVIEW_DB,$SANPIN_REGISTRY_DB
SANPIN_EMBEDDED_PG_PORT=${SANPIN_EMBEDDED_PG_PORT:-15432}

devstack() {
  java -cp "$SANPIN_ROOT/deploy/local/target/sanpin-devstack-1.0.0-SNAPSHOT.jar:$SANPIN_ROOT/deploy/local/target/lib/*" "$@"
}

pg_ensure() {
  if is_running postgres; then
    export SANPIN_DB_HOST=127.0.0.1 SANPIN_DB_PORT=$SANPIN_EMBEDDED_PG_PORT SANPIN_DB_USER=postgres SANPIN_DB_ORIGIN=EMBEDDED
    return 0
  fi
  local located # a failed look-up must stop here, not eval half an answer
  located=$(devstack cn.gov.hunan.sanpin.devstack.LocateMain --ensure-databases "$SANPIN_DATABASES") \
    || die "could not look for PostgreSQL (see the message above)"
  eval "$located"
  if [ "$SANPIN_DB_ORIGIN" = EMBEDDED_NEEDED ]; then
    say "no PostgreSQL configured or on 127.0.0.1:5432: starting the embedded one (data in .local/pgdata)"
    start_background postgres "$SANPIN_LOCAL/logs/postgres.log" \
      java -cp "$SANPIN_ROOT/deploy/local/target/sanpin-devstack-1.0.0-SNAPSHOT.jar:$SANPIN_ROOT/deploy/local/target/lib/*" \
      cn.gov.hunan.sanpin.devstack.EmbeddedPostgresMain --data "$SANPIN_LOCAL/pgdata" --port "$SANPIN_EMBEDDED_PG_PORT" \
      --databases "$SANPIN_DATABASES"
    local waited=0
    until grep -q '^READY' "$SANPIN_LOCAL/logs/postgres.log" 2>/dev/null; do
      is_running postgres || die "embedded PostgreSQL failed: see .local/logs/postgres.log"
      sleep 0.5; waited=$((waited + 1))
      [ $waited -lt 240 ] || die "embedded PostgreSQL did not start within 120 s"
    done
    export SANPIN_DB_HOST=127.0.0.1 SANPIN_DB_PORT=$SANPIN_EMBEDDED_PG_PORT SANPIN_DB_USER=postgres SANPIN_DB_ORIGIN=EMBEDDED
  fi
  export SANPIN_DB_HOST SANPIN_DB_PORT SANPIN_DB_USER
  say "PostgreSQL: ${SANPIN_DB_ORIGIN,,} at $SANPIN_DB_HOST:$SANPIN_DB_PORT"
}

# Drops and creates the stack's databases on the server pg_ensure found: the clean slate of a test run.
pg_recreate_databases() {
  say "PostgreSQL: recreating ${SANPIN_DATABASES//,/, } empty"
  devstack cn.gov.hunan.sanpin.devstack.LocateMain --recreate-databases "$SANPIN_DATABASES" >/dev/null \
    || die "could not recreate the test databases (see the message above)"
}

pg_stop() { stop_background postgres; }
