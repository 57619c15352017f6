#!/usr/bin/env bash
# Start-up time and heap of the packaged application (BENCHMARKS.md, "Heap and start-up").
#   scripts/bench-startup.sh [data-directory ...]
# For every data directory (default: a fresh empty one, and target/bench-pg with the generated
# households) it starts target/voordeur-*.jar with -Xmx512m, reads Spring's "Started ... in" line,
# then (when generated users exist) logs in as gen-p1-coordinator and runs 300 register requests,
# and reads the heap in use after a full GC with jcmd. Build the jar first: ./mvnw -q -DskipTests package
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
echo "start-up of $JAR with -Xmx512m on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT"
for dir in "${DIRS[@]}"; do
  for round in 1 2; do
    log=target/benchmarks/startup-$(basename "$dir")-$round.log
    "$JAVA_BIN" -Xmx512m -jar "$JAR" --voordeur.database.embedded.data-directory="$dir" \
      --voordeur.demo.enabled=false --voordeur.access.two-factor.enforced=false --server.port=0 >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do grep -q 'Started VoordeurApplication' "$log" && break; sleep 0.5; done
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
    echo "  $dir (round $round): $started; heap in use after full GC$load: $((heap / 1024)) MB" | tee -a "$OUT"
  done
done
