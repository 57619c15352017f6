#!/usr/bin/env bash
# Start-up time and heap of the packaged application (BENCHMARKS.md, "Heap and start-up").
#   scripts/bench-startup.sh [data-directory ...]
# For every data directory (default: a fresh empty one, and target/bench-pg with the generated
# households) it starts target/voordeur-*.jar with -Xmx512m, reads Spring's "Started ... in" line,
# then (when generated users exist) logs in as gen-p1-coordinator and runs 300 register requests,
# and reads the heap in use after a full GC with jcmd. Build the jar first: ./mvnw -q -DskipTests package
#
# Every data directory is measured twice as the fat jar (java -jar), then twice as the extracted
# jar with a JDK AOT cache (java -XX:AOTCache=..., JDK 25; the cache is trained once per run with
# spring.context.exit=onRefresh), the way README "Fast start-up" deploys it.
# BENCH_STARTUP_URL=jdbc:postgresql://host:port/db (with BENCH_STARTUP_USER / BENCH_STARTUP_PASSWORD)
# adds the same two measurements against that external server, which must hold a migrated database.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! "$JAVA_BIN" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_BIN=$(ls -d /usr/lib/jvm/temurin-2*/bin/java 2>/dev/null | tail -1)
fi
JCMD=$(dirname "$JAVA_BIN")/jcmd
JAR=$(ls target/voordeur-*.jar | grep -v -- '-plain' | head -1)
OUT=target/benchmarks/startup.txt
mkdir -p target/benchmarks
DIRS=("$@")
if [ ${#DIRS[@]} -eq 0 ]; then DIRS=("target/startup-empty-pg" "target/bench-pg"); rm -rf target/startup-empty-pg; fi
EXTRACTED=target/startup-extracted
rm -rf "$EXTRACTED" && "$JAVA_BIN" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
APP_JAR=$EXTRACTED/$(basename "$JAR")
APP_ARGS=(--voordeur.demo.enabled=false --voordeur.access.two-factor.enforced=false --server.port=0)
echo "start-up of $JAR with -Xmx512m on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT"

# One start, measured: $1 label, $2 log, then the java arguments.
measure() {
  local label=$1 log=$2; shift 2
  "$JAVA_BIN" -Xmx512m "$@" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do grep -q 'Started VoordeurApplication\|APPLICATION FAILED' "$log" && break; sleep 0.5; done
  started=$(grep -o 'Started VoordeurApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" || echo "did not start")
  port=$(grep -o 'Tomcat started on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  load=""
  token=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"username":"gen-p1-coordinator","password":"a long test passphrase 2026"}' \
    "http://localhost:$port/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("token",""))' 2>/dev/null || true)
  if [ -n "$token" ]; then
    programme=$(curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/programmes" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
    for i in $(seq 0 299); do
      curl -s -o /dev/null -H "Authorization: Bearer $token" \
        "http://localhost:$port/api/v1/programmes/$programme/addresses?page=$((i % 40))&q=$([ $((i % 2)) -eq 0 ] && echo Kerk || echo '')"
    done
    load=" after 300 register requests"
  fi
  "$JCMD" "$pid" GC.run >/dev/null
  heap=$("$JCMD" "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "  $label: $started; heap in use after full GC$load: $((heap / 1024)) MB" | tee -a "$OUT"
}

# Trains an AOT cache for the extracted jar: $1 cache file, then the application arguments.
train() {
  local cache=$1; shift
  rm -f "$cache"
  "$JAVA_BIN" -Xmx512m -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar "$APP_JAR" "$@" \
    >"${cache%.aot}-training.log" 2>&1 || true
  # spring.context.exit=onRefresh ends the JVM without stopping the embedded server: stop it here
  if [ -n "${dir:-}" ]; then pkill -f "postgres -D $(realpath -m "$dir")" 2>/dev/null && sleep 2 || true; fi
}

for dir in "${DIRS[@]}"; do
  # the audit key and checkpoints belong to the database: beside it, as the generator keeps them
  DB_ARGS=(--voordeur.database.embedded.data-directory="$dir" --voordeur.audit.key-file="$dir.audit.key"
           --voordeur.audit.checkpoint-directory="$dir.audit-checkpoints")
  for round in 1 2; do
    measure "$dir, java -jar (round $round)" "target/benchmarks/startup-$(basename "$dir")-$round.log" \
      -jar "$JAR" "${DB_ARGS[@]}" "${APP_ARGS[@]}"
  done
  cache=target/benchmarks/startup-$(basename "$dir").aot
  train "$cache" "${DB_ARGS[@]}" "${APP_ARGS[@]}"
  for round in 1 2; do
    measure "$dir, extracted jar + AOT cache (round $round)" "target/benchmarks/startup-$(basename "$dir")-aot-$round.log" \
      -XX:AOTCache="$cache" -jar "$APP_JAR" "${DB_ARGS[@]}" "${APP_ARGS[@]}"
  done
done

if [ -n "${BENCH_STARTUP_URL:-}" ]; then
  EXTERNAL=(--spring.datasource.url="$BENCH_STARTUP_URL" --spring.datasource.username="${BENCH_STARTUP_USER:-postgres}"
            --spring.datasource.password="${BENCH_STARTUP_PASSWORD:-}")
  for round in 1 2; do
    measure "$BENCH_STARTUP_URL, java -jar (round $round)" "target/benchmarks/startup-external-$round.log" \
      -jar "$JAR" "${EXTERNAL[@]}" "${APP_ARGS[@]}"
  done
  dir=""
  train target/benchmarks/startup-external.aot "${EXTERNAL[@]}" "${APP_ARGS[@]}"
  for round in 1 2; do
    measure "$BENCH_STARTUP_URL, extracted jar + AOT cache (round $round)" "target/benchmarks/startup-external-aot-$round.log" \
      -XX:AOTCache=target/benchmarks/startup-external.aot -jar "$APP_JAR" "${EXTERNAL[@]}" "${APP_ARGS[@]}"
  done
fi
