package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.internal.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, criterion 4: the browser engine over the static export returns Lucene's list. A site is built, a few
 * hundred queries drawn from its corpus (words, bigrams, single characters, titles, 发文字号, 索引号, Traditional
 * forms, exclusions, filters and date orders) run through Lucene (IndexSearcher over the build's index) and through
 * engine.js in node over the exported shards; the top 20 URLs must be the same, in order, and the scores equal.
 */
class SearchParityTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static List<SearchCorpus.Written> corpus;

    record Q(String q, SearchFilters filters, SearchSort sort) {
    }

    @BeforeAll
    static void build() {
        site = FixtureSite.in(tmp.resolve("site"));
        corpus = SearchCorpus.write(site, 180, 20260601L);
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
    }

    static String sub(Random r, String s, int min, int max) {
        String flat = s.replaceAll("\\s+", "");
        int len = Math.min(flat.length(), min + r.nextInt(max - min + 1));
        int start = r.nextInt(flat.length() - len + 1);
        return flat.substring(start, start + len);
    }

    static List<Q> queries() {
        Random r = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(sub(r, pick(r).title(), 2, 2));
        }
        for (int i = 0; i < 30; i++) {
            texts.add(sub(r, pick(r).body(), 3, 6));
        }
        for (int i = 0; i < 20; i++) {
            texts.add(pick(r).title());
        }
        for (int i = 0; i < 20; i++) {
            SearchCorpus.Written w = pick(r);
            String dn = w.docNumber().isEmpty() ? "测财〔2025〕" + (1 + r.nextInt(60)) + "号" : w.docNumber();
            texts.add(i % 3 == 0 ? dn.substring(dn.indexOf('〔')) : dn);
        }
        for (int i = 0; i < 15; i++) {
            String idx = pick(r).index();
            texts.add(i % 2 == 0 ? idx : idx.substring(idx.indexOf('/') + 1));
        }
        for (int i = 0; i < 15; i++) {
            texts.add(sub(r, pick(r).title(), 1, 1));
        }
        for (int i = 0; i < 25; i++) {
            texts.add(SearchCorpus.traditional(sub(r, pick(r).body(), 2, 5)));
        }
        for (int i = 0; i < 20; i++) {
            texts.add(sub(r, pick(r).title(), 2, 3) + " " + sub(r, pick(r).body(), 2, 3));
        }
        for (int i = 0; i < 15; i++) {
            SearchCorpus.Written w = pick(r);
            texts.add(sub(r, w.body(), 2, 2) + " -" + sub(r, pick(r).body(), 2, 3));
        }
        // Issue 12: phrases in quotes, near words (a character left out), relaxed ones (a character put in),
        // synonyms, 发文字号 in the other common spellings.
        for (int i = 0; i < 15; i++) {
            texts.add("\u201C" + sub(r, pick(r).body(), 4, 6) + "\u201D");
        }
        for (int i = 0; i < 5; i++) {
            texts.add("\"" + sub(r, pick(r).title(), 3, 5) + "\" " + sub(r, pick(r).body(), 2, 3));
        }
        for (int i = 0; i < 15; i++) {
            String w = sub(r, pick(r).body(), 5, 6);
            int k = 1 + r.nextInt(w.length() - 2);
            texts.add(w.substring(0, k) + w.substring(k + 1));
        }
        for (int i = 0; i < 10; i++) {
            String w = sub(r, pick(r).body(), 5, 7);
            int k = 1 + r.nextInt(w.length() - 2);
            texts.add(w.substring(0, k) + "\u946B" + w.substring(k));
        }
        List<String> synonyms = synonymQueries();
        assertThat(synonyms).as("synonym keys whose alternatives the corpus holds").hasSizeGreaterThanOrEqualTo(5);
        for (int i = 0; i < synonyms.size(); i++) {
            String k = synonyms.get(i);
            texts.add(i % 4 == 3 ? SearchCorpus.traditional(k) : i % 4 == 2 ? k + " " + sub(r, pick(r).body(), 2, 3) : k);
        }
        for (int i = 0, n = 0; i < corpus.size() && n < 12; i++) {
            String dn = corpus.get(i).docNumber();
            if (!dn.isEmpty()) {
                String[] spellings = {dn.replace('\u3014', '[').replace('\u3015', ']'),
                    dn.replace('\u3014', '(').replace('\u3015', ')'), dn.replace("\u3014", "").replace("\u3015", " "),
                    dn.replace('\u3014', '\uFF08').replace('\u3015', '\uFF09')};
                texts.add(spellings[n % spellings.length]);
                n++;
            }
        }
        texts.addAll(List.of("pm2.5", "５Ｇ", "2025", "2024年", "GDP", "covid-19", "万元", "補貼", "預算", "不存在的词语",
                "", "-财政", "财政 -财政"));
        List<Q> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Q(t, SearchFilters.NONE, SearchSort.RELEVANCE));
        }
        String[] categories = {"policy", "regulation", "budget", "village", "interpretation"};
        String[] organs = {"gov", "fin", "vil"};
        for (int i = 0; i < 40; i++) {
            String t = texts.get(r.nextInt(texts.size() - 13));
            SearchFilters f = new SearchFilters(
                    r.nextInt(3) == 0 ? categories[r.nextInt(categories.length)] : "",
                    r.nextInt(3) == 0 ? organs[r.nextInt(organs.length)] : "",
                    r.nextInt(4) == 0 ? SearchCorpus.GENRES[r.nextInt(SearchCorpus.GENRES.length)] : "",
                    r.nextInt(4) == 0 ? (r.nextBoolean() ? "valid" : "expired") : "",
                    r.nextInt(3) == 0 ? 2024 + r.nextInt(3) : 0,
                    r.nextInt(3) == 0 ? 2025 + r.nextInt(2) : 0);
            out.add(new Q(t, f, SearchSort.values()[r.nextInt(3)]));
        }
        // One frequent word, first page, no filters: answered from the split terms' first blocks (StaticExport).
        for (String t : List.of("财政", "资金", "补贴", "政策", "工作", "管理", "通知", "财", "政", "的")) {
            out.add(new Q(t, SearchFilters.NONE, SearchSort.RELEVANCE));
        }
        return out;
    }

    /** Keys of the built-in synonym table one of whose alternatives some item of the corpus holds, in key order. */
    static List<String> synonymQueries() {
        List<String> out = new ArrayList<>();
        Synonyms.builtIn().table().forEach((key, alts) -> {
            if (out.size() < 24 && corpus.stream().anyMatch(w -> !w.traditional()
                    && alts.stream().anyMatch(a -> w.body().contains(a) || w.title().contains(a)))) {
                out.add(key);
            }
        });
        return out;
    }

    private static SearchCorpus.Written pick(Random r) {
        return corpus.get(r.nextInt(corpus.size()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void browserEngineReturnsLucenesList() throws Exception {
        List<Q> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < queries.size(); i++) {
            Q q = queries.get(i);
            SearchFilters f = q.filters();
            json.append(i > 0 ? ",\n" : "").append("{\"q\":").append(Json.quote(q.q()))
                    .append(",\"sort\":").append(Json.quote(q.sort().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(",\"filters\":{\"category\":").append(Json.quote(f.category()))
                    .append(",\"organ\":").append(Json.quote(f.organ()))
                    .append(",\"genre\":").append(Json.quote(f.genre()))
                    .append(",\"validity\":").append(Json.quote(f.validity()))
                    .append(",\"yearFrom\":").append(f.yearFrom())
                    .append(",\"yearTo\":").append(f.yearTo()).append("}}");
        }
        Path file = tmp.resolve("queries.json");
        Files.writeString(file, json.append("]").toString(), StandardCharsets.UTF_8);

        Node.Result node = Node.run(List.of(Node.JS_TESTS.resolve("parity.js").toString(), site.output().toString(),
                // The portal's own scripts, as it ships them (compacted: ThemeScripts), not the theme's sources.
                file.toString()), Map.of("GONGKAI_THEME", site.output().toString()), tmp.resolve("node"));
        assertThat(node.exit()).as(node.output()).isZero();
        Map<String, Object> run = (Map<String, Object>) MiniJson.parse(node.output());
        List<Object> browser = (List<Object>) run.get("queries");
        assertThat((List<Object>) run.get("facetMismatches")).as("facet counts: precomputed per term = from columns").isEmpty();
        assertThat(((Double) run.get("facetChecks")).intValue()).isGreaterThan(100);
        assertThat(browser).hasSameSizeAs(queries);
        // Frequent terms are split; their first page without filters comes from the first block alone.
        assertThat(((Double) run.get("firstBlocks")).intValue()).as("queries answered from a first block").isGreaterThanOrEqualTo(5);

        int[] kinds = new int[SearchQuery.TIERS];
        int withSynonyms = 0;
        int nonEmpty = 0;
        int compared = 0;
        double maxDiff = 0;
        try (SearchIndex lucene = SearchIndex.open(SearchOutputs.indexDirFor(site.output()))) {
            for (int i = 0; i < queries.size(); i++) {
                Q q = queries.get(i);
                SearchQuery parsed = lucene.parse(q.q(), q.filters());
                SearchResults expected = lucene.search(parsed, q.sort(), 0, 20);
                Map<String, Object> actual = (Map<String, Object>) browser.get(i);
                List<List<Object>> hits = (List<List<Object>>) actual.get("results");
                String what = q + " → " + lucene.explain(parsed);
                assertThat(((Double) actual.get("total")).longValue()).as("total of %s", what).isEqualTo(expected.total());
                assertThat(hits.stream().map(h -> (String) h.get(0)).toList()).as("urls of %s", what)
                        .isEqualTo(expected.hits().stream().map(SearchResults.Hit::url).toList());
                assertThat(hits.stream().map(h -> ((Double) h.get(2)).intValue()).toList()).as("tiers of %s", what)
                        .isEqualTo(expected.hits().stream().map(SearchResults.Hit::tier).toList());
                assertThat((List<Object>) actual.get("synonyms")).as("synonyms of %s", what)
                        .isEqualTo(new ArrayList<Object>(expected.synonyms()));
                assertThat(((List<Object>) actual.get("tiers")).stream().map(t -> ((Double) t).longValue()).toList())
                        .as("items per tier of %s", what).isEqualTo(expected.tiers());
                for (SearchResults.Hit h : expected.hits()) {
                    kinds[h.tier()]++;
                }
                if (!expected.synonyms().isEmpty() && expected.total() > 0) {
                    withSynonyms++;
                }
                if (q.sort() == SearchSort.RELEVANCE) {
                    for (int k = 0; k < hits.size(); k++) {
                        maxDiff = Math.max(maxDiff, Math.abs((Double) hits.get(k).get(1) - expected.hits().get(k).score()));
                        compared++;
                        assertThat((Double) hits.get(k).get(1)).as("score %d of %s", k, what)
                                .isCloseTo(expected.hits().get(k).score(), org.assertj.core.data.Offset.offset(1e-4));
                    }
                }
                if (expected.total() > 0) {
                    nonEmpty++;
                }
            }
        }
        System.out.printf("parity: %d queries, %d with results, %d scores compared, largest difference %.3g, %d from first blocks%n",
                queries.size(), nonEmpty, compared, maxDiff, ((Double) run.get("firstBlocks")).intValue());
        System.out.printf("parity: results per tier (lookup, exact, near, relaxed) %s, %d queries found with synonyms%n",
                java.util.Arrays.toString(kinds), withSynonyms);
        // Every tier and the synonyms are compared, not only the exact matches.
        for (int t = 0; t < SearchQuery.TIERS; t++) {
            assertThat(kinds[t]).as("results compared in tier %d", t).isGreaterThanOrEqualTo(5);
        }
        assertThat(withSynonyms).isGreaterThanOrEqualTo(5);
        // Queries are drawn from the corpus: most of them find something, so the comparison is not vacuous.
        assertThat(nonEmpty).isGreaterThan(queries.size() * 3 / 4);
    }
}
