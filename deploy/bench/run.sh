#!/usr/bin/env bash
# Runs the submission benchmark against the local stack (started if needed) and verifies the stored data.
#   BENCH_ENTERPRISES=1000 BENCH_CONCURRENCY=200 [BENCH_FIRST=1] deploy/bench/run.sh
# Setup (Keycloak users, tokens) is not measured. Enterprises that already submitted are skipped: give a new
# BENCH_FIRST to measure fresh ones. SANPIN_SERVICE_JVM_OPTS sets the services' JVM (the stack must be restarted).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib/common.sh"
"$SANPIN_ROOT/sanpin" up --detach >/dev/null
use_java
source "$SANPIN_ROOT/deploy/local/lib/postgres.sh"
pg_ensure >/dev/null
node "$SANPIN_ROOT/deploy/bench/submit-bench.mjs"
echo
echo "verification (PostgreSQL):"
PGPASSWORD="${SANPIN_DB_PASSWORD:-}" psql -h "$SANPIN_DB_HOST" -p "$SANPIN_DB_PORT" -U "$SANPIN_DB_USER" -d "$SANPIN_APPLICATION_DB" \
  -f "$SANPIN_ROOT/deploy/bench/verify.sql"
