package org.gongkai.core.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.content.Content;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.load.ContentLoader;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AnnualReports;
import org.gongkai.core.report.ReportFreezer;
import org.gongkai.core.write.WriteFailure;

/**
 * {@code gongkai:freeze-report}: writes content/reports/&lt;yyyy&gt;/&lt;organ&gt;.frozen.yaml, the report's cells as the
 * data says them today, so that once the report is published it stays as it was. The editor commits the file with
 * the publication (or, for a correction, with the correction note).
 */
public final class ReportFreeze {

    /** The file written (relative to the content folder), or the reasons none was. */
    public record Result(Optional<String> file, Optional<AnnualReport> report, List<Diagnostic> diagnostics) {
    }

    public Result freeze(Path contentDir, int year, String organ, LocalDate today) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Content> content = new ContentLoader(diagnostics).load(contentDir);
        if (content.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), diagnostics.sorted());
        }
        Optional<AnnualReport> report = new AnnualReports(content.get(), today, new Diagnostics()).computed(year, organ);
        if (report.isEmpty()) {
            diagnostics.add(Code.MISSING_FILE, SourcePosition.of("reports/" + year + "/" + organ + ".yaml"),
                    "reports/" + year + "/" + organ + ".yaml");
            return new Result(Optional.empty(), Optional.empty(), diagnostics.sorted());
        }
        String source = report.get().source().file();
        String rel = source.substring(0, source.length() - ".yaml".length()) + ".frozen.yaml";
        try {
            Files.writeString(contentDir.resolve(rel), ReportFreezer.yaml(report.get(), today), StandardCharsets.UTF_8);
        } catch (IOException e) {
            WriteFailure failure = WriteFailure.of(e);
            diagnostics.add(Code.WRITE_FAILED, SourcePosition.of(rel), failure.file().orElse(rel), failure.reason(),
                    Phrase.hint(failure.kind(), contentDir));
            return new Result(Optional.empty(), report, diagnostics.sorted());
        }
        return new Result(Optional.of(rel), report, diagnostics.sorted());
    }
}
