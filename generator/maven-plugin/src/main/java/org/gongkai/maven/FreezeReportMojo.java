package org.gongkai.maven;

import java.io.File;
import java.time.LocalDate;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.content.Dates;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.scaffold.ReportFreeze;

/**
 * Freezes an annual report for publication: {@code mvn -N gongkai:freeze-report -Dgongkai.year=2025
 * -Dgongkai.organ=czj} writes content/reports/2025/czj.frozen.yaml with every cell as the data says it today.
 * Commit it with the report's publication; from then on the published report stays as it was.
 */
@Mojo(name = "freeze-report", aggregator = true, threadSafe = true)
public class FreezeReportMojo extends AbstractMojo {

    @Parameter(property = "gongkai.contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /** The report's year. */
    @Parameter(property = "gongkai.year", required = true)
    int year;

    /** The organ whose report it is (the file name under content/reports/<year>/). */
    @Parameter(property = "gongkai.organ", required = true)
    String organ;

    /** The language of diagnostics: zh-Hans (default), zh-Hant or en. */
    @Parameter(property = "gongkai.lang", defaultValue = "zh-Hans")
    String lang;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DiagnosticLanguage language = DiagnosticLanguage.of(lang).orElse(DiagnosticLanguage.DEFAULT);
        ReportFreeze.Result r = new ReportFreeze().freeze(contentDirectory.toPath(), year, organ, LocalDate.now(Dates.CHINA));
        for (Diagnostic d : r.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format(language));
            }
        }
        if (r.file().isEmpty()) {
            throw new MojoFailureException("年度报告未固定，原因见上 (the report was not frozen; see above)");
        }
        getLog().info("已固定 " + r.report().get().title() + " → " + contentDirectory.toPath().resolve(r.file().get()));
    }
}
