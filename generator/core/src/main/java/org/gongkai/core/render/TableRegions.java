package org.gongkai.core.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.internal.Markup;

/**
 * The tables of a sanitized body, each in a scroll region of its own: a wide table (a month-by-month account of
 * a 村务公开 item) scrolls sideways inside its region instead of widening the page, and the region is focusable
 * and named so that a keyboard can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable). Only markup the
 * sanitizer wrote is matched: text that looks like a tag reaches here escaped.
 */
final class TableRegions {
    private static final Pattern TABLE = Pattern.compile("<table[ >]|</table>");

    private TableRegions() {
    }

    /** {@code html}: a body as {@link MarkdownRenderer#toHtml} gives it; {@code label}: the regions' name. */
    static String wrap(String html, String label) {
        if (!html.contains("<table")) {
            return html;
        }
        String open = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"" + Markup.escape(label) + "\">";
        Matcher m = TABLE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 128);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().startsWith("</") ? "</table></div>" : open + m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
