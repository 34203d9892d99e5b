package org.gongkai.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.gongkai.core.internal.Json;

/**
 * A real SolrCloud for tests and the benchmark: ZooKeeper and {@code nodes} Solr nodes on 127.0.0.1, the shipped
 * configset; for SolrCloudIT with Basic Authentication and rule-based authorization.
 */
final class TestCluster {
    private TestCluster() {
    }

    /**
     * The test framework's solr.xml with the clause limit docs/platform.md sets on every node
     * (solr.max.booleanClauses=65536, the static engine's own): a query of many words with synonyms, its tiers and
     * their order has more term clauses than Lucene's default 1024.
     */
    static final String SOLR_XML = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace("<solr>",
            "<solr>\n  <int name=\"maxBooleanClauses\">${solr.max.booleanClauses:65536}</int>");

    static MiniSolrCloudCluster start(Path dir, int nodes, String collection, int shards, int replicas) throws Exception {
        MiniSolrCloudCluster c = new MiniSolrCloudCluster(nodes, dir.resolve("cluster"), SOLR_XML, JettyConfig.builder().build());
        create(c, c.getSolrClient(), dir, collection, shards, replicas);
        return c;
    }

    /** A user of the secured cluster: a name, a password, a role of {@link #securityJson}. */
    record User(String name, String password, String role) {
    }

    /**
     * The cluster with Basic Authentication and rule-based authorization (security.json in ZooKeeper) as
     * docs/platform.md sets it up: the indexer's role may update and edit the configuration (the live parameter
     * set), the operator's may also create collections; reads are open (the public reaches /select through the
     * proxy). The collection is created by the operator, as gongkai:solr-configset would.
     */
    static MiniSolrCloudCluster startSecured(Path dir, int nodes, String collection, int shards, int replicas, User operator,
                                             List<User> users) throws Exception {
        MiniSolrCloudCluster c = new MiniSolrCloudCluster.Builder(nodes, dir.resolve("cluster")).withSolrXml(SOLR_XML)
                .withSecurityJson(securityJson(users)).build();
        SolrConnection admin = SolrConnection.zk(c.getZkServer().getZkAddress(), java.util.Optional.of(operator.name()),
                java.util.Optional.of(operator.password()));
        try (var client = admin.open()) {
            create(c, client, dir, collection, shards, replicas);
        }
        return c;
    }

    private static void create(MiniSolrCloudCluster c, org.apache.solr.client.solrj.SolrClient client, Path dir, String collection,
                               int shards, int replicas) throws Exception {
        c.uploadConfigSet(SolrConfigset.writeTo(dir.resolve("configset")), collection);
        // as gongkai:solr-configset -Dgongkai.solrCreate=true creates it
        SolrConfigset.createCollection(client, collection, shards, replicas);
        c.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
    }

    static String securityJson(List<User> users) {
        StringBuilder credentials = new StringBuilder(), roles = new StringBuilder();
        for (User u : users) {
            credentials.append(credentials.length() > 0 ? "," : "").append(Json.quote(u.name())).append(':')
                    .append(Json.quote(org.apache.solr.security.Sha256AuthenticationProvider.getSaltedHashedValue(u.password())));
            roles.append(roles.length() > 0 ? "," : "").append(Json.quote(u.name())).append(":[").append(Json.quote(u.role())).append(']');
        }
        return "{\"authentication\":{\"class\":\"solr.BasicAuthPlugin\",\"blockUnknown\":false,\"credentials\":{" + credentials + "}},"
                + "\"authorization\":{\"class\":\"solr.RuleBasedAuthorizationPlugin\",\"permissions\":["
                + "{\"name\":\"security-edit\",\"role\":\"operator\"},"
                + "{\"name\":\"collection-admin-edit\",\"role\":\"operator\"},"
                + "{\"name\":\"config-edit\",\"role\":[\"operator\",\"indexer\"]},"
                + "{\"name\":\"update\",\"role\":\"indexer\"}],"
                + "\"user-role\":{" + roles + "}}}";
    }

    /**
     * The data the platform's search page reads (t2s/, syn/, meta.js: the platform home's search/ folder), with the
     * built-in synonyms for every site, for query-params.js.
     */
    static Path searchData(Path searchDir) throws java.io.IOException {
        for (var e : org.gongkai.core.platform.SearchPageData.files(java.util.Map.of()).entrySet()) {
            Path f = searchDir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        return searchDir;
    }
}
