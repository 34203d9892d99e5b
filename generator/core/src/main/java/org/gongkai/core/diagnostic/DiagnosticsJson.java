package org.gongkai.core.diagnostic;

import java.util.List;

import org.gongkai.core.internal.Json;

/**
 * Writes diagnostics as JSON so that tests and CI read them without scraping logs: stable codes, positions, and
 * the message and hint in the chosen language.
 */
public final class DiagnosticsJson {
    private DiagnosticsJson() {
    }

    public static String write(List<Diagnostic> diagnostics, DiagnosticLanguage language) {
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("language").value(language.tag());
        w.name("errors").value(diagnostics.stream().filter(Diagnostic::isError).count());
        w.name("warnings").value(diagnostics.stream().filter(d -> !d.isError()).count());
        w.name("diagnostics").beginArray();
        for (Diagnostic d : diagnostics) {
            w.beginObject();
            w.name("severity").value(d.severity().label());
            w.name("stage").value(d.stage().label());
            w.name("code").value(d.code().id());
            w.name("file").value(d.file());
            w.name("line").value(d.line());
            w.name("column").value(d.column());
            w.name("message").value(d.message(language));
            w.name("hint").value(d.hint(language));
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }
}
