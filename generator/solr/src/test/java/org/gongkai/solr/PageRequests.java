package org.gongkai.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.solr.common.params.ModifiableSolrParams;
import org.gongkai.core.FixtureSite;

/**
 * The requests the platform's search page sends: queries through solr-query.js under Node, over the browser's
 * analysis (engine.js's parseQuery, analysis.js) with a portal's Traditional→Simplified table.
 */
final class PageRequests {
    static final Path ASSETS = FixtureSite.theme().resolve("assets").toAbsolutePath();

    private PageRequests() {
    }

    /** One query of the page: words, a site (or none), the site's own filter ids, an order. */
    public record PageQuery(String q, String site, Map<String, Object> filters, String sort, int rows) {
        static PageQuery of(String q) {
            return new PageQuery(q, "", Map.of(), "relevance", 20);
        }

        PageQuery site(String s) {
            return new PageQuery(q, s, filters, sort, rows);
        }

        PageQuery rows(int n) {
            return new PageQuery(q, site, filters, sort, n);
        }

        PageQuery filter(String k, Object v) {
            Map<String, Object> f = new LinkedHashMap<>(filters);
            f.put(k, v);
            return new PageQuery(q, site, f, sort, rows);
        }
    }

    /** The requests solr-query.js makes for these queries (null where the words have no terms). */
    @SuppressWarnings("unchecked")
    static List<ModifiableSolrParams> params(List<PageQuery> queries, Path searchDir, Path work) throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < queries.size(); i++) {
            PageQuery q = queries.get(i);
            json.append(i > 0 ? "," : "").append("{\"q\":").append(quote(q.q())).append(",\"site\":").append(quote(q.site()))
                    .append(",\"sort\":").append(quote(q.sort())).append(",\"rows\":").append(q.rows()).append(",\"filters\":{");
            int k = 0;
            for (Map.Entry<String, Object> f : q.filters().entrySet()) {
                json.append(k++ > 0 ? "," : "").append(quote(f.getKey())).append(':')
                        .append(f.getValue() instanceof Number ? f.getValue().toString() : quote(f.getValue().toString()));
            }
            json.append("}}");
        }
        Path file = Files.createTempFile(work, "queries", ".json");
        Files.writeString(file, json.append("]").toString(), StandardCharsets.UTF_8);
        // from the test classpath: the same in the module's tests and in bench/solr-bench.sh (run from the root)
        Path script = Path.of(PageRequests.class.getResource("/solr/query-params.js").toURI());
        Process p = new ProcessBuilder(node(), script.toString(), ASSETS.toString(), searchDir.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("node query-params.js").isZero();
        List<Object> all = (List<Object>) org.gongkai.core.search.MiniJson.parse(new String(out, StandardCharsets.UTF_8));
        List<ModifiableSolrParams> result = new ArrayList<>();
        for (Object one : all) {
            if (one == null) {
                result.add(null);
                continue;
            }
            ModifiableSolrParams sp = new ModifiableSolrParams();
            for (Object pair : (List<Object>) one) {
                List<Object> nv = (List<Object>) pair;
                sp.add((String) nv.get(0), (String) nv.get(1));
            }
            result.add(sp);
        }
        return result;
    }

    /** A request as the page's URL carries it (solr-query.js queryString). */
    static String queryString(ModifiableSolrParams p) {
        StringBuilder sb = new StringBuilder();
        for (java.util.Iterator<String> it = p.getParameterNamesIterator(); it.hasNext(); ) {
            String name = it.next();
            for (String v : p.getParams(name)) {
                sb.append(sb.length() > 0 ? "&" : "").append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    static String node() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "node"))) {
                return Path.of(dir, "node").toString();
            }
        }
        throw new IllegalStateException("the SolrCloud test needs Node.js 20 or newer on the PATH (apt-get install nodejs)");
    }

    static String quote(String s) {
        return org.gongkai.core.internal.Json.quote(s);
    }
}
