package org.gongkai.core.platform;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.internal.Json;
import org.gongkai.core.search.SearchQuery;
import org.gongkai.core.search.Synonyms;
import org.gongkai.core.search.TraditionalSimplified;

/** The data the platform's cross-site search page reads beside it (the home's search/ folder). */
public final class SearchPageData {
    private SearchPageData() {
    }

    /**
     * The files, by their path under search/: the Traditional→Simplified table (t2s/k.js, as in
     * a site's export), the synonyms, so that a query within one site reads the table that site's own search applies
     * (syn/<site>/k.js) and one across sites the built-in table (syn/k.js), and meta.js (what the query needs to read
     * them). Public for the SolrCloud tests and benchmark, which send the page's requests.
     */
    public static Map<String, byte[]> files(Map<String, Synonyms> siteSynonyms) {
        Map<String, byte[]> files = new TreeMap<>();
        TraditionalSimplified.buckets().forEach((k, pairs) -> files.put("t2s/" + k + ".js", data("t2s/" + k, Json.quote(pairs))));
        files.put("meta.js", data("meta", "{\"synonymShards\":" + Synonyms.SHARDS + ",\"synonymBoost\":"
                + SearchQuery.SYNONYM_BOOST + "}"));
        synonymFiles(files, "syn/", Synonyms.builtIn());
        siteSynonyms.forEach((site, synonyms) -> synonymFiles(files, "syn/" + site + "/", synonyms));
        return files;
    }

    private static void synonymFiles(Map<String, byte[]> files, String prefix, Synonyms synonyms) {
        for (int k = 0; k < Synonyms.SHARDS; k++) {
            files.put(prefix + k + ".js", data(prefix + k, synonyms.shardJson(k)));
        }
    }

    /** A data file the page loads with a script tag: it hands its value to gongkai._data (as a portal's export). */
    private static byte[] data(String name, String json) {
        return ("gongkai._data(" + Json.quote(name) + "," + json + ");\n").getBytes(StandardCharsets.UTF_8);
    }

}
