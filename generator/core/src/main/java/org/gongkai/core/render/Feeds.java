package org.gongkai.core.render;

import java.time.OffsetDateTime;
import org.gongkai.core.content.Dates;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.gongkai.core.internal.Markup;
import org.gongkai.core.model.Entry;

/**
 * Atom feeds. "updated" comes from the items, never from the clock, so that the same content gives the same feed.
 */
final class Feeds {
    static final int SIZE = 50;
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Feeds() {
    }

    static String atom(String baseUrl, String feedPath, String title, String pageHref, List<Entry> entries,
                       java.util.function.Function<Entry, String> summary) {
        List<Entry> top = entries.stream().limit(SIZE).toList();
        OffsetDateTime updated = top.stream().map(Feeds::updated).max(Comparator.naturalOrder())
                .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, Dates.CHINA));
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.append("  <title>").append(Markup.escape(title)).append("</title>\n");
        sb.append("  <id>").append(Markup.escape(baseUrl + feedPath)).append("</id>\n");
        sb.append("  <link rel=\"self\" href=\"").append(Markup.escape(baseUrl + feedPath)).append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Markup.escape(baseUrl + pageHref)).append("\"/>\n");
        sb.append("  <updated>").append(RFC3339.format(updated)).append("</updated>\n");
        for (Entry e : top) {
            sb.append("  <entry>\n");
            sb.append("    <title>").append(Markup.escape(e.item().title())).append("</title>\n");
            sb.append("    <id>").append(Markup.escape(baseUrl + e.url())).append("</id>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Markup.escape(baseUrl + e.url())).append("\"/>\n");
            sb.append("    <published>").append(RFC3339.format(e.published())).append("</published>\n");
            sb.append("    <updated>").append(RFC3339.format(updated(e))).append("</updated>\n");
            sb.append("    <author><name>").append(Markup.escape(e.organ().name())).append("</name></author>\n");
            sb.append("    <category term=\"").append(Markup.escape(e.category().id())).append("\" label=\"")
                    .append(Markup.escape(e.category().name())).append("\"/>\n");
            sb.append("    <summary>").append(Markup.escape(summary.apply(e))).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    static OffsetDateTime updated(Entry e) {
        OffsetDateTime last = e.lastUpdated().atStartOfDay().atOffset(Dates.CHINA);
        return last.isAfter(e.published()) ? last : e.published();
    }
}
