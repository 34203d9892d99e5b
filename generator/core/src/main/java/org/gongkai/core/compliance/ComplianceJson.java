package org.gongkai.core.compliance;

import org.gongkai.core.internal.Json;

/** The compliance report as JSON for CI (target/gongkai/compliance.json): counts per kind, then every finding. */
public final class ComplianceJson {
    private ComplianceJson() {
    }

    public static String write(ComplianceReport r) {
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("date").value(r.date().toString());
        w.name("counts").beginObject();
        r.counts().forEach((code, n) -> w.name(code.id()).value(n));
        w.endObject();
        w.name("findings").beginArray();
        r.findings().forEach(f -> finding(w, f));
        w.endArray();
        w.name("privacyReviewed").beginArray();
        r.privacyReviewed().forEach(f -> finding(w, f));
        w.endArray();
        w.endObject();
        return w.toString();
    }

    private static void finding(Json.Writer w, ComplianceReport.Finding f) {
        w.beginObject();
        w.name("code").value(f.code().id());
        w.name("organ").value(f.organ());
        w.name("category").value(f.category());
        w.name("file").value(f.file());
        w.name("line").value(f.line());
        w.name("message").value(f.message());
        w.name("href").value(f.href());
        w.endObject();
    }
}
