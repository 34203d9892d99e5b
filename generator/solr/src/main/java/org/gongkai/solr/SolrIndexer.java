package org.gongkai.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.gongkai.core.Progress;
import org.gongkai.core.internal.Json;

/**
 * Sends the sites of a platform to a SolrCloud collection that uses the shipped configset. For each site whose
 * build (a hash of its public documents) differs from the live one:
 * <ol>
 * <li>what a failed earlier run left of the site (documents of a build that never went live) is deleted;
 * <li>the new build's documents are added beside the live build's and committed: readers do not see them yet, since
 * {@code /select} filters on the live versions;
 * <li>the new build is counted through {@code /unfiltered}: every document must be there, on every shard;
 * <li>the live filter (the {@code gongkai_live} parameter set) names the new builds, in one write that Solr applies
 * on every replica before it answers: a reader sees each site's old build whole or its new build whole;
 * <li>the old build's documents are deleted (withdrawn, removed and no longer public items go with it) and the
 * deletes expunged, so that BM25's statistics count only the live documents.
 * </ol>
 * A site whose build is live already is left as it is: sending the same content again changes nothing. Sites of the
 * collection that the platform no longer has are taken out of the live filter and deleted when the platform's sites
 * are given.
 * One indexer at a time per collection: the live filter is read at the start and must be the same just before the
 * switch, or the run stops without switching.
 */
public final class SolrIndexer {
    private static final int BATCH = 500;
    /** The live filter when no site is live: no document has this version. */
    private static final String NOTHING = "-";

    private final SolrClient client;
    private final String collection;
    private final Progress progress;
    /** Run after the new builds are committed and counted, before the switch; for tests of what readers see then. */
    private Runnable beforeSwitch = () -> { };

    public SolrIndexer(SolrClient client, String collection, Progress progress) {
        this.client = client;
        this.collection = collection;
        this.progress = progress;
    }

    SolrIndexer beforeSwitch(Runnable r) {
        this.beforeSwitch = r;
        return this;
    }

    /** What happened to one site. {@code previous} is empty for a site new to the collection. */
    public record SiteReport(String site, Optional<String> previous, String build, int documents, long deleted, boolean unchanged) {
    }

    public record Report(List<SiteReport> sites, List<String> removed) {
    }

    /** The live build of each site, as {@code /select} filters. */
    public Map<String, String> live() throws IOException, SolrServerException {
        GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.GET, "/config/params/" + SolrConfigset.LIVE_PARAMS)
                .setRequiresCollection(true);
        NamedList<Object> rsp = client.request(r, collection);
        Object set = find(rsp, "response", "params", SolrConfigset.LIVE_PARAMS);
        Object versions = set == null ? null : get(set, "gongkai.versions");
        Map<String, String> out = new TreeMap<>();
        if (versions != null) {
            for (String v : versions.toString().split(",")) {
                int at = v.indexOf('@');
                if (at > 0) {
                    out.put(v.substring(0, at), v.substring(at + 1));
                }
            }
        }
        return out;
    }

    /**
     * Sends {@code sites}. With {@code platform} (every site the platform has, including those not sent because their
     * checks failed, which keep their live build), live sites that are not on the platform any more are removed.
     */
    public Report publish(List<SolrDocuments.Site> sites, Optional<java.util.Set<String>> platform) throws IOException, SolrServerException {
        Map<String, String> before = live();
        Map<String, String> next = new TreeMap<>(before);
        List<SiteReport> reports = new ArrayList<>();
        List<SolrDocuments.Site> changed = new ArrayList<>();
        for (SolrDocuments.Site s : sites) {
            String old = before.get(s.id());
            if (s.build().equals(old)) {
                progress.info(String.format(Locale.ROOT, "solr: %s unchanged (build %s, %d documents)", s.id(), s.build(), s.documents().size()));
                reports.add(new SiteReport(s.id(), Optional.of(old), s.build(), s.documents().size(), 0, true));
                continue;
            }
            changed.add(s);
            // 1. what an earlier run left that never went live
            client.deleteByQuery(collection, "+site:\"" + s.id() + "\" -version:\"" + SolrDocuments.Site.version(s.id(), old == null ? NOTHING : old) + "\"");
            // 2. the new build beside the live one
            long t0 = System.nanoTime();
            List<SolrInputDocument> docs = s.documents();
            for (int i = 0; i < docs.size(); i += BATCH) {
                client.add(collection, docs.subList(i, Math.min(docs.size(), i + BATCH)));
            }
            progress.info(String.format(Locale.ROOT, "solr: %s sent %d documents of build %s in %d ms", s.id(), docs.size(), s.build(),
                    (System.nanoTime() - t0) / 1_000_000));
            next.put(s.id(), s.build());
        }
        List<String> removed = new ArrayList<>();
        if (platform.isPresent()) {
            for (String site : before.keySet()) {
                if (!platform.get().contains(site) && sites.stream().noneMatch(s -> s.id().equals(site))) {
                    next.remove(site);
                    removed.add(site);
                }
            }
        }
        if (changed.isEmpty() && removed.isEmpty()) {
            return new Report(reports, removed);
        }
        commit(false);
        // 3. every document of every new build is searchable
        for (SolrDocuments.Site s : changed) {
            long n = count("{!term f=version}" + s.version());
            if (n != s.documents().size()) {
                throw new IOException(String.format(Locale.ROOT, "%s：新版本 %s 在集合中有 %d 条文档，应为 %d 条；没有切换，读者看到的仍是原来的版本"
                        + " (%s: build %s has %d documents in the collection instead of %d; not switched)",
                        s.id(), s.build(), n, s.documents().size(), s.id(), s.build(), n, s.documents().size()));
            }
        }
        beforeSwitch.run();
        // 4. the switch, in one write, if no other run switched meanwhile
        if (!live().equals(before)) {
            throw new IOException("另一个索引任务同时更新了集合 " + collection + "，本次没有切换；请重新运行 (another indexer switched "
                    + collection + " meanwhile; nothing was switched, run again)");
        }
        setLive(next);
        progress.info("solr: live " + String.join(",", next.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).toList()));
        // 5. the old builds go
        for (SolrDocuments.Site s : changed) {
            String q = "+site:\"" + s.id() + "\" -version:\"" + s.version() + "\"";
            long old = count(q);
            client.deleteByQuery(collection, q);
            String previous = before.get(s.id());
            reports.add(new SiteReport(s.id(), Optional.ofNullable(previous), s.build(), s.documents().size(),
                    Math.max(0, old), false));
            progress.info(String.format(Locale.ROOT, "solr: %s build %s live (was %s); %d documents of older builds deleted", s.id(), s.build(),
                    previous == null ? "none" : previous, old));
        }
        for (String site : removed) {
            client.deleteByQuery(collection, "+site:\"" + site + "\"");
            progress.info("solr: " + site + " is no longer on the platform: taken out of the live filter and deleted");
        }
        commit(true);
        reports.sort(java.util.Comparator.comparing(SiteReport::site));
        return new Report(reports, removed);
    }

    /** Documents matching a filter, live or not. */
    long count(String filter) throws IOException, SolrServerException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("fq", filter);
        p.set("rows", 0);
        QueryRequest r = new QueryRequest(p);
        r.setPath("/unfiltered");
        return r.process(client, collection).getResults().getNumFound();
    }

    private void commit(boolean expungeDeletes) throws IOException, SolrServerException {
        UpdateRequest u = new UpdateRequest();
        u.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        if (expungeDeletes) {
            u.setParam("expungeDeletes", "true");
        }
        u.process(client, collection);
    }

    private void setLive(Map<String, String> live) throws IOException, SolrServerException {
        String versions = String.join(",", live.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).toList());
        String fq = "{!terms f=version}" + (versions.isEmpty() ? NOTHING : versions);
        String body = "{\"set\":{" + Json.quote(SolrConfigset.LIVE_PARAMS) + ":{\"gongkai.versions\":" + Json.quote(versions)
                + ",\"_appends_\":{\"fq\":" + Json.quote(fq) + "}}}}";
        ModifiableSolrParams p = new ModifiableSolrParams();
        // Solr answers once every replica of the collection has the new parameter set.
        p.set("updateTimeoutSecs", 60);
        GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.POST, "/config/params", p)
                .withContent(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json")
                .setRequiresCollection(true);
        NamedList<Object> rsp = client.request(r, collection);
        Object errors = rsp.get("errorMessages");
        if (errors != null) {
            throw new IOException("the live filter was not written: " + errors);
        }
    }

    private static Object find(Object node, String... path) {
        Object cur = node;
        for (String k : path) {
            if (cur == null) {
                return null;
            }
            cur = get(cur, k);
        }
        return cur;
    }

    private static Object get(Object node, String key) {
        if (node instanceof NamedList<?> nl) {
            return nl.get(key);
        }
        if (node instanceof Map<?, ?> m) {
            return m.get(key);
        }
        return null;
    }

    static String join(Collection<String> c) {
        return String.join(",", c);
    }
}
