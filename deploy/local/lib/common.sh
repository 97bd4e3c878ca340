# Shared by ./sanpin and the deploy/local scripts: where things are, which JDK, process helpers.
# Sourced, never run; defines functions and variables only.

SANPIN_ROOT=${SANPIN_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
SANPIN_LOCAL=${SANPIN_LOCAL:-$SANPIN_ROOT/.local}
SANPIN_SERVICES=(application-service review-service registry-service)

say() { printf '\033[1;34m▸\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m!\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m✗\033[0m %s\n' "$*" >&2; exit 1; }

# The one JDK of the system is Java 25 (Keycloak 26 needs ≥ 21; the services are compiled for 25).
sanpin_java_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25-openjdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

use_java() {
  JAVA_HOME=$(sanpin_java_home) || die "Java 25 is needed (set JAVA_HOME, or install Temurin 25 under /usr/lib/jvm)."
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_http NAME URL SECONDS: poll until URL answers 2xx
wait_http() {
  local name=$1 url=$2 limit=$3 waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    sleep 0.5
    waited=$((waited + 1))
    [ "$waited" -lt $((limit * 2)) ] || { warn "$name did not become ready within ${limit}s"; return 1; }
  done
}

# start_background NAME LOGFILE COMMAND...: run in its own process group, remember the pid
start_background() {
  local name=$1 log=$2
  shift 2
  mkdir -p "$SANPIN_LOCAL/pids" "$(dirname "$log")"
  setsid "$@" >"$log" 2>&1 < /dev/null &
  echo $! >"$SANPIN_LOCAL/pids/$name.pid"
}

# stop_background NAME: TERM the process group, wait up to 20 s, then KILL
stop_background() {
  local name=$1 pidfile="$SANPIN_LOCAL/pids/$1.pid" pid waited=0
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ $waited -lt 40 ]; do sleep 0.5; waited=$((waited + 1)); done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

is_running() { [ -f "$SANPIN_LOCAL/pids/$1.pid" ] && kill -0 "$(cat "$SANPIN_LOCAL/pids/$1.pid")" 2>/dev/null; }
