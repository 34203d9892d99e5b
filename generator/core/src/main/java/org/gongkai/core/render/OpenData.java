package org.gongkai.core.render;

import java.util.List;

import org.gongkai.core.content.Item;
import org.gongkai.core.internal.Json;
import org.gongkai.core.model.Entry;

/** items.json and items.csv: the listed items' metadata as open data. */
final class OpenData {
    private static final String[] COLUMNS = {"index", "title", "url", "organ", "organ_code", "category", "written",
        "published", "last_updated", "doc_number", "genre", "validity", "lang", "summary"};

    private OpenData() {
    }

    private static String[] row(String baseUrl, Entry e) {
        Item i = e.item();
        return new String[] {i.index(), i.title(), baseUrl + e.url(), e.organ().name(), e.organ().code(),
            e.category().name(), i.written().toString(), e.firstPublished().toString(), e.lastUpdated().toString(),
            i.docNumber(), ViewFactory.key(i.genre()), ViewFactory.key(e.validity()), i.lang().tag(), i.summary()};
    }

    static String json(String baseUrl, List<Entry> entries) {
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("count").value(entries.size());
        w.name("items").beginArray();
        for (Entry e : entries) {
            String[] r = row(baseUrl, e);
            w.beginObject();
            for (int c = 0; c < COLUMNS.length; c++) {
                w.name(COLUMNS[c]).value(r[c]);
            }
            w.name("keywords").beginArray();
            e.item().keywords().forEach(w::value);
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }

    /** RFC 4180 CSV with a UTF-8 byte order mark, which spreadsheet programs need to read Chinese text. */
    static String csv(String baseUrl, List<Entry> entries) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", COLUMNS)).append("\r\n");
        for (Entry e : entries) {
            String[] r = row(baseUrl, e);
            for (int c = 0; c < r.length; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                sb.append(cell(r[c]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** One CSV field: quoted when it must be, and never read as a formula. */
    static String cell(String v) {
        // A leading = + - @ would be run as a formula by spreadsheet programs.
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
