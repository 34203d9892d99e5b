#!/usr/bin/env bash
# Search benchmark, run on demand (not in CI): builds generated sites of 10,000 and 100,000 items (SIZES="10000"
# for the small one only) and measures the static search export in headless Chromium: export size against the
# public HTML, the bytes a cold one-word query downloads (new browser profile, nothing cached; engine, data and
# result fragments, and with the search page itself), and p50/p95 latency of 200 queries through gongkai.search.
# The portal is served on 127.0.0.1 by SearchBenchmark (a static file server). Writes bench/search-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000"}
WORK=${WORK:-target/search-bench}
PLUGIN=org.gongkai:gongkai-maven-plugin:0.1.0-SNAPSHOT
mkdir -p "$WORK"

echo "== installing the plugin"
mvn -B -q install -f generator/pom.xml -DskipTests -Dinvoker.skip=true
mvn -B -q -f generator/core/pom.xml test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$WORK/classpath.txt" >/dev/null
CP="generator/core/target/test-classes:generator/core/target/classes:$(cat "$WORK/classpath.txt")"

: >"$WORK/rows.md"
: >"$WORK/builds.md"
for n in $SIZES; do
  site="$WORK/site-$n"
  portal="$WORK/portal-$n"
  [ -d "$site" ] || python3 bench/generate-site.py "$n" "$site"
  echo "== building $n items"
  /usr/bin/time -v mvn -B -q -N "$PLUGIN:build" -Dgongkai.contentDirectory="$site" -Dgongkai.outputDirectory="$portal" \
      -Dgongkai.now=2026-11-23T00:00:00+08:00 >"$WORK/build-$n.log" 2>"$WORK/build-$n.time"
  secs=$(grep "Elapsed (wall clock)" "$WORK/build-$n.time" | awk '{print $NF}')
  files=$(find "$portal/search" -type f | wc -l)
  items=$(grep -c '"url"' "$portal/data/items.json" || true)
  echo "| $n | $items | $secs | $files |" >>"$WORK/builds.md"
  echo "== measuring $n items"
  java -cp "$CP" org.gongkai.core.search.SearchBenchmark "$portal" "$n items" 200 >>"$WORK/rows.md" 2>"$WORK/measure-$n.log"
  tail -1 "$WORK/rows.md"
done

{
  echo "# Search benchmarks"
  echo
  echo "Run: \`bash bench/search-bench.sh\` (\`SIZES=10000\` for the small site only). Machine: $(nproc) cores,"
  echo "$(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), $(chromium --version 2>/dev/null | head -1), measured $(date -u +%Y-%m-%d)."
  echo "Sites from \`bench/generate-site.py\`; the portal is served over HTTP on 127.0.0.1 by a static file server."
  echo
  echo "Columns: *export* is everything under \`search/\`; *HTML* is every \`.html\` file of the portal. *Cold query*"
  echo "is what a first visit with an empty cache downloads for a one-word query (two Han characters from a title):"
  echo "the search files (\`assets/search/\` engine and \`search/\` data: meta, Traditional→Simplified table, term"
  echo "shards, filter columns, result fragments), median and largest of five words, raw and gzipped as a host that"
  echo "compresses would send them; then the same with the search page, its stylesheets and the theme. *Latency* is"
  echo "\`gongkai.search\` for 200 such words in one page, each loading the shards it needs."
  echo
  echo "| site | export | HTML | cold query: search files, median | largest | with the page | p50 | p95 | max |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  cat "$WORK/rows.md"
  echo
  echo "| items | listed | build wall time | export files |"
  echo "|---:|---:|---:|---:|"
  cat "$WORK/builds.md"
} >bench/search-results.md
cat bench/search-results.md
