package org.gongkai.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * The test cluster as a server, to try the goals by hand: starts ZooKeeper and 2 Solr nodes on 127.0.0.1 with the
 * collection {@code gongkai} (2 shards × 2 replicas), writes the ZooKeeper address and the nodes' URLs into
 * {@code ADDRESS_FILE}, and runs until STOP_FILE appears (or the process is ended).
 *
 * <p>Usage: SolrCloudServer WORK_DIR ADDRESS_FILE STOP_FILE
 */
public final class SolrCloudServer {
    private SolrCloudServer() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path address = Path.of(args[1]);
        Path stop = Path.of(args[2]);
        Files.createDirectories(work);
        MiniSolrCloudCluster cluster = TestCluster.start(work, 2, "gongkai", 2, 2);
        StringBuilder urls = new StringBuilder();
        cluster.getJettySolrRunners().forEach(j -> urls.append(urls.length() > 0 ? "," : "").append(j.getBaseUrl()));
        Files.writeString(address, "zk=" + cluster.getZkServer().getZkAddress() + "\nurls=" + urls + "\n", StandardCharsets.UTF_8);
        System.out.println("SolrCloud ready: " + Files.readString(address));
        while (!Files.exists(stop)) {
            Thread.sleep(500);
        }
        cluster.shutdown();
        System.exit(0);
    }
}
