package org.gongkai.core.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.core.BuildResult;
import org.gongkai.core.Gongkai;

/**
 * The judged evaluation of bench/search-quality.sh: builds a portal, runs each query of a judgement file through
 * Lucene (the browser engine gives the same lists: SearchParityTest) and scores the top ten against the
 * judgements: nDCG@10 (gain 2^grade − 1, the ideal order of all judged items), recall@10 (judged items found in the
 * top ten over judged items), MRR (the first judged item's rank) and the queries that find nothing.
 *
 * <p>Only APIs that every version since the first search export has are used, so that the same class scores an
 * older engine on its own class path (the "before" row).
 *
 * <p>Usage: {@code SearchQualityEval CONTENT_DIR THEME_DIR OUTPUT_DIR JUDGEMENTS LABEL [PER_QUERY_OUT]}. A judgement
 * line is {@code kind<TAB>query<TAB>grade:organ/slug …} (grade 2: what the query is for; 1: relevant too);
 * {@code #} starts a comment.
 */
public final class SearchQualityEval {
    private SearchQualityEval() {
    }

    record Judged(String kind, String query, Map<String, Integer> grades) {
    }

    static List<Judged> read(Path file) throws IOException {
        List<Judged> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String g : f[2].trim().split(" +")) {
                int colon = g.indexOf(':');
                grades.put(g.substring(colon + 1), Integer.parseInt(g.substring(0, colon)));
            }
            out.add(new Judged(f[0], f[1], grades));
        }
        return out;
    }

    private static final Pattern ITEM = Pattern.compile("items/([^/]+)/\\d{4}/([^/]+)/");

    /** organ/slug of a result URL ({@code items/czj/2026/2026-yusuan/}). */
    static String key(String url) {
        var m = ITEM.matcher(url);
        return m.find() ? m.group(1) + "/" + m.group(2) : url;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[2]);
        BuildResult r = Gongkai.builder().contentDir(Path.of(args[0])).themeDir(Path.of(args[1])).outputDir(out)
                .now(OffsetDateTime.parse("2026-11-23T00:00:00+08:00")).build().build();
        if (!r.written()) {
            r.diagnostics().stream().filter(d -> d.isError()).limit(20).forEach(System.err::println);
            System.err.println("not written");
            System.exit(1);
        }
        List<Judged> judged = read(Path.of(args[3]));
        String label = args[4];
        StringBuilder perQuery = new StringBuilder();
        Map<String, double[]> byKind = new LinkedHashMap<>();
        try (SearchIndex index = SearchIndex.open(SearchOutputs.indexDirFor(out))) {
            for (Judged j : judged) {
                SearchResults res = index.search(j.query(), SearchFilters.NONE, SearchSort.RELEVANCE, 10);
                List<String> top = res.hits().stream().map(h -> key(h.url())).toList();
                double dcg = 0, rr = 0;
                int found = 0;
                for (int i = 0; i < top.size(); i++) {
                    int g = j.grades().getOrDefault(top.get(i), 0);
                    dcg += (Math.pow(2, g) - 1) / (Math.log(i + 2) / Math.log(2));
                    if (g > 0) {
                        found++;
                        if (rr == 0) {
                            rr = 1.0 / (i + 1);
                        }
                    }
                }
                List<Integer> ideal = j.grades().values().stream().sorted((a, b) -> b - a).limit(10).toList();
                double idcg = 0;
                for (int i = 0; i < ideal.size(); i++) {
                    idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
                }
                double ndcg = dcg / idcg, recall = (double) found / j.grades().size();
                double[] m = new double[] {ndcg, recall, rr, res.total() == 0 ? 1 : 0, 1};
                for (String k : List.of(j.kind(), "all")) {
                    double[] acc = byKind.computeIfAbsent(k, x -> new double[5]);
                    for (int i = 0; i < 5; i++) {
                        acc[i] += m[i];
                    }
                }
                perQuery.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f | %d |%n", label, j.kind(),
                        j.query(), ndcg, recall, rr, res.total()));
            }
        }
        double[] all = byKind.remove("all");
        byKind.put("all", all);
        byKind.forEach((k, a) -> System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f | %d |%n", label, k,
                (int) a[4], a[0] / a[4], a[1] / a[4], a[2] / a[4], (int) a[3]));
        if (args.length > 5) {
            Files.writeString(Path.of(args[5]), perQuery.toString(), StandardCharsets.UTF_8);
        }
    }
}
