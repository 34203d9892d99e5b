#!/usr/bin/env bash
# Build benchmarks, run on demand (not in CI): the demo portal and generated sites of 10,000 items (and more with
# SIZES="10000 100000"). Writes bench/results.md. Figures are wall-clock seconds and peak memory of the whole
# Maven run (JVM start included), measured with /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-10000}
WORK=${WORK:-target/bench}
PLUGIN=org.gongkai:gongkai-maven-plugin:0.1.0-SNAPSHOT
mkdir -p "$WORK"

echo "== installing the plugin"
mvn -B -q install -f generator/pom.xml -DskipTests -Dinvoker.skip=true

measure() { # label, content dir, output dir
  local log="$WORK/$1.time"
  /usr/bin/time -v mvn -B -q -N "$PLUGIN:build" -Dgongkai.contentDirectory="$2" -Dgongkai.outputDirectory="$3" \
      -Dgongkai.now=2026-11-23T00:00:00+08:00 -Dgongkai.diagnosticsFile="$WORK/$1.json" >"$WORK/$1.log" 2>"$log"
  local secs rss pages
  secs=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  # -H: the output path is a link to the live version (find and du do not follow a link they start at otherwise).
  pages=$(find -H "$3" -name '*.html' | wc -l)
  local bytes
  bytes=$(du -skH "$3" | cut -f1)
  echo "| $1 | $pages | $secs | $((rss / 1024)) MB | $((bytes / 1024)) MB |" >>"$WORK/rows.md"
  echo "$1: $pages html files, $secs wall, $((rss / 1024)) MB peak RSS"
}

: >"$WORK/rows.md"
measure demo content "$WORK/demo-portal"
for n in $SIZES; do
  python3 bench/generate-site.py "$n" "$WORK/site-$n"
  measure "generated-$n" "$WORK/site-$n" "$WORK/portal-$n"
  measure "generated-$n-again" "$WORK/site-$n" "$WORK/portal-$n"
done

{
  echo "# Build benchmarks"
  echo
  echo "Run: \`bash bench/run.sh\` (SIZES=\"10000 100000\" for more). Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB,"
  echo "$(java -version 2>&1 | head -1), measured $(date -u +%Y-%m-%d)."
  echo "Whole \`mvn gongkai:build\` runs (JVM start, load, check, git history, model, render, write)."
  echo
  echo "| site | HTML files | wall time | peak RSS | portal size |"
  echo "|---|---:|---:|---:|---:|"
  cat "$WORK/rows.md"
} >bench/results.md
cat bench/results.md
