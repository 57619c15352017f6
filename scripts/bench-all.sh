#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md in one run, one after the other (never two at once: they
# would measure each other). From a clean clone: scripts/bench-all.sh [households]
#   1. the generator fills target/bench-pg with 1,000,000 households (kept for 2 and 5)
#   2. LatencyBenchmark: register, household, visit save on those households
#   3. AddressImportBenchmark: 100,000 and 1,000,000 addresses next to raw COPY
#   4. ReportBenchmark: programme and national report next to hand-written SQL
#   5. start-up and heap of the packaged jar (empty database and the generated one)
#   6. Gatling: a mixed day of 200 users against the running app
# Figures land in target/benchmarks/ and target/gatling/; the log of each step in target/bench-all/.
set -uo pipefail
cd "$(dirname "$0")/.."
HOUSEHOLDS=${1:-1000000}
FAILED=()
mkdir -p target/bench-all
step() {
  local name=$1; shift
  echo "== $(date -u +%H:%M:%S) $name (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a target/bench-all/summary.txt
  local start=$SECONDS
  "$@" > "target/bench-all/$name.log" 2>&1
  local rc=$?
  echo "   rc=$rc after $((SECONDS - start)) s" | tee -a target/bench-all/summary.txt
  [ "$rc" -eq 0 ] || FAILED+=("$name")
}
step generator ./mvnw -B -Pbench test-compile exec:exec -Dhouseholds="$HOUSEHOLDS"
step latency ./mvnw -B -Pbench verify -Dtest=LatencyBenchmark -Dhouseholds="$HOUSEHOLDS"
step import ./mvnw -B -Pbench verify -Dtest=AddressImportBenchmark
step report ./mvnw -B -Pbench verify -Dtest=ReportBenchmark
step package ./mvnw -B -q -DskipTests package
step startup scripts/bench-startup.sh
step gatling ./mvnw -B -Pgatling verify
grep -h "" target/benchmarks/*.txt > target/bench-all/figures.txt 2>/dev/null
echo "== $(date -u +%H:%M:%S) done; figures in target/benchmarks/, target/gatling/, target/bench-all/" | tee -a target/bench-all/summary.txt
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "failed: ${FAILED[*]} (see target/bench-all/<step>.log)" | tee -a target/bench-all/summary.txt
  exit 1
fi
