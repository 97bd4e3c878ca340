# The three services of the local stack: build when sources changed, start, wait, stop; demo data; welcome text.
# Sourced; needs common.sh, postgres.sh and keycloak.sh.

declare -A SANPIN_PORTS=([application-service]=8081 [review-service]=8082 [registry-service]=8083)
# Each service's management interface: health, metrics, the served contract and Swagger UI (never on the API port).
declare -A SANPIN_MANAGEMENT_PORTS=([application-service]=9081 [review-service]=9082 [registry-service]=9083)
# Three services, Keycloak and PostgreSQL share a 2-core developer machine: serial GC, a bounded heap, and C1 only.
# Under the upload benchmark (deploy/bench) C2 made application-service no faster (37.7 vs 37.8 ms of CPU per MB)
# and 80 MB bigger; the heap, 36 MB live after it, fills whatever bound it is given (458 MB RSS at 256 MB, 359 at
# 160). Two malloc arenas, not up to eight per core: the services' native allocations are few, their threads many.
SANPIN_SERVICE_JVM_OPTS=${SANPIN_SERVICE_JVM_OPTS:--XX:+UseSerialGC -Xms32m -Xmx160m -XX:MaxMetaspaceSize=160m -XX:TieredStopAtLevel=1}

build_if_changed() {
  local stamp="$SANPIN_LOCAL/build.stamp" changed=""
  if [ -f "$stamp" ] && [ -f "$SANPIN_ROOT/application-service/target/quarkus-app/quarkus-run.jar" ]; then
    # web/ is built by web.sh: its sources must not trigger a Maven build
    changed=$(find "$SANPIN_ROOT" -path "$SANPIN_ROOT/.local" -prune -o -path "$SANPIN_ROOT/web" -prune -o -path '*/target' -prune -o -path '*/node_modules' -prune \
      -o \( -name pom.xml -o -path '*/src/*' -o -path "$SANPIN_ROOT/openapi/*.yaml" \) -type f -newer "$stamp" -print -quit)
    [ -z "$changed" ] && { say "build is up to date"; return 0; }
  fi
  say "building (./mvnw install -DskipTests, with AppCDS archives for fast start)…"
  mkdir -p "$SANPIN_LOCAL" && touch "$stamp.next"
  "$SANPIN_ROOT/mvnw" -B -ntp -q install -DskipTests -Dquarkus.package.jar.appcds.enabled=true
  mv "$stamp.next" "$stamp"
}

# The provincial 企业服务平台 cannot be reached from a developer's machine: a stub serves its contract.
SANPIN_PLATFORM_PORT=${SANPIN_PLATFORM_PORT:-8090}

platform_stub_start() {
  is_running platform-stub && return 0
  port_open "$SANPIN_PLATFORM_PORT" && die "port $SANPIN_PLATFORM_PORT is taken by something else (set SANPIN_PLATFORM_PORT)"
  SANPIN_PLATFORM_KEY=local-platform-key start_background platform-stub "$SANPIN_LOCAL/logs/platform-stub.log" \
    node "$SANPIN_ROOT/deploy/local/platform-stub.mjs" "$SANPIN_PLATFORM_PORT"
}

# Mail goes over real SMTP to a sink that keeps it (no one outside receives it): see its messages at
# http://127.0.0.1:$SANPIN_MAIL_HTTP_PORT/messages.
SANPIN_MAIL_SMTP_PORT=${SANPIN_MAIL_SMTP_PORT:-1025}
SANPIN_MAIL_HTTP_PORT=${SANPIN_MAIL_HTTP_PORT:-8025}

mail_sink_start() {
  is_running mail-sink && return 0
  port_open "$SANPIN_MAIL_SMTP_PORT" && die "port $SANPIN_MAIL_SMTP_PORT is taken by something else (set SANPIN_MAIL_SMTP_PORT)"
  start_background mail-sink "$SANPIN_LOCAL/logs/mail-sink.log" \
    node "$SANPIN_ROOT/deploy/local/mail-sink.mjs" "$SANPIN_MAIL_SMTP_PORT" "$SANPIN_MAIL_HTTP_PORT"
}

services_start() {
  local svc
  for svc in "${SANPIN_SERVICES[@]}"; do
    if is_running "$svc"; then
      say "$svc already running"
      continue
    fi
    local app="$SANPIN_ROOT/$svc/target/quarkus-app" cds=""
    # The AppCDS archive records a relative class path: the service runs from its quarkus-app folder.
    [ -f "$app/app-cds.jsa" ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
    # shellcheck disable=SC2086
    SANPIN_OIDC_URL="http://127.0.0.1:$KC_PORT/realms/sanpin" \
      SANPIN_PLATFORM_URL="http://127.0.0.1:$SANPIN_PLATFORM_PORT" SANPIN_PLATFORM_KEY=local-platform-key \
      SANPIN_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT" SANPIN_APPLICATION_CLIENT_SECRET=application-service-local-secret \
      SANPIN_MAIL_MOCK=false SANPIN_SMTP_HOST=127.0.0.1 SANPIN_SMTP_PORT="$SANPIN_MAIL_SMTP_PORT" SANPIN_SMTP_STARTTLS=DISABLED \
      MALLOC_ARENA_MAX=2 \
      start_background "$svc" "$SANPIN_LOCAL/logs/$svc.log" \
      env -C "$app" java $SANPIN_SERVICE_JVM_OPTS $cds -jar quarkus-run.jar
  done
}

services_wait() {
  local svc
  for svc in "${SANPIN_SERVICES[@]}"; do
    wait_http "$svc" "http://127.0.0.1:${SANPIN_MANAGEMENT_PORTS[$svc]}/q/health/ready" 90 || die "$svc is not ready: see .local/logs/$svc.log"
  done
}

services_stop() {
  local svc
  for svc in "${SANPIN_SERVICES[@]}"; do stop_background "$svc"; done
  stop_background platform-stub
  stop_background mail-sink
}

demo_load() {
  say "loading demo data (idempotent)…"
  KC_URL="http://127.0.0.1:$KC_PORT" APPLICATION_URL="http://127.0.0.1:${SANPIN_PORTS[application-service]}" \
    node "$SANPIN_ROOT/deploy/local/demo/load.mjs"
}

print_welcome() {
  local seconds=$1 svc
  cat <<TEXT

  三品标杆 · local stack ready in ${seconds}s
  ─────────────────────────────────────────────
  Keycloak      http://127.0.0.1:$KC_PORT/admin/  (master realm: admin / admin; realm: sanpin)
TEXT
  for svc in "${SANPIN_SERVICES[@]}"; do
    printf '  %-13s http://127.0.0.1:%s/q/swagger-ui  (API on :%s; started in %s, RSS %s MB)\n' \
      "${svc%-service}" "${SANPIN_MANAGEMENT_PORTS[$svc]}" "${SANPIN_PORTS[$svc]}" \
      "$(grep -oE 'started in [0-9.]+s' "$SANPIN_LOCAL/logs/$svc.log" | tail -1 | cut -d' ' -f3)" \
      "$(( $(ps -o rss= -p "$(cat "$SANPIN_LOCAL/pids/$svc.pid")" 2>/dev/null || echo 0) / 1024 ))"
  done
  echo "  web (SPA)     $(web_url)  (sign in as a demo user listed above)"
  echo "  platform stub http://127.0.0.1:$SANPIN_PLATFORM_PORT  (企业服务平台 stand-in: the demo enterprises)"
  echo "  mail          http://127.0.0.1:$SANPIN_MAIL_HTTP_PORT/messages  (SMTP sink on :$SANPIN_MAIL_SMTP_PORT: every mail the stack sent)"
  echo "  PostgreSQL    ${SANPIN_DB_ORIGIN,,} at $SANPIN_DB_HOST:$SANPIN_DB_PORT (databases ${SANPIN_DATABASES//,/, })"
  echo
}
