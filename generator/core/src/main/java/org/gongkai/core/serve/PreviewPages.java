package org.gongkai.core.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.core.internal.Markup;
import org.gongkai.core.diagnostic.Diagnostic;

/**
 * What the server adds to the HTML it serves, and the pages it makes itself. Added only to responses, never to
 * templates or built portals: the live-reload script and, when the latest rebuild failed, an overlay listing its
 * errors over the last good page. The texts are bilingual and built in (not theme messages) because the theme
 * itself may be what is broken.
 */
final class PreviewPages {
    static final String EVENTS_PATH = "/__gongkai/events";
    static final String WORKER_PATH = "/__gongkai/live.js";

    private PreviewPages() {
    }

    /** Inserts the script (and overlay) before the last {@code </body>}, or at the end of a page without one. */
    static byte[] inject(byte[] html, String version, List<Diagnostic> errors) {
        String page = new String(html, StandardCharsets.UTF_8);
        String snippet = (errors.isEmpty() ? "" : overlay(errors)) + script(version);
        int at = page.lastIndexOf("</body>");
        String out = at < 0 ? page + snippet : page.substring(0, at) + snippet + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reloads the page when the server has a newer version than the one the page was served with (or is another
     * run of the server). The server sends its version as soon as a stream opens, so a rebuild between serving
     * the page and opening the stream is not missed; EventSource reconnects by itself after a restart. Open pages
     * share one stream through a SharedWorker: a browser allows only six connections to one host, and six open
     * tabs each holding its own stream would stall every further request.
     */
    static String script(String version) {
        return "<script data-gongkai-preview>/* gongkai:serve live reload: preview only */\n"
                + "(function(){var v=\"" + version + "\".split(\".\");"
                + "function seen(d){var n=String(d).split(\".\");"
                + "if(n[0]!==v[0]||Number(n[1])>Number(v[1])){location.reload();}}"
                + "if(window.SharedWorker){var w=new SharedWorker(\"" + WORKER_PATH + "\");"
                + "w.port.onmessage=function(e){seen(e.data);};w.port.start();}"
                + "else{var s=new EventSource(\"" + EVENTS_PATH + "\");s.onmessage=function(e){seen(e.data);};}"
                + "})();\n</script>\n";
    }

    /** The SharedWorker: one stream for all open pages; tells each new page the latest version at once. */
    static final String WORKER = "/* gongkai:serve live reload */\n"
            + "var ports=[],last=null,s=new EventSource(\"" + EVENTS_PATH + "\");\n"
            + "s.onmessage=function(e){last=e.data;ports.forEach(function(p){p.postMessage(last);});};\n"
            + "onconnect=function(e){var p=e.ports[0];ports.push(p);if(last!==null){p.postMessage(last);}};\n";

    static String overlay(List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div id=\"gongkai-diagnostics\" role=\"alert\" lang=\"zh-Hans\" style=\"position:fixed;left:0;right:0;"
                + "bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff5f5;color:#4a0000;"
                + "border-top:4px solid #b00020;padding:12px 20px;font:14px/1.5 system-ui,sans-serif;"
                + "box-shadow:0 -4px 16px rgba(0,0,0,.25)\">");
        sb.append("<p style=\"margin:0 0 8px;font-weight:bold\">内容有错误，页面显示的是上一次成功的预览 — "
                + "<span lang=\"en\">The content has errors; this is the last good preview</span></p>");
        sb.append(list(errors));
        sb.append("</div>\n");
        return sb.toString();
    }

    private static String list(List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder("<ol style=\"margin:0;padding-left:1.5em\">");
        for (Diagnostic d : errors) {
            sb.append("<li><code>").append(escape(d.location())).append("</code> ")
                    .append(escape(org.gongkai.core.diagnostic.MessageCatalog.of(org.gongkai.core.diagnostic.DiagnosticLanguage.DEFAULT)
                            .severity(d.severity()))).append(" [").append(escape(d.code().id())).append("] ")
                    .append(escape(d.message()));
            if (!d.hint().isEmpty()) {
                sb.append(" — <em>").append(escape(d.hint())).append("</em>");
            }
            sb.append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    /** A page of its own, when there is no good build to show (the first build failed) or a page fails to render. */
    static byte[] problemPage(String title, List<Diagnostic> errors, String detail, String version) {
        String body = "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>" + escape(title) + "</title>\n</head>\n"
                + "<body style=\"font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222\">\n"
                + "<h1 style=\"color:#b00020;font-size:1.4em\">" + escape(title) + "</h1>\n"
                + (errors.isEmpty() ? "" : list(errors) + "\n")
                + (detail.isEmpty() ? "" : "<pre style=\"white-space:pre-wrap\">" + escape(detail) + "</pre>\n")
                + "<p>保存修改后本页会自动刷新。<span lang=\"en\">This page reloads by itself when you save a fix.</span></p>\n"
                + "</body>\n</html>\n";
        return inject(body.getBytes(StandardCharsets.UTF_8), version, List.of());
    }

    static String escape(String s) {
        return Markup.escape(s);
    }
}
