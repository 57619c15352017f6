#!/usr/bin/env bash
# Builds the database snapshot that UpgradeTests upgrade: the previous release's demo database.
#   scripts/make-upgrade-snapshot.sh            (needs no network once ~/.m2 holds the dependencies)
# 1. exports PREVIOUS (a fixed earlier commit, until there is a release tag) with `git archive`
#    into a temporary folder (no worktree, no change to this repository),
# 2. builds its jar and starts it once on a fresh data directory with its demo data (outreach
#    played), waits until it has started, and stops it cleanly,
#    While it runs, scripts/read-release-figures.py writes what it shows into
#    src/test/resources/upgrade/previous-release/: every programme's report, the audit chain check,
#    a sample person's subject-access export, and last the row count of every table,
# 3. takes a backup of that data directory with THIS version's backup command, encrypted with the
#    test key in src/test/resources/upgrade/previous-release.key, into
#    src/test/resources/upgrade/previous-release.vdbackup (commit it; keep it under 5 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
PREVIOUS=${PREVIOUS:-07f4130}
WORK=${WORK:-$(mktemp -d /tmp/voordeur-previous.XXXXXX)}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! "$JAVA_BIN" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_BIN=$(ls -d /usr/lib/jvm/temurin-2*/bin/java 2>/dev/null | tail -1)
fi
OUT=src/test/resources/upgrade
mkdir -p "$OUT"

if [ "${SKIP_PREVIOUS:-}" != "1" ]; then
  echo "previous release $PREVIOUS -> $WORK"
  git archive "$PREVIOUS" | tar -x -C "$WORK"
  (cd "$WORK" && ./mvnw -B -q -o -DskipTests package)
  JAR=$(ls "$WORK"/target/voordeur-*.jar | grep -v -- '-plain' | head -1)
  (cd "$WORK" && "$JAVA_BIN" -jar "$JAR" --server.port=0 >"$WORK/run.log" 2>&1 & echo $! >"$WORK/run.pid")
  for _ in $(seq 1 300); do
    grep -q 'Started VoordeurApplication' "$WORK/run.log" && break
    sleep 1
  done
  grep -q 'Started VoordeurApplication' "$WORK/run.log" || { tail -50 "$WORK/run.log"; exit 1; }
  # what the previous release shows, read through its own API and SQL, for UpgradeTests to compare
  PORT=$(grep -o 'Tomcat started on port [0-9]*' "$WORK/run.log" | grep -o '[0-9]*$')
  python3 scripts/read-release-figures.py "http://localhost:$PORT" "$WORK/data/pg" "$OUT/previous-release"
  kill "$(cat "$WORK/run.pid")"
  while kill -0 "$(cat "$WORK/run.pid")" 2>/dev/null; do sleep 1; done
fi

# the previous release kept everything under $WORK/data; back it up with this version's command
JAR=$(ls target/voordeur-*.jar | grep -v -- '-plain' | head -1)
"$JAVA_BIN" -jar "$JAR" backup --to "$OUT/previous-release.vdbackup" \
  --voordeur.backup.key="$(cat "$OUT/previous-release.key")" \
  --voordeur.database.embedded.data-directory="$WORK/data/pg" \
  --voordeur.access.two-factor.key-file="$WORK/data/two-factor.key" \
  --voordeur.audit.key-file="$WORK/data/audit.key" \
  --voordeur.audit.checkpoint-directory="$WORK/data/audit-checkpoints"
ls -l "$OUT/previous-release.vdbackup"
echo "data directory of the previous release kept in $WORK (delete it when done)"
