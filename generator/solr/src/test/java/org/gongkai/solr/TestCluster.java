package org.gongkai.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.gongkai.core.internal.Json;
import org.gongkai.core.search.TraditionalSimplified;

/** A real SolrCloud for tests and the benchmark: ZooKeeper and {@code nodes} Solr nodes on 127.0.0.1, the shipped configset. */
final class TestCluster {
    private TestCluster() {
    }

    static MiniSolrCloudCluster start(Path dir, int nodes, String collection, int shards, int replicas) throws Exception {
        MiniSolrCloudCluster c = new MiniSolrCloudCluster(nodes, dir.resolve("cluster"), JettyConfig.builder().build());
        c.uploadConfigSet(SolrConfigset.writeTo(dir.resolve("configset")), collection);
        // as gongkai:solr-configset -Dgongkai.solrCreate=true creates it
        SolrConfigset.createCollection(c.getSolrClient(), collection, shards, replicas);
        c.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
        return c;
    }

    /** The browser's Traditional→Simplified table as a portal's search/t2s/ has it, for query-params.js. */
    static Path t2s(Path searchDir) throws java.io.IOException {
        Files.createDirectories(searchDir.resolve("t2s"));
        for (var e : TraditionalSimplified.buckets().entrySet()) {
            Files.writeString(searchDir.resolve("t2s/" + e.getKey() + ".js"),
                    "gongkai._data(" + Json.quote("t2s/" + e.getKey()) + "," + Json.quote(e.getValue()) + ");\n", StandardCharsets.UTF_8);
        }
        return searchDir;
    }
}
