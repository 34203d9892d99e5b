package org.gongkai.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.platform.Platform;
import org.gongkai.core.platform.PlatformResult;
import org.gongkai.core.platform.PlatformSite;
import org.gongkai.solr.PageRequests.PageQuery;

/**
 * The SolrCloud benchmark (bench/solr-bench.sh): a platform of generated sites is read by the engine, sent to the
 * test cluster (MiniSolrCloudCluster: 2 nodes, a collection of 2 shards × 2 replicas) with the indexer, and queried
 * with the platform search page's own requests; prints documents per second and query latencies (p50, p95).
 *
 * <p>Usage: SolrBench PLATFORM_DIR WORK_DIR RESULTS_MD [QUERIES]
 */
public final class SolrBench {
    private SolrBench() {
    }

    public static void main(String[] args) throws Exception {
        Path platformDir = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path results = Path.of(args[2]);
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        Files.createDirectories(work);
        OffsetDateTime now = OffsetDateTime.parse("2026-11-23T00:00:00+08:00");
        List<String> lines = new ArrayList<>();

        long t0 = System.nanoTime();
        MiniSolrCloudCluster cluster = TestCluster.start(work, 2, "gongkai", 2, 2);
        long clusterMs = ms(t0);
        try {
            long t1 = System.nanoTime();
            PlatformResult platform = Platform.builder().platformDir(platformDir).themeDir(FixtureSite.theme()).now(now)
                    .outputDir(work.resolve("platform")).reportDir(work.resolve("reports")).parallelism(2).build().validate();
            Map<String, SiteModel> models = new TreeMap<>();
            for (PlatformSite s : platform.sites()) {
                if (!s.ok()) {
                    throw new IllegalStateException(s.id() + ": " + s.result().diagnostics().stream().filter(d -> d.isError()).limit(5).toList());
                }
                models.put(s.id(), s.model().orElseThrow());
            }
            long readMs = ms(t1);
            long t2 = System.nanoTime();
            List<SolrDocuments.Site> sites = models.entrySet().stream().map(e -> SolrDocuments.of(e.getKey(), e.getValue())).toList();
            long docsMs = ms(t2);
            int total = sites.stream().mapToInt(s -> s.documents().size()).sum();
            SolrConnection connection = SolrConnection.zk(cluster.getZkServer().getZkAddress(), Optional.empty(), Optional.empty());
            try (SolrClient client = connection.open()) {
                SolrIndexer indexer = new SolrIndexer(client, "gongkai", line -> System.out.println(line));
                long t3 = System.nanoTime();
                indexer.publish(sites, Optional.of(models.keySet()));
                long indexMs = ms(t3);
                long t4 = System.nanoTime();
                indexer.publish(sites, Optional.of(models.keySet()));
                long againMs = ms(t4);

                // queries drawn from the corpus, as SearchParityTest draws them: title pairs, body words, titles
                Random r = new Random(13);
                List<String> ids = new ArrayList<>(models.keySet());
                List<PageQuery> cross = new ArrayList<>();
                List<PageQuery> one = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String site = ids.get(r.nextInt(ids.size()));
                    List<Entry> listed = models.get(site).listed();
                    Entry e = listed.get(r.nextInt(listed.size()));
                    String flat = (i % 3 == 0 ? e.item().title() : e.item().body()).replaceAll("[\\s\\p{P}|#*-]+", "");
                    int len = Math.min(flat.length(), i % 3 == 0 ? 2 : 2 + r.nextInt(3));
                    int start = flat.isEmpty() ? 0 : r.nextInt(flat.length() - len + 1);
                    String q = flat.isEmpty() ? "预算" : flat.substring(start, start + len);
                    cross.add(PageQuery.of(q).rows(10));
                    one.add(PageQuery.of(q).site(site).rows(10));
                }
                Path t2s = TestCluster.searchData(work.resolve("search"));
                // words without terms (the page sends no request for them) are left out
                List<ModifiableSolrParams> crossReq = PageRequests.params(cross, t2s, work).stream().filter(java.util.Objects::nonNull).toList();
                List<ModifiableSolrParams> oneReq = PageRequests.params(one, t2s, work).stream().filter(java.util.Objects::nonNull).toList();
                // warm-up: every query once, as a busy platform's caches would be; then measured
                run(client, crossReq);
                run(client, oneReq);
                double[] crossMs = run(client, crossReq);
                double[] oneMs = run(client, oneReq);
                long[] found = hits(client, crossReq);

                lines.add(String.format(Locale.ROOT, "| sites | %d (%s) |", models.size(), String.join(", ", ids)));
                lines.add(String.format(Locale.ROOT, "| public items sent | %,d |", total));
                lines.add(String.format(Locale.ROOT, "| cluster start (ZooKeeper, 2 nodes, collection 2×2) | %.1f s |", clusterMs / 1000.0));
                lines.add(String.format(Locale.ROOT, "| sites read and checked (engine, public model) | %.1f s |", readMs / 1000.0));
                lines.add(String.format(Locale.ROOT, "| Solr documents made | %.1f s |", docsMs / 1000.0));
                lines.add(String.format(Locale.ROOT, "| indexing (send, commit, count, switch, expunge) | %.1f s, **%,.0f documents/s** |",
                        indexMs / 1000.0, total * 1000.0 / indexMs));
                lines.add(String.format(Locale.ROOT, "| same content again (no-op) | %.2f s |", againMs / 1000.0));
                lines.add(String.format(Locale.ROOT, "| cross-site queries (%d) | p50 **%.1f ms**, p95 **%.1f ms**, median %d results |",
                        crossReq.size(), pct(crossMs, 50), pct(crossMs, 95), found[found.length / 2]));
                lines.add(String.format(Locale.ROOT, "| one-site queries (%d) | p50 **%.1f ms**, p95 **%.1f ms** |", oneReq.size(), pct(oneMs, 50), pct(oneMs, 95)));
            }
        } finally {
            cluster.shutdown();
        }
        String table = "| what | figure |\n|---|---|\n" + String.join("\n", lines) + "\n";
        System.out.println(table);
        Files.writeString(results, table, StandardCharsets.UTF_8);
        System.exit(0);
    }

    static double[] run(SolrClient client, List<ModifiableSolrParams> requests) throws Exception {
        double[] ms = new double[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            long t = System.nanoTime();
            new QueryRequest(requests.get(i), org.apache.solr.client.solrj.SolrRequest.METHOD.POST).process(client, "gongkai");
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    static long[] hits(SolrClient client, List<ModifiableSolrParams> requests) throws Exception {
        long[] h = new long[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            h[i] = new QueryRequest(requests.get(i), org.apache.solr.client.solrj.SolrRequest.METHOD.POST).process(client, "gongkai").getResults().getNumFound();
        }
        Arrays.sort(h);
        return h;
    }

    static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
