package org.gongkai.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.embedded.JettySolrRunner;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.Gongkai;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.SiteModel;
import org.gongkai.solr.PageRequests.PageQuery;
import org.gongkai.core.platform.Platform;
import org.gongkai.core.platform.PlatformResult;
import org.gongkai.core.platform.PlatformSite;
import org.gongkai.core.search.CoreFixtures;
import org.gongkai.core.search.SearchField;
import org.gongkai.core.search.SearchIndex;
import org.gongkai.core.search.SearchOutputs;
import org.gongkai.core.search.SearchQuery;
import org.gongkai.core.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 13 on a real SolrCloud: MiniSolrCloudCluster (ZooKeeper and two Solr nodes on 127.0.0.1), the shipped
 * configset, a collection of 2 shards × 2 replicas, Basic Authentication and rule-based authorization (security.json:
 * the indexer's user writes, the operator's creates the collection and uploads configsets, reads are open). The three
 * sites of examples/platform, the core's parity site and its leak site (hidden items with markers in every field) are
 * sent with the indexer over ZooKeeper as its user, as gongkai:solr-index does; queries are the platform search
 * page's own requests (solr-query.js under Node over the browser's parsing and analysis, with the synonyms). Then:
 * only public documents are in the collection; cross-site and filtered queries, a synonym and relaxed matches across
 * sites; a one-site query answers as the static engine (Lucene over the site's own index) on every query of
 * SearchParityTest's set: totals, totals per tier, the ordered list with each result's tier, the scores; the page in
 * Chromium; a re-index after a withdrawal is all or nothing for readers and the item is gone; anonymous writes and a
 * wrong password are refused with a message that names the user and never the password; with one node stopped the
 * queries still answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {
    static final String COLLECTION = "gongkai";
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T12:00:00+08:00");
    static final Path EXAMPLE = Path.of("../../examples/platform").toAbsolutePath().normalize();

    /** The cluster's users (security.json): the indexer's role updates and edits the configuration, the operator's also creates collections. */
    static final TestCluster.User INDEXER = new TestCluster.User("gongkai-indexer", "Indexer-test-pw-71", "indexer");
    static final TestCluster.User OPERATOR = new TestCluster.User("gongkai-operator", "Operator-test-pw-38", "operator");

    static Path tmp;
    static MiniSolrCloudCluster cluster;
    static SolrConnection connection;
    static SolrClient client;
    static Map<String, SiteModel> models = new TreeMap<>();
        static FixtureSite parity;

    @BeforeAll
    static void start() throws Exception {
        tmp = Files.createTempDirectory("gongkai-solrcloud");
        // The cluster starts while the sites are read: the two take about as long, and wait on different things.
        java.util.concurrent.CompletableFuture<MiniSolrCloudCluster> starting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                long t1 = System.nanoTime();
                MiniSolrCloudCluster c = TestCluster.startSecured(tmp, 2, COLLECTION, 2, 2, OPERATOR, List.of(INDEXER, OPERATOR));
                System.out.printf("solrcloud: 2 nodes, collection 2×2 in %d ms%n", ms(t1));
                return c;
            } catch (Exception e) {
                throw new IllegalStateException("MiniSolrCloudCluster did not start", e);
            }
        });
        long t0 = System.nanoTime();
        // the sites: the example platform (built: its home is the cross-site search page the browser test uses; its
        // models are what gongkai:solr-index sends), the parity corpus (built, for its
        // Lucene index and its search/ folder, whose Traditional→Simplified table the page's analysis reads) and the
        // leak site
        PlatformResult platform = Platform.builder().platformDir(EXAMPLE).themeDir(FixtureSite.theme()).now(NOW)
                .outputDir(tmp.resolve("platform")).reportDir(tmp.resolve("reports")).parallelism(2).build().build();
        assertThat(platform.ok()).as("%s", platform.sites().stream().map(s -> s.id() + ": " + s.result().diagnostics()).toList()).isTrue();
        for (PlatformSite s : platform.sites()) {
            models.put(s.id(), s.model().orElseThrow());
        }
        parity = CoreFixtures.paritySite(tmp.resolve("parity"));
        Gongkai.Run built = parity.engine().build().buildModel();
        assertThat(built.result().written()).as("%s", built.result().diagnostics()).isTrue();
        models.put("parity", built.model().orElseThrow());
        FixtureSite leak = CoreFixtures.leakSite(tmp.resolve("leak"));
        Gongkai.Run leakRun = leak.engine().build().validateModel();
        assertThat(leakRun.result().hasErrors()).as("%s", leakRun.result().diagnostics()).isFalse();
        models.put("leak", leakRun.model().orElseThrow());
        System.out.printf("solrcloud: sites read in %d ms%n", ms(t0));

        cluster = starting.join();
        // the indexer reaches the cluster as gongkai:solr-index does: over ZooKeeper
        connection = connection(INDEXER.name(), INDEXER.password());
        client = connection.open();
        long t2 = System.nanoTime();
        SolrIndexer.Report report = indexer().publish(sites(), Optional.of(models.keySet()));
        assertThat(report.sites()).hasSize(5).allSatisfy(r -> assertThat(r.unchanged()).isFalse());
        System.out.printf("solrcloud: %d sites indexed in %d ms%n", report.sites().size(), ms(t2));
    }

    /** Over ZooKeeper, as gongkai:solr-index reaches the cluster, as a user (or anonymous for a null name). */
    static SolrConnection connection(String user, String password) {
        return SolrConnection.zk(cluster.getZkServer().getZkAddress(), Optional.ofNullable(user), Optional.ofNullable(password));
    }

    static List<SolrDocuments.Site> sites() {
        return models.entrySet().stream().map(e -> SolrDocuments.of(e.getKey(), e.getValue())).toList();
    }

    static SolrIndexer indexer() {
        return new SolrIndexer(client, COLLECTION, line -> System.out.println(line));
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    // ---- queries as the platform's search page sends them

    static List<ModifiableSolrParams> params(List<PageQuery> queries) throws Exception {
        return PageRequests.params(queries, parity.output().resolve("search"), tmp);
    }

    /** The public endpoint: /select, with its live filter; posted, as the page posts it. */
    static QueryResponse select(ModifiableSolrParams p) throws Exception {
        return new QueryRequest(p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST).process(client, COLLECTION);
    }

    /** numFound of a GET on a node's /select of the collection, with a raw query string, as the proxy forwards it. */
    @SuppressWarnings("unchecked")
    static long publicSelectCount(JettySolrRunner node, String query) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.getBaseUrl() + "/" + COLLECTION + "/select?"
                + query + "&wt=json")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Map<String, Object> json = (Map<String, Object>) org.gongkai.core.search.MiniJson.parse(r.body());
        return ((Number) ((Map<String, Object>) json.get("response")).get("numFound")).longValue();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static QueryResponse select(PageQuery q) throws Exception {
        return select(params(List.of(q)).get(0));
    }

    static List<String> urls(QueryResponse r) {
        return r.getResults().stream().map(d -> d.getFieldValue("site") + ":" + d.getFieldValue("url")).toList();
    }

    /** Every document the collection holds, live or not, with every stored field. */
    static List<SolrDocument> everything() throws Exception {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 100_000);
        p.set("fl", "*");
        QueryRequest r = new QueryRequest(p);
        r.setPath("/unfiltered");
        return r.process(client, COLLECTION).getResults();
    }

    static long unfilteredCount(String q) throws Exception {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("rows", 0);
        QueryRequest r = new QueryRequest(p);
        r.setPath("/unfiltered");
        return r.process(client, COLLECTION).getResults().getNumFound();
    }

    static Set<String> listed(String site) {
        return models.get(site).listed().stream().map(e -> site + ":" + e.url()).collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- the tests

    @Test
    @Order(1)
    void everySiteIsLiveWithExactlyItsPublicItems() throws Exception {
        Map<String, String> live = indexer().live();
        assertThat(live.keySet()).containsExactlyInAnyOrderElementsOf(models.keySet());
        for (String site : models.keySet()) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "*:*");
            p.set("fq", "{!term f=site}" + site);
            p.set("rows", 0);
            assertThat(select(p).getResults().getNumFound()).as(site).isEqualTo(models.get(site).listed().size());
        }
        // the old builds are gone, and there is no other document
        assertThat(everything()).hasSize(models.values().stream().mapToInt(m -> m.listed().size()).sum());
        // the same content again: every site unchanged, nothing written
        SolrIndexer.Report again = indexer().publish(sites(), Optional.of(models.keySet()));
        assertThat(again.sites()).allSatisfy(r -> assertThat(r.unchanged()).isTrue());
        assertThat(indexer().live()).isEqualTo(live);
    }

    @Test
    @Order(2)
    void nothingNonPublicIsInTheCollection() throws Exception {
        List<SolrDocument> all = everything();
        Set<String> held = all.stream().map(d -> d.getFieldValue("site") + ":" + d.getFieldValue("url"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>();
        models.keySet().forEach(s -> expected.addAll(listed(s)));
        assertThat(held).isEqualTo(expected);
        // the example sites' internal, on-request, scheduled and withdrawn items are in their models, not in Solr
        List<String> hiddenExamples = new ArrayList<>();
        for (String site : List.of("shili-shi", "qingshan-qu", "linhe-xian")) {
            for (var item : models.get(site).content().items()) {
                boolean isListed = models.get(site).listed().stream().anyMatch(e -> e.item() == item);
                if (!isListed) {
                    hiddenExamples.add(site + ":" + item.title());
                }
            }
        }
        assertThat(hiddenExamples).hasSizeGreaterThanOrEqualTo(4);
        String stored = all.stream().map(SolrDocument::toString).collect(Collectors.joining("\n"));
        for (String h : hiddenExamples) {
            assertThat(stored).as(h).doesNotContain(h.substring(h.indexOf(':') + 1));
        }
        // the leak site: no marker of a hidden item in any stored value, nor in any indexed field, shared or the site's
        int n = 0;
        for (String kind : new TreeSet<>(CoreFixtures.hidden().keySet())) {
            n++;
            assertThat(stored).as(kind).doesNotContain(CoreFixtures.marker(kind), CoreFixtures.han(n), "hidden-" + kind, "测密");
            for (SearchField f : SearchField.values()) {
                for (String field : List.of(SolrDocuments.shared(f), SolrDocuments.ofSite(f, "leak"))) {
                    assertThat(unfilteredCount("{!term f=" + field + "}" + CoreFixtures.marker(kind))).as(field + " " + kind).isZero();
                    assertThat(unfilteredCount("{!term f=" + field + "}" + CoreFixtures.han(n))).as(field + " " + kind).isZero();
                }
            }
        }
        assertThat(unfilteredCount("{!term f=t_body}财政")).isPositive();
        // an internal build's model is refused: only the public model says what is public
        FixtureSite internal = CoreFixtures.leakSite(tmp.resolve("leak-internal"));
        Gongkai.Run run = internal.engine().mode(BuildMode.INTERNAL).outputDir(tmp.resolve("leak-internal/out")).build().validateModel();
        assertThatThrownBy(() -> SolrDocuments.of("leak", run.model().orElseThrow())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Order(3)
    void crossSiteAndFilteredQueries() throws Exception {
        // 预算 is in the budgets of all three example sites; 預算 (Traditional) finds the same
        QueryResponse all = select(PageQuery.of("预算"));
        Set<Object> sites = all.getResults().stream().map(d -> d.getFieldValue("site")).collect(Collectors.toSet());
        assertThat(sites).contains("shili-shi", "qingshan-qu", "linhe-xian");
        assertThat(urls(select(PageQuery.of("預算")))).isEqualTo(urls(all));
        // one site
        QueryResponse one = select(PageQuery.of("预算").site("qingshan-qu"));
        assertThat(one.getResults()).isNotEmpty().allSatisfy(d -> assertThat(d.getFieldValue("site")).isEqualTo("qingshan-qu"));
        assertThat(one.getResults().getNumFound()).isLessThan(all.getResults().getNumFound());
        // an organ, a category (with those below it), a year range
        QueryResponse organ = select(PageQuery.of("预算").site("linhe-xian").filter("organ", "lczj"));
        assertThat(urls(organ)).containsExactly("linhe-xian:items/lczj/2026/2026-yusuan/");
        QueryResponse category = select(PageQuery.of("公开").site("shili-shi").filter("category", "fading-gongkai"));
        assertThat(category.getResults()).isNotEmpty();
        assertThat(urls(category)).doesNotContain("shili-shi:items/szfb/2026/zhengwu-gongkai-yaodian-jiedu/");
        QueryResponse year = select(PageQuery.of("决算").filter("yearTo", 2025));
        assertThat(urls(year)).containsExactly("shili-shi:items/sczj/2025/2024-shiji-juesuan/");
        // cross-site organ filter names the site: 财政局 of 青山区 only
        QueryResponse crossOrgan = select(PageQuery.of("部门预算").filter("organ", "qingshan-qu/qczj"));
        assertThat(crossOrgan.getResults()).isNotEmpty().allSatisfy(d -> assertThat(d.getFieldValue("site")).isEqualTo("qingshan-qu"));
        // what a result shows
        SolrDocument d = organ.getResults().get(0);
        assertThat(d.getFieldValue("site_name")).isEqualTo("示例市临河县人民政府信息公开");
        assertThat(d.getFieldValue("organ_name")).isEqualTo("示例市临河县财政局");
        assertThat(d.getFieldValue("category_name")).isEqualTo("财政预算决算");
        assertThat((String) d.getFieldValue("excerpt")).startsWith("公开经县人民代表大会批准");
        // a synonym across sites: 人大 is in no text, its 人民代表大会 in the budgets of all three example sites; the
        // word as typed scores first (synonym tokens weigh half), so the synonym's matches are found, not ranked away
        QueryResponse synonym = select(PageQuery.of("人大"));
        assertThat(synonym.getResults().stream().map(x -> x.getFieldValue("site")).collect(Collectors.toSet()))
                .contains("shili-shi", "qingshan-qu", "linhe-xian");
        assertThat(urls(synonym)).contains("linhe-xian:items/lczj/2026/2026-yusuan/", "qingshan-qu:items/qczj/2026/2026-bumen-yusuan/");
        // a relaxed query across sites: 听证 is nowhere, so only two of its three words match: every result is in
        // the relaxed tier, and the page's counts say so
        QueryResponse relaxed = select(PageQuery.of("预算 公开 听证"));
        assertThat(relaxed.getResults().stream().map(x -> x.getFieldValue("site")).collect(Collectors.toSet()))
                .contains("shili-shi", "qingshan-qu", "linhe-xian");
        assertThat(relaxed.getResults()).allSatisfy(x -> assertThat(((Number) x.getFieldValue("tier")).intValue()).isEqualTo(SearchQuery.RELAXED));
        assertThat(tiers(relaxed)).isEqualTo(List.of(0L, 0L, 0L, relaxed.getResults().getNumFound()));
        // a query exact in one site's 决算 and relaxed in the other sites' budgets (no 决算): the exact matches first
        QueryResponse mixed = select(PageQuery.of("预算 决算 公开").rows(99));
        Map<String, Integer> tierOf = new LinkedHashMap<>();
        mixed.getResults().forEach(x -> tierOf.put(x.getFieldValue("site") + ":" + x.getFieldValue("url"), ((Number) x.getFieldValue("tier")).intValue()));
        assertThat(new ArrayList<>(tierOf.values())).contains(SearchQuery.EXACT, SearchQuery.RELAXED).isSorted();
        assertThat(tierOf).containsEntry("shili-shi:items/sczj/2025/2024-shiji-juesuan/", SearchQuery.EXACT)
                .containsEntry("linhe-xian:items/lczj/2026/2026-yusuan/", SearchQuery.RELAXED)
                .containsEntry("qingshan-qu:items/qczj/2026/2026-bumen-yusuan/", SearchQuery.RELAXED);
        // posted as the page posts it (rows in the URL, the rest in the body): the URL's rows win over a body's, so the
        // proxy's cap on the URL holds
        ModifiableSolrParams page = params(List.of(PageQuery.of("预算").rows(2))).get(0);
        page.remove("rows");
        page.set("rows", "50");
        String body = PageRequests.queryString(page);
        var http = java.net.http.HttpClient.newHttpClient();
        var posted = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.getJettySolrRunner(0).getBaseUrl() + "/"
                        + COLLECTION + "/select?start=0&rows=2")).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((Map<String, Object>) org.gongkai.core.search.MiniJson.parse(posted.body())).get("response");
        assertThat((List<?>) answer.get("docs")).hasSize(2);
        assertThat(((Number) answer.get("numFound")).longValue()).isEqualTo(all.getResults().getNumFound()).isGreaterThan(2);
        // facets as the page asks for them
        ModifiableSolrParams withFacets = params(List.of(PageQuery.of("预算"))).get(0);
        withFacets.set("facet", "true");
        withFacets.add("facet.field", "site");
        QueryResponse f = select(withFacets);
        assertThat(f.getFacetField("site").getValues()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(4)
    void oneSiteRankingIsTheStaticEngines() throws Exception {
        List<CoreFixtures.ParityQuery> parityQueries = CoreFixtures.parityQueries(tmp.resolve("parity-replay"));
        assertThat(parityQueries).hasSizeGreaterThanOrEqualTo(300);
        List<CoreFixtures.ParityQuery> queries = new ArrayList<>(parityQueries);
        // and two long ones drawn from the set: six words with synonyms; its longest title and one of them. The first has
        // more term clauses across its tiers than Lucene's default limit of 1024 (the cluster's is the static engine's)
        try (SearchIndex lucene = SearchIndex.open(SearchOutputs.indexDirFor(parity.output()))) {
            List<String> withSynonyms = new ArrayList<>();
            for (CoreFixtures.ParityQuery q : parityQueries) {
                if (withSynonyms.size() < 6 && q.q().indexOf(' ') < 0 && !lucene.parse(q.q(), q.filters()).synonymsRead().isEmpty()) {
                    withSynonyms.add(q.q());
                }
            }
            // the longest title (a Han word, not a 发文字号) that finds something
            String longest = parityQueries.stream().map(CoreFixtures.ParityQuery::q)
                    .filter(t -> t.indexOf(' ') < 0 && !t.isEmpty() && t.indexOf('\u3014') < 0
                            && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN)
                    .filter(t -> searchTotal(lucene, t) > 0).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            String shortest = withSynonyms.stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            String titleAndOne = longest + " " + shortest;
            // the second finds its title's item among the relaxed matches: most of its tokens are the title's
            assertThat(searchTotal(lucene, titleAndOne)).as(titleAndOne).isPositive();
            for (String q : List.of(String.join(" ", withSynonyms), titleAndOne)) {
                queries.add(new CoreFixtures.ParityQuery(q, org.gongkai.core.search.SearchFilters.NONE, org.gongkai.core.search.SearchSort.RELEVANCE));
            }
        }
        List<PageQuery> page = new ArrayList<>();
        for (CoreFixtures.ParityQuery q : queries) {
            PageQuery p = new PageQuery(q.q(), "parity", new LinkedHashMap<>(), q.sort().name().toLowerCase(java.util.Locale.ROOT), 20);
            var f = q.filters();
            if (!f.category().isEmpty()) p = p.filter("category", f.category());
            if (!f.organ().isEmpty()) p = p.filter("organ", f.organ());
            if (!f.genre().isEmpty()) p = p.filter("genre", f.genre());
            if (!f.validity().isEmpty()) p = p.filter("validity", f.validity());
            if (f.yearFrom() != 0) p = p.filter("yearFrom", f.yearFrom());
            if (f.yearTo() != 0) p = p.filter("yearTo", f.yearTo());
            page.add(p);
        }
        List<ModifiableSolrParams> requests = params(page);
        int nonEmpty = 0;
        int compared = 0;
        int withSynonyms = 0;
        int[] kinds = new int[SearchQuery.TIERS];
        double maxDiff = 0;
        int longest = 0;
        long t0 = System.nanoTime();
        try (SearchIndex lucene = SearchIndex.open(SearchOutputs.indexDirFor(parity.output()))) {
            for (int i = 0; i < queries.size(); i++) {
                CoreFixtures.ParityQuery q = queries.get(i);
                // the static engine with the synonyms the site's index was built with, as its portal's search reads them
                SearchQuery parsed = lucene.parse(q.q(), q.filters());
                SearchResults expected = lucene.search(parsed, q.sort(), 0, 20);
                if (requests.get(i) == null) {
                    assertThat(expected.total()).as("%s", q).isZero();
                    continue;
                }
                longest = Math.max(longest, PageRequests.queryString(requests.get(i)).length());
                QueryResponse r = select(requests.get(i));
                String what = q + " → " + lucene.explain(parsed);
                assertThat(r.getResults().getNumFound()).as("total of %s", what).isEqualTo(expected.total());
                assertThat(tiers(r)).as("results per tier of %s", what).isEqualTo(expected.tiers());
                assertThat(r.getResults().stream().map(d -> (String) d.getFieldValue("url")).toList()).as("urls of %s", what)
                        .isEqualTo(expected.hits().stream().map(SearchResults.Hit::url).toList());
                assertThat(r.getResults().stream().map(d -> ((Number) d.getFieldValue("tier")).intValue()).toList())
                        .as("tiers of %s", what).isEqualTo(expected.hits().stream().map(SearchResults.Hit::tier).toList());
                expected.hits().forEach(h -> kinds[h.tier()]++);
                if (!expected.synonyms().isEmpty() && expected.total() > 0) {
                    withSynonyms++;
                }
                if (q.sort() == org.gongkai.core.search.SearchSort.RELEVANCE) {
                    for (int k = 0; k < r.getResults().size(); k++) {
                        float score = ((Number) r.getResults().get(k).getFieldValue("score")).floatValue();
                        maxDiff = Math.max(maxDiff, Math.abs(score - expected.hits().get(k).score()));
                        compared++;
                        assertThat(score).as("score %d of %s", k, what).isCloseTo(expected.hits().get(k).score(),
                                org.assertj.core.data.Offset.offset(1e-4f));
                    }
                }
                if (expected.total() > 0) {
                    nonEmpty++;
                }
            }
        }
        System.out.printf("solrcloud parity: %d queries (SearchParityTest's and 2 long ones), all compared, %d with results, %d scores compared, largest difference "
                + "%.2e; results per tier (lookup, exact, near, relaxed) %s, %d found with synonyms; longest request %d "
                + "characters; in %d ms%n", queries.size(), nonEmpty, compared, maxDiff, java.util.Arrays.toString(kinds),
                withSynonyms, longest, ms(t0));
        assertThat(longest).as("a request longer than a URL may be").isGreaterThan(8192);
        // every tier and the synonyms are compared, not only exact matches
        for (int t = 0; t < SearchQuery.TIERS; t++) {
            assertThat(kinds[t]).as("results compared in tier %d", t).isGreaterThanOrEqualTo(5);
        }
        assertThat(withSynonyms).isGreaterThanOrEqualTo(5);
        assertThat(nonEmpty).as("queries that find something").isGreaterThan(queries.size() * 3 / 4);
    }

    /** How many results the static engine has for a query (unchecked: used in a stream's filter). */
    static long searchTotal(SearchIndex lucene, String q) {
        try {
            return lucene.search(lucene.parse(q, org.gongkai.core.search.SearchFilters.NONE), org.gongkai.core.search.SearchSort.RELEVANCE, 0, 1).total();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The results per tier the page reads (solr-query.js's facet queries tier0…tier3). */
    static List<Long> tiers(QueryResponse r) {
        List<Long> out = new ArrayList<>();
        for (int t = 0; t < SearchQuery.TIERS; t++) {
            Integer n = r.getFacetQuery() == null ? null : r.getFacetQuery().get("tier" + t);
            out.add(n == null ? 0L : n.longValue());
        }
        return out;
    }

    @Test
    @Order(5)
    void theCrossSiteSearchPageAnswersInABrowser() throws Exception {
        String select = cluster.getJettySolrRunner(1).getBaseUrl() + "/" + COLLECTION + "/select";
        try (PlatformServer server = new PlatformServer(tmp.resolve("platform"), select)) {
            org.openqa.selenium.chrome.ChromeDriver driver = BrowserDriver.start(tmp.resolve("chromium"));
            try {
                var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30));
                // Traditional words, all sites: results of the three sites, matches marked in the item's own script
                driver.get(server.url("search/index.html?q=" + java.net.URLEncoder.encode("預算", StandardCharsets.UTF_8)));
                wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-list li.search-result")).isEmpty());
                String status = driver.findElement(org.openqa.selenium.By.id("search-status")).getText();
                assertThat(status).startsWith("找到 ").contains("与“預算”相关的信息");
                var results = driver.findElements(org.openqa.selenium.By.cssSelector("#search-list li.search-result"));
                Set<String> siteNames = results.stream().map(r -> r.findElement(org.openqa.selenium.By.cssSelector(".search-site")).getText())
                        .collect(Collectors.toSet());
                assertThat(siteNames).contains("网站：示例市人民政府信息公开", "网站：示例市青山区人民政府信息公开", "网站：示例市临河县人民政府信息公开");
                assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#search-list .search-title mark")))
                        .extracting(org.openqa.selenium.WebElement::getText).contains("预算");
                assertThat(driver.findElement(org.openqa.selenium.By.id("search-facets")).isDisplayed()).isTrue();
                screenshot(driver, "platform-search.png");
                // a synonym across sites, said as a site's search page says it
                driver.get(server.url("search/index.html?q=" + java.net.URLEncoder.encode("人大", StandardCharsets.UTF_8)));
                wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-list li.search-result")).isEmpty());
                assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#search-also .search-synonyms")).getText())
                        .isEqualTo("也搜索了：人民代表大会");
                // only part of the words match anywhere: the page says so, and marks each result
                driver.get(server.url("search/index.html?q=" + java.net.URLEncoder.encode("预算 公开 听证", StandardCharsets.UTF_8)));
                wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-list li.search-result")).isEmpty());
                assertThat(driver.findElement(org.openqa.selenium.By.id("search-status")).getText())
                        .startsWith("没有找到与“预算 公开 听证”完全相符的信息，以下 ");
                var partial = driver.findElements(org.openqa.selenium.By.cssSelector("#search-list li.search-result"));
                assertThat(partial).allSatisfy(r -> assertThat(r.findElement(org.openqa.selenium.By.cssSelector(".search-tier")).getText())
                        .isEqualTo("部分相符"));
                screenshot(driver, "platform-search-relaxed.png");
                // one site, one organ: the site's own ranking, the organ of that site only
                driver.get(server.url("search/index.html?q=" + java.net.URLEncoder.encode("预算", StandardCharsets.UTF_8)
                        + "&site=linhe-xian&organ=linhe-xian%2Flczj"));
                wait.until(d -> d.findElement(org.openqa.selenium.By.id("search-status")).getText().startsWith("找到 1 条"));
                var only = driver.findElement(org.openqa.selenium.By.cssSelector("#search-list .search-title a"));
                assertThat(only.getText()).isEqualTo("临河县2026年县级预算公开");
                // the other sites' organs are hidden from the organ filter while a site is chosen
                assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#search-organ optgroup")).stream()
                        .filter(g -> g.getAttribute("hidden") == null).map(g -> g.getAttribute("data-site")).toList())
                        .containsExactly("linhe-xian");
                // the result leads into the site's own portal
                only.click();
                wait.until(d -> d.getCurrentUrl().contains("/linhe-xian/items/lczj/2026/2026-yusuan/"));
                assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("临河县2026年县级预算公开");
                // the platform home lists the sites and links each portal
                driver.get(server.url("index.html"));
                screenshot(driver, "platform-home.png");
                assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(".platform-site-list a"))).hasSize(3);
            } finally {
                driver.quit();
            }
        }
    }

    static void screenshot(org.openqa.selenium.chrome.ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    @Order(6)
    void aReindexAfterAWithdrawalIsAllOrNothingAndTheItemIsGone() throws Exception {
        // a copy of 临河县 in which the 耕地地力保护补贴 公示 is withdrawn
        Path copy = tmp.resolve("linhe-copy");
        copyTree(EXAMPLE.resolve("sites/linhe-xian"), copy);
        Path item = copy.resolve("content/items/lnyj/2026/gengdi-libao-butie.md");
        Files.writeString(item, Files.readString(item).replaceFirst("\n---\n", "\nwithdrawn: {date: 2026-11-20, reason: 补贴面积数据有误，更正后重新公示}\n---\n"));
        Gongkai.Run run = Gongkai.builder().contentDir(copy.resolve("content")).themeDir(FixtureSite.theme())
                .outputDir(tmp.resolve("linhe-copy-out/portal")).now(NOW).build().validateModel();
        assertThat(run.result().hasErrors()).as("%s", run.result().diagnostics()).isFalse();
        SiteModel withdrawn = run.model().orElseThrow();
        String url = "items/lnyj/2026/gengdi-libao-butie/";
        assertThat(withdrawn.listed().stream().map(Entry::url)).doesNotContain(url);
        PageQuery q = PageQuery.of("耕地地力保护补贴").site("linhe-xian");
        assertThat(urls(select(q))).contains("linhe-xian:" + url);
        long before = models.get("linhe-xian").listed().size();

        List<String> seenBeforeSwitch = new ArrayList<>();
        SolrDocuments.Site next = SolrDocuments.of("linhe-xian", withdrawn);
        SolrIndexer.Report report = indexer().beforeSwitch(() -> {
            try {
                // committed and counted, not switched: readers still see the whole old build, and only it
                seenBeforeSwitch.addAll(urls(select(q)));
                ModifiableSolrParams p = new ModifiableSolrParams();
                p.set("q", "*:*");
                p.set("fq", "{!term f=site}linhe-xian");
                p.set("rows", 0);
                assertThat(select(p).getResults().getNumFound()).isEqualTo(before);
                assertThat(unfilteredCount("version:\"" + next.version() + "\"")).isEqualTo(before - 1);
                // nor can a reader lift the live filter through /select, the path the platform's proxy forwards (raw
                // HTTP, as the proxy sends it: SolrJ itself would route a qt of "/…" to that handler): the handler's
                // parameter set and invariants apply whatever the request says
                for (JettySolrRunner node : cluster.getJettySolrRunners()) {
                    assertThat(publicSelectCount(node, "q=" + enc("version:\"" + next.version() + "\"")
                            + "&useParams=&qt=%2Funfiltered&shards.qt=%2Funfiltered&rows=0")).as("%s", node.getBaseUrl()).isZero();
                    assertThat(publicSelectCount(node, "q=" + enc("version:\"" + next.version() + "\"")
                            + "&fq=*:*&distrib=false&rows=0")).as("%s", node.getBaseUrl()).isZero();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).publish(List.of(next), Optional.empty());
        assertThat(seenBeforeSwitch).contains("linhe-xian:" + url);
        SolrIndexer.SiteReport r = report.sites().get(0);
        assertThat(r.unchanged()).isFalse();
        assertThat(r.deleted()).isEqualTo(before);
        // after the switch: gone from /select and from the collection; the other sites untouched
        assertThat(urls(select(q))).doesNotContain("linhe-xian:" + url);
        assertThat(unfilteredCount("url:\"" + url + "\"")).isZero();
        assertThat(unfilteredCount("site:\"linhe-xian\"")).isEqualTo(before - 1);
        assertThat(indexer().live()).containsEntry("linhe-xian", next.build()).hasSize(models.size());
        models.put("linhe-xian", withdrawn);
        assertThat(everything()).hasSize(models.values().stream().mapToInt(m -> m.listed().size()).sum());
    }

    @Test
    @Order(7)
    void withBasicAuthenticationOnlyTheRightUsersWriteAndAWrongPasswordIsNamedNotShown() throws Exception {
        // the whole test indexes as the indexer (the collection was created by the operator); here, the refusals
        String wrong = "Wrong-pw-" + INDEXER.password().length() + "-x";
        Map<String, String> live = indexer().live();
        // anonymous: reads are open (the proxy's endpoint), writes are not
        SolrConnection anonymous = connection(null, null);
        try (SolrClient anon = anonymous.open()) {
            assertThat(new SolrIndexer(anon, COLLECTION, line -> { }).live()).isEqualTo(live);
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> probeDelete(anon));
            assertThat(e).as("an anonymous update").isNotNull();
            assertThat(anonymous.failure("发送到 SolrCloud 集合 " + COLLECTION, e)).contains("（HTTP 401）", "未给出用户（匿名）");
        }
        // the indexer's user may update (the same harmless request)
        probeDelete(client);
        // a wrong password: the indexer stops before writing anything, and says why, in Chinese first, without it
        SolrConnection bad = connection(INDEXER.name(), wrong);
        try (SolrClient c = bad.open()) {
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() ->
                    new SolrIndexer(c, COLLECTION, line -> { }).publish(sites(), Optional.of(models.keySet())));
            assertThat(e).isNotNull();
            String message = bad.failure("发送到 SolrCloud 集合 " + COLLECTION, e);
            System.out.println("solrcloud: a wrong password: " + message);
            assertThat(message).startsWith("发送到 SolrCloud 集合 gongkai失败（zk 127.0.0.1:")
                    .contains("身份验证未通过（HTTP 401）：用户“gongkai-indexer”的用户名或密码不对")
                    .doesNotContain(wrong).doesNotContain(INDEXER.password());
        }
        assertThat(indexer().live()).isEqualTo(live);
        // the configset upload (gongkai:solr-configset -Dgongkai.solrUpload=true) as the operator, and refused with a
        // wrong password or, for creating a collection, a user without the permission
        String name = "gongkai-upload";
        SolrConnection operator = connection(OPERATOR.name(), OPERATOR.password());
        try (SolrClient c = operator.open()) {
            SolrConfigset.upload(c, name);
            assertThat(new org.apache.solr.client.solrj.request.ConfigSetAdminRequest.List().process(c).getConfigSets()).contains(name);
            // overwriting it again is allowed: the upload was an authenticated user's (a trusted configset)
            SolrConfigset.upload(c, name);
        }
        byte[] uploaded = cluster.getZkClient().getData("/configs/" + name + "/schema.xml", null, null, true);
        assertThat(uploaded).isEqualTo(SolrConfigset.files().get("schema.xml"));
        SolrConnection badOperator = connection(OPERATOR.name(), wrong);
        try (SolrClient c = badOperator.open()) {
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> SolrConfigset.upload(c, name + "-2"));
            assertThat(e).isNotNull();
            assertThat(badOperator.failure("上传配置集 " + name + "-2", e)).startsWith("上传配置集 gongkai-upload-2失败（zk 127.0.0.1:")
                    .contains("身份验证未通过（HTTP 401）：用户“gongkai-operator”").doesNotContain(wrong);
        }
        try (SolrClient c = connection(INDEXER.name(), INDEXER.password()).open()) {
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> SolrConfigset.createCollection(c, name, 1, 1));
            assertThat(e).isNotNull();
            assertThat(connection(INDEXER.name(), INDEXER.password()).failure("创建集合 " + name, e))
                    .contains("权限不足（HTTP 403）：用户“gongkai-indexer”没有这项操作的权限").doesNotContain(INDEXER.password());
        }
    }

    /** A delete of an id no document has: an update that changes nothing, whoever may send it. */
    static void probeDelete(SolrClient c) throws Exception {
        new org.apache.solr.client.solrj.request.UpdateRequest().deleteById("gongkai-security-probe").process(c, COLLECTION);
    }

    @Test
    @Order(8)
    void withOneNodeStoppedTheQueriesStillAnswer() throws Exception {
        List<PageQuery> qs = List.of(PageQuery.of("预算"), PageQuery.of("預算").site("shili-shi"),
                PageQuery.of("公开").filter("category", "shili-shi/fading-gongkai"), PageQuery.of("财政").site("parity"));
        List<ModifiableSolrParams> requests = params(qs);
        List<List<String>> before = new ArrayList<>();
        for (ModifiableSolrParams p : requests) {
            before.add(urls(select(p)));
        }
        String node = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
        cluster.waitForJettyToStop(stopped);
        long t0 = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            List<String> after = null;
            // until the cluster state says the node is gone, a query may still be routed to it once
            for (int attempt = 0; attempt < 30 && after == null; attempt++) {
                try {
                    after = urls(select(requests.get(i)));
                } catch (Exception e) {
                    Thread.sleep(1000);
                }
            }
            assertThat(after).as("%s with a node stopped", qs.get(i)).isEqualTo(before.get(i));
        }
        System.out.printf("solrcloud: node %s stopped; %d queries answered the same in %d ms%n", node,
                requests.size(), ms(t0));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
