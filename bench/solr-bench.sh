#!/usr/bin/env bash
# SolrCloud benchmark, run on demand (not in CI): a platform of four generated sites (TOTAL items, 100,000 by
# default; sites made by bench/generate-site.py from the demo's and the three example sites' site.yaml and catalog)
# is read by the engine, sent to the test cluster (MiniSolrCloudCluster: ZooKeeper and 2 Solr nodes on 127.0.0.1, a
# collection of 2 shards x 2 replicas, the shipped configset) with the indexer of gongkai:solr-index, and queried
# with the cross-site search page's own requests (QUERIES cross-site and as many one-site). Writes
# bench/solr-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL=${TOTAL:-100000}
QUERIES=${QUERIES:-300}
WORK=${WORK:-target/bench/solr}
HEAP=${HEAP:-8g}
MVN=${MVN:-mvn}

echo "== building the engine and generator/solr (with its tests' classes)"
$MVN -B -q install -f generator/pom.xml -pl core,solr -am -DskipTests -DskipITs -Dinvoker.skip=true
$MVN -B -q -f generator/solr/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$WORK.cp" >/dev/null

echo "== generating $TOTAL items over 4 sites"
rm -rf "$WORK"
mkdir -p "$WORK/platform/sites"
per=$((TOTAL / 4))
declare -A FROM=([xian]=content [shili-shi]=examples/platform/sites/shili-shi/content
                 [qingshan-qu]=examples/platform/sites/qingshan-qu/content [linhe-xian]=examples/platform/sites/linhe-xian/content)
for id in xian shili-shi qingshan-qu linhe-xian; do
  python3 bench/generate-site.py "$per" "$WORK/platform/sites/$id/content" --from "${FROM[$id]}" >/dev/null
  mkdir -p "$WORK/platform/sites/$id/content/attachments"
  cp -r "${FROM[$id]}/attachments/marks" "$WORK/platform/sites/$id/content/attachments/"
done

echo "== indexing and querying"
/usr/bin/time -v java -Xmx"$HEAP" -Dgongkai.theme=themes/default -Dsolr.log.dir="$WORK/logs" \
  -Dlog4j2.configurationFile=generator/solr/src/test/resources/log4j2-test.xml \
  -cp "generator/solr/target/test-classes:generator/solr/target/classes:generator/core/target/test-classes:generator/core/target/classes:$(cat "$WORK.cp")" \
  org.gongkai.solr.SolrBench "$WORK/platform" "$WORK/run" "$WORK/table.md" "$QUERIES" 2>"$WORK/time.txt" | grep -v "^solr: " || true
test -s "$WORK/table.md" || { tail -40 "$WORK/time.txt"; exit 1; }
rss=$(grep "Maximum resident set size" "$WORK/time.txt" | awk '{print $NF}')

{
  echo "# SolrCloud benchmark"
  echo
  echo "Run: \`bash bench/solr-bench.sh\` (TOTAL=$TOTAL QUERIES=$QUERIES). Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB,"
  echo "$(java -version 2>&1 | head -1), measured $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "One JVM holds the engine, the indexer and the test cluster (ZooKeeper, 2 Solr nodes, collection 2 shards x 2"
  echo "replicas, the shipped configset); peak RSS of that JVM $((rss / 1024)) MB. Latencies are measured in the client"
  echo "(SolrJ over HTTP on 127.0.0.1), after one warm-up pass over the same queries; each query is the request the"
  echo "platform search page sends (solr-query.js over the browser's analysis, 10 rows, no facets)."
  echo
  cat "$WORK/table.md"
} > bench/solr-results.md
cat bench/solr-results.md
