package org.gongkai.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The configset shipped with the plugin ({@code org/gongkai/solr/configset/}): schema.xml (the static engine's
 * analysis, BM25 with its parameters, the site as a field), solrconfig.xml (the live filter of {@code /select},
 * exact distributed statistics) and params.json (the live filter before the first update: nothing).
 */
public final class SolrConfigset {
    public static final List<String> FILES = List.of("schema.xml", "solrconfig.xml", "params.json");
    /** The request parameter set {@code /select} applies; the indexer rewrites it. */
    public static final String LIVE_PARAMS = "gongkai_live";

    private SolrConfigset() {
    }

    /** Every file by name, as shipped. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String f : FILES) {
            try (InputStream in = SolrConfigset.class.getResourceAsStream("configset/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("configset file missing from the plugin: " + f);
                }
                out.put(f, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Writes the configset into {@code dir} (for {@code bin/solr zk upconfig -d dir}); returns {@code dir}. */
    public static Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : files().entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }

    /** The configset as a zip, for the Configsets API's UPLOAD. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files().entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setTime(1767225600000L); // 2026-01-01: the same bytes every time
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Uploads the configset under {@code name} through the Configsets API (overwriting one of that name). Solr
     * refuses to overwrite a configset in use by a collection unless it was uploaded by an authenticated user:
     * use credentials, or {@code bin/solr zk upconfig}.
     */
    public static void upload(SolrClient client, String name) throws IOException, SolrServerException {
        ContentStreamBase.ByteArrayStream stream = new ContentStreamBase.ByteArrayStream(zip(), name + ".zip", "application/zip");
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                .setConfigSetName(name)
                .setUploadStream(stream)
                .setOverwrite(true)
                .setCleanup(true);
        upload.process(client);
    }

    /**
     * Creates the collection {@code name} on the configset of that name ({@code shards} × {@code replicas}) unless it
     * exists; true when it was created.
     */
    public static boolean createCollection(SolrClient client, String name, int shards, int replicas) throws IOException, SolrServerException {
        if (CollectionAdminRequest.listCollections(client).contains(name)) {
            return false;
        }
        CollectionAdminRequest.createCollection(name, name, shards, replicas).process(client);
        return true;
    }
}
