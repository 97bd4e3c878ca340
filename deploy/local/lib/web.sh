# The SPA (web/) in the local stack: build it when its sources or the generated clients changed, serve web/dist with
# deploy/local/web-server.mjs (which forwards /api to the services), test it. Sourced; needs common.sh.

SANPIN_WEB_PORT=${SANPIN_WEB_PORT:-8080}
SANPIN_WEB="$SANPIN_ROOT/web"

# npm ci when package-lock.json changed since the last install, then vite build when anything the bundle is made
# of changed: web's sources and config, or the TypeScript clients generated from openapi/ by the Maven build
# (components.d.ts is rewritten by every build, so it does not count).
web_build_if_changed() {
  local stamp="$SANPIN_LOCAL/web.stamp" changed=""
  if [ ! -f "$SANPIN_WEB/node_modules/.package-lock.json" ] || [ "$SANPIN_WEB/package-lock.json" -nt "$SANPIN_WEB/node_modules/.package-lock.json" ]; then
    say "installing web dependencies (npm ci)…"
    (cd "$SANPIN_WEB" && npm ci --no-audit --no-fund --loglevel=error)
    rm -f "$stamp"
  fi
  if [ -f "$stamp" ] && [ -f "$SANPIN_WEB/dist/index.html" ]; then
    changed=$(find "$SANPIN_WEB" "$SANPIN_ROOT/openapi/target/typescript" \
      \( -path "$SANPIN_WEB/node_modules" -o -path "$SANPIN_WEB/dist" -o -path "$SANPIN_WEB/e2e" \) -prune \
      -o -type f ! -name components.d.ts -newer "$stamp" -print -quit 2>/dev/null)
    [ -z "$changed" ] && { say "web build is up to date"; return 0; }
  fi
  say "building the web front end (vite build)…"
  touch "$stamp.next"
  (cd "$SANPIN_WEB" && npm run --silent build -- --logLevel warn)
  mv "$stamp.next" "$stamp"
}

web_start() {
  is_running web && return 0
  port_open "$SANPIN_WEB_PORT" && die "port $SANPIN_WEB_PORT is taken by something else (set SANPIN_WEB_PORT)"
  SANPIN_APPLICATION_PORT=${SANPIN_PORTS[application-service]} SANPIN_REVIEW_PORT=${SANPIN_PORTS[review-service]} \
    SANPIN_REGISTRY_PORT=${SANPIN_PORTS[registry-service]} \
    start_background web "$SANPIN_LOCAL/logs/web.log" node "$SANPIN_ROOT/deploy/local/web-server.mjs" "$SANPIN_WEB_PORT"
}

web_wait() {
  wait_http web "http://127.0.0.1:$SANPIN_WEB_PORT/" 20 || die "the web server is not ready: see .local/logs/web.log"
}

web_stop() {
  stop_background web
}

web_url() {
  echo "http://localhost:$SANPIN_WEB_PORT"
}

# Type check and unit tests (no stack needed).
web_unit_test() {
  (cd "$SANPIN_WEB" && npm run --silent typecheck && npm run --silent test)
}

# Browser tests against the running stack: real Keycloak login, real services, Debian's Chromium.
web_e2e_test() {
  (cd "$SANPIN_WEB" && SANPIN_WEB_URL="http://127.0.0.1:$SANPIN_WEB_PORT" npm run --silent e2e)
}
