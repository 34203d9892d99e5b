package org.gongkai.core.serve;

import java.util.Locale;
import java.util.Map;

/** Media types by file extension, for what a portal holds: pages, styles, feeds, open data and attachments. */
final class ContentTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ofd", "application/ofd"),
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    static String of(String sitePath) {
        if (sitePath.startsWith(org.gongkai.core.model.PortalLayout.FEEDS) && sitePath.endsWith(".xml")) {
            return "application/atom+xml; charset=utf-8";
        }
        int dot = sitePath.lastIndexOf('.');
        int slash = sitePath.lastIndexOf('/');
        String ext = dot > slash ? sitePath.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }

    static boolean isHtml(String sitePath) {
        return of(sitePath).startsWith("text/html");
    }
}
