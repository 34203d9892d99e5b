package org.gongkai.solr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.apache.solr.common.SolrInputDocument;
import org.gongkai.core.content.Category;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.platform.SiteId;
import org.gongkai.core.search.SearchDocument;
import org.gongkai.core.search.SearchDocuments;
import org.gongkai.core.search.SearchField;
import org.gongkai.core.search.StaticExport;

/**
 * A site's documents for the collection: exactly the documents of its static search ({@link SearchDocuments#of}, the
 * model's listed entries of a public build: what is public now, nothing withdrawn, internal, on-request, exempt,
 * draft or scheduled), with the same texts in the same fields, each field's text in the shared and the site's own
 * field, its tier fields' terms, the filters, the site's order ({@code rank}, its list position, newest first) and what a result shows.
 * The build id is a hash of all of it: the same public content gives the same build, and sending it again changes
 * nothing.
 */
public final class SolrDocuments {
    /** Fields of the schema (configset/schema.xml). */
    public static final String ID = "id";
    public static final String SITE = "site";
    public static final String BUILD = "build";
    public static final String VERSION = "version";

    private SolrDocuments() {
    }

    /** The documents of one site, and the build they make. */
    public record Site(String id, String name, String build, List<SolrInputDocument> documents) {
        public Site {
            documents = List.copyOf(documents);
        }

        public String version() {
            return version(id, build);
        }

        public static String version(String site, String build) {
            return site + "@" + build;
        }
    }

    /** The shared field of a search field, e.g. {@code t_title}. */
    public static String shared(SearchField f) {
        return "t_" + f.field();
    }

    /** The site's own field of a search field, e.g. {@code st_title_linhe-xian}. */
    public static String ofSite(SearchField f, String site) {
        return "st_" + f.field() + "_" + site;
    }

    public static Site of(String siteId, SiteModel model) {
        if (!SiteId.valid(siteId)) {
            throw new IllegalArgumentException("not a site id: " + siteId);
        }
        if (model.mode() != BuildMode.PUBLIC) {
            // Only a public build's model decides what is public; an internal one lists internal items.
            throw new IllegalArgumentException("only a public build's model can be sent to a search collection, not " + model.mode());
        }
        List<SearchDocument> docs = SearchDocuments.of(model);
        List<Entry> listed = model.listed();
        String name = model.content().site().name();
        List<SolrInputDocument> out = new ArrayList<>(docs.size());
        MessageDigest digest = sha256();
        for (int rank = 0; rank < docs.size(); rank++) {
            SearchDocument d = docs.get(rank);
            Entry e = listed.get(rank);
            if (!e.url().equals(d.url())) {
                throw new IllegalStateException("search documents out of the model's order at " + rank);
            }
            SolrInputDocument s = new SolrInputDocument();
            s.addField(SITE, siteId);
            for (SearchField f : SearchField.values()) {
                String text = f.of(d);
                // As in the static index, an empty text leaves the field out (it counts in no field statistics).
                if (!text.isBlank()) {
                    s.addField(shared(f), text);
                    s.addField(ofSite(f, siteId), text);
                }
            }
            // the tier fields: membership only, the same terms as the static index's
            SearchDocuments.Sets sets = SearchDocuments.sets(d);
            sets.trigrams().forEach(t -> s.addField(SearchField.TRIGRAMS, t));
            sets.skips().forEach(t -> s.addField(SearchField.SKIPS, t));
            sets.keys().forEach(t -> s.addField(SearchField.KEYS, t));
            for (String c : d.categories()) {
                s.addField("category", siteId + "/" + c);
            }
            s.addField("organ", siteId + "/" + d.organ());
            s.addField("genre", d.genre());
            s.addField("validity", d.validity());
            s.addField("year", d.year());
            s.addField("rank", rank);
            s.addField("pubtime", Date.from(e.published().toInstant()));
            s.addField("url", d.url());
            s.addField("title", d.title());
            s.addField("date", d.date().toString());
            s.addField("lang", d.lang());
            if (!d.docNumber().isBlank()) {
                s.addField("docnum", d.docNumber());
            }
            s.addField("site_name", name);
            s.addField("organ_name", e.organ().name());
            s.addField("category_name", categoryName(model, d.category()));
            s.addField("excerpt", excerpt(d));
            for (String field : s.getFieldNames().stream().sorted().toList()) {
                for (Object v : s.getFieldValues(field)) {
                    digest.update((field + "\u0000" + (v instanceof Date t ? t.toInstant().toString() : v) + "\u0001")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            digest.update((byte) '\n');
            out.add(s);
        }
        String build = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        for (SolrInputDocument s : out) {
            String url = (String) s.getFieldValue("url");
            // '!' would make SolrCloud's compositeId router read a route prefix; URLs hardly have one.
            s.addField(ID, siteId + "/" + build + "/" + url.replace("!", "%21"));
            s.addField(BUILD, build);
            s.addField(VERSION, Site.version(siteId, build));
        }
        return new Site(siteId, name, build, out);
    }

    private static String categoryName(SiteModel model, String id) {
        return model.content().catalog().get(id).map(Category::name).orElse(id);
    }

    /** The text a result's snippet is cut from, as the static export's fragments hold it. */
    static String excerpt(SearchDocument d) {
        String text = (d.summary().isBlank() ? d.body() : d.summary() + " " + d.body()).replaceAll("\\s+", " ").strip();
        int max = StaticExport.Layout.DEFAULT.excerptChars();
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
