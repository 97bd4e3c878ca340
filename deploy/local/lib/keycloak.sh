# A real Keycloak for the local stack: org.keycloak:keycloak-quarkus-dist from Maven Central, run in dev mode on
# 127.0.0.1 with the realm of deploy/keycloak imported. Sourced; needs common.sh (and use_java for Java ≥ 21).

KC_VERSION=26.7.3
KC_PORT=${KC_PORT:-8180}
KC_HOME="$SANPIN_LOCAL/keycloak/keycloak-$KC_VERSION"
KC_REALM_FILE="$SANPIN_ROOT/deploy/keycloak/sanpin-realm.json"

kc_install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  say "fetching Keycloak $KC_VERSION from Maven Central…"
  mkdir -p "$SANPIN_LOCAL/keycloak"
  "$SANPIN_ROOT/mvnw" -B -ntp -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz" -DoutputDirectory="$SANPIN_LOCAL/keycloak"
  tar -xzf "$SANPIN_LOCAL/keycloak/keycloak-quarkus-dist-$KC_VERSION.tar.gz" -C "$SANPIN_LOCAL/keycloak"
  rm -f "$SANPIN_LOCAL/keycloak/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
}

# --import-realm skips a realm that exists, so a changed realm file means starting from empty data.
kc_reset_if_realm_changed() {
  local sum
  sum=$(sha256sum "$KC_REALM_FILE" | cut -d' ' -f1)
  if [ "$(cat "$KC_HOME/data/realm.sha256" 2>/dev/null)" != "$sum" ]; then
    [ -d "$KC_HOME/data/h2" ] && say "realm file changed: resetting Keycloak's data"
    rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
    mkdir -p "$KC_HOME/data/import"
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/sanpin-realm.json"
    echo "$sum" >"$KC_HOME/data/realm.sha256"
  fi
}

kc_start() {
  if is_running keycloak; then
    say "Keycloak already running"
    return 0
  fi
  port_open "$KC_PORT" && die "port $KC_PORT is taken by something else (set KC_PORT)"
  kc_reset_if_realm_changed
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    start_background keycloak "$SANPIN_LOCAL/logs/keycloak.log" \
    "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" --import-realm
}

kc_wait() {
  wait_http keycloak "http://127.0.0.1:$KC_PORT/realms/sanpin/.well-known/openid-configuration" 180 \
    || die "Keycloak is not ready: see .local/logs/keycloak.log"
}

kc_stop() { stop_background keycloak; }
