#!/usr/bin/env bash
# gongkai:serve benchmark, run on demand (not in CI): generates a site of N items (default 10,000), starts the
# preview server on it, opens one item's page and its live-reload stream as a browser does, then edits the item's
# title EDITS times and measures the time from writing the file to the first response of the page that shows the
# new title (ServeBenchmark under generator/core/src/test). RUNS runs, one JVM each. Writes bench/serve-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
EDITS=${EDITS:-20}
WARMUP=${WARMUP:-5}
RUNS=${RUNS:-3}
WORK=${WORK:-target/bench}
# The rebuild is CPU-bound: on a shared machine, wait (up to QUIET_WAIT s) for the 1-minute load average to drop
# below QUIET_LOAD before each run, and record it.
QUIET_LOAD=${QUIET_LOAD:-1.0}
QUIET_WAIT=${QUIET_WAIT:-300}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

echo "== compiling the engine and its tests"
mvn -B -q -f generator/pom.xml -pl core test-compile
mvn -B -q -f generator/pom.xml -pl core org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$WORK/serve-cp.txt" -Dmdep.includeScope=test
CP="generator/core/target/test-classes:generator/core/target/classes:$(cat "$WORK/serve-cp.txt")"

echo "== generating $N items"
python3 bench/generate-site.py "$N" "$WORK/serve-site-$N"

wait_quiet() {
  local waited=0
  while [ -r /proc/loadavg ] && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$QUIET_LOAD" 'BEGIN{exit !(l >= m)}'; do
    [ "$waited" -ge "$QUIET_WAIT" ] && break
    sleep 10
    waited=$((waited + 10))
  done
}

: >"$WORK/serve-rows.md"
for run in $(seq 1 "$RUNS"); do
  wait_quiet
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
  row=$(java -cp "$CP" org.gongkai.core.serve.ServeBenchmark "$WORK/serve-site-$N" themes/default "$EDITS" "$WARMUP" \
      2> >(grep -v '^SLF4J' >&2))
  echo "${row} ${load} |" | tee -a "$WORK/serve-rows.md"
done

# The results file's history (its part from "History" on) is kept below the new table.
history=""
[ -f bench/serve-results.md ] && history=$(sed -n '/^History (same command):/,$p' bench/serve-results.md)
{
  echo "# gongkai:serve benchmark"
  echo
  echo "Run: \`bash bench/serve-bench.sh\` (N=10000 EDITS=20 WARMUP=5 RUNS=3 by default). Machine: $(nproc) cores,"
  echo "$(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), measured $(date -u +%Y-%m-%d)."
  echo
  echo "**Edit → page**: from writing one item file to the first response of that item's page showing the new title,"
  echo "fetched when the live-reload stream announces the rebuild (what the open page's script does). It includes"
  echo "the file-system event, the 40 ms quiet period, the rebuild (load reusing 9,999 parsed files, check alongside"
  echo "history+model+plan, rendering the open page) and the HTTP round trips. The first edit runs on a cold JIT;"
  echo "median, best and worst are over the $EDITS edits after $WARMUP warm-up edits. *Start* is the first full build"
  echo "(every file parsed). The last column is the 1-minute load average before the run (the script waits up to"
  echo "${QUIET_WAIT} s for it to drop below ${QUIET_LOAD}): other work on the machine slows the rebuild down, since it is CPU-bound."
  echo
  echo
  echo "Where the time goes (server log, steady state, 10k, 2026-12-02): reading the folder and reusing 9,999 parsed"
  echo "items ~65-80 ms; the checks (~65-105 ms with the per-item cache of privacy and 严重表述错误 findings) run on a"
  echo "second core alongside history (cached until HEAD moves), the model (~115 ms) and the plan + the open page"
  echo "(~90-130 ms; pages' views are made only for the pages produced); the quiet period, the page's render and the"
  echo "round trips add the rest. The model is the critical path now. See the history below the table."
  echo
  echo "| items | start | first edit | edits | edit → page, median | best | worst | last rebuild (server log) | load |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---|---:|"
  cat "$WORK/serve-rows.md"
  if [ -n "$history" ]; then
    echo
    echo "$history"
  fi
} >bench/serve-results.md
cat bench/serve-results.md
