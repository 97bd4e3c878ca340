#!/usr/bin/env bash
# The floor under the submission benchmark: its evidence stored straight from JDBC, no service (RawIngest.java).
#   [BENCH_ENTERPRISES=1000] [BENCH_CONNECTIONS=4] deploy/bench/raw-ingest.sh
# It counts the CPU of every PostgreSQL process: run it on a quiet machine with the stack down (./sanpin down).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib/common.sh"
source "$SANPIN_ROOT/deploy/local/lib/postgres.sh"
source "$SANPIN_ROOT/deploy/local/lib/services.sh"
use_java
build_if_changed
pg_ensure >/dev/null
java -cp "$SANPIN_ROOT/deploy/local/target/lib/*" "$SANPIN_ROOT/deploy/bench/RawIngest.java" \
  "jdbc:postgresql://$SANPIN_DB_HOST:$SANPIN_DB_PORT/" "$SANPIN_DB_USER" "${BENCH_CONNECTIONS:-4}" "${BENCH_ENTERPRISES:-1000}"
