package org.gongkai.core.linkcheck;

import java.util.List;

import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.internal.Json;

/**
 * What a link check found: a diagnostic for each place of each broken or unchecked link (sorted), every URL
 * checked with its result (by URL), and the language the messages are meant to be read in.
 */
public record LinkCheckReport(List<Diagnostic> diagnostics, List<CheckedLink> links, DiagnosticLanguage language) {

    public LinkCheckReport {
        diagnostics = List.copyOf(diagnostics);
        links = List.copyOf(links);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public long count(String result) {
        return links.stream().filter(l -> l.result().equals(result)).count();
    }

    /**
     * links.json: the counts, then each URL with its result ("ok", "broken", "unchecked"), the last HTTP status
     * (0 without an answer), why (a keyword of {@link LinkFailure}, empty when it works), the network's words, and
     * every file:line:column that writes it.
     */
    public String json() {
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("checked").value(links.size());
        w.name("ok").value(count("ok"));
        w.name("broken").value(count("broken"));
        w.name("unchecked").value(count("unchecked"));
        w.name("links").beginArray();
        for (CheckedLink l : links) {
            w.beginObject();
            w.name("url").value(l.url());
            w.name("result").value(l.result());
            w.name("status").value(l.status());
            w.name("reason").value(l.failure().map(f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElse(""));
            w.name("detail").value(l.detail());
            w.name("where").beginArray();
            for (SourcePosition p : l.where()) {
                w.beginObject();
                w.name("file").value(p.file());
                w.name("line").value(p.line());
                w.name("column").value(p.column());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString() + "\n";
    }
}
