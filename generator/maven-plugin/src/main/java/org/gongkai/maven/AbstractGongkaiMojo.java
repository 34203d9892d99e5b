package org.gongkai.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.BuildResult;
import org.gongkai.core.BuildSummary;
import org.gongkai.core.Gongkai;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.GithubAnnotations;
import org.gongkai.core.model.BuildMode;

/** Parameters shared by the goals, and the mapping of engine results to Maven's log and outcome. */
abstract class AbstractGongkaiMojo extends AbstractMojo {

    /** The content folder: site.yaml, catalog.yaml, items/, pages/, attachments/. */
    @Parameter(property = "gongkai.contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /** The theme folder: templates/, messages/, assets/. */
    @Parameter(property = "gongkai.themeDirectory", defaultValue = "${project.basedir}/themes/default")
    File themeDirectory;

    /** Where the portal goes; defaults to target/portal, or target/portal-internal for the internal build. */
    @Parameter(property = "gongkai.outputDirectory")
    File outputDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** {@code public} (the public portal) or {@code internal} (adds internal and on-request items, marked). */
    @Parameter(property = "gongkai.audience", defaultValue = "public")
    String audience;

    /** Overrides site.yaml's base-url, e.g. for a staging host. */
    @Parameter(property = "gongkai.baseUrl")
    String baseUrl;

    /**
     * The build's "now" (YYYY-MM-DD or an ISO date-time, China time when no offset is given): decides what is
     * published and whether notice periods have ended. Set it for reproducible builds; defaults to the clock.
     */
    @Parameter(property = "gongkai.now")
    String now;

    /** Diagnostics as JSON, for CI and tools. */
    @Parameter(property = "gongkai.diagnosticsFile", defaultValue = "${project.build.directory}/gongkai/diagnostics.json")
    File diagnosticsFile;

    /**
     * The language of diagnostics: {@code zh-Hans} (中文), {@code zh-Hant} or {@code en}. Unset, the site's own
     * language (site.yaml), Chinese when it has none.
     */
    @Parameter(property = "gongkai.lang")
    String lang;

    /** Skips the goal. */
    @Parameter(property = "gongkai.skip", defaultValue = "false")
    boolean skip;

    Gongkai engine() throws MojoExecutionException {
        BuildMode mode = switch (audience.strip().toLowerCase(Locale.ROOT)) {
            case "public" -> BuildMode.PUBLIC;
            case "internal" -> BuildMode.INTERNAL;
            default -> throw new MojoExecutionException("gongkai.audience 只能是 public（公开门户）或 internal（内部门户），不能是“"
                    + audience + "” (gongkai.audience must be 'public' or 'internal')");
        };
        return engineFor(mode);
    }

    /** The engine for this goal's parameters, in {@code mode}. */
    Gongkai engineFor(BuildMode mode) throws MojoExecutionException {
        File out = outputDirectory != null ? outputDirectory
                : new File(buildDirectory, mode == BuildMode.INTERNAL ? "portal-internal" : "portal");
        return Gongkai.builder()
                .contentDir(contentDirectory.toPath())
                .themeDir(themeDirectory.toPath())
                .outputDir(out.toPath())
                .mode(mode)
                .baseUrl(baseUrl)
                .now(parseNow())
                .diagnosticsFile(diagnosticsFile.toPath())
                .progress(new LogProgress(getLog()))
                .diagnosticLanguage(language().orElse(null))
                .build();
    }

    Optional<DiagnosticLanguage> language() throws MojoExecutionException {
        if (lang == null || lang.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(DiagnosticLanguage.of(lang).orElseThrow(() -> new MojoExecutionException(
                "gongkai.lang 只能是 zh-Hans、zh-Hant 或 en，不能是“" + lang + "” (gongkai.lang must be zh-Hans, zh-Hant or en)")));
    }

    OffsetDateTime parseNow() throws MojoExecutionException {
        if (now == null || now.isBlank()) {
            return null;
        }
        Optional<OffsetDateTime> t = org.gongkai.core.content.Dates.parseDateTime(now);
        if (t.isEmpty()) {
            throw new MojoExecutionException("gongkai.now 写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SS+08:00，不能是“" + now
                    + "” (gongkai.now must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00)");
        }
        return t.get();
    }

    /**
     * Prints every diagnostic (and GitHub annotations in Actions), then the summary line (items, pages, warnings,
     * errors, time since {@code startNanos}); fails the build on errors.
     */
    void report(BuildResult result, boolean built, long startNanos) throws MojoFailureException {
        print(result.diagnostics(), result.language());
        Path output = result.output() == null ? null : shown(result.output());
        getLog().info(BuildSummary.line(result, built, (System.nanoTime() - startNanos) / 1_000_000, output));
        getLog().debug("diagnostics: " + diagnosticsFile);
        boolean en = result.language() == DiagnosticLanguage.EN;
        if (result.hasErrors()) {
            throw new MojoFailureException(en ? result.errorCount() + " error(s) in " + shown(contentDirectory.toPath())
                    + "; each is listed above with file:line and a hint (also in " + shown(diagnosticsFile.toPath())
                    + "). Nothing was written."
                    : shown(contentDirectory.toPath()) + " 中有 " + result.errorCount() + " 个错误，上面逐条列出了文件、行号和改法（也写在 "
                    + shown(diagnosticsFile.toPath()) + " 中）；门户没有写出，原有的保持不变。");
        }
    }

    Path shown(Path p) {
        return LogProgress.shown(basedir.toPath(), p);
    }

    /** Each diagnostic as a log line with the content folder's path (and a GitHub annotation in Actions). */
    void print(java.util.List<Diagnostic> diagnostics, DiagnosticLanguage language) {
        boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
        String prefix = basedir.toPath().toAbsolutePath().relativize(contentDirectory.toPath().toAbsolutePath()).toString();
        for (Diagnostic d : diagnostics) {
            String line = (prefix.isEmpty() ? "" : prefix + "/") + d.format(language);
            if (d.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
            if (github) {
                System.out.println(GithubAnnotations.format(d, prefix, language));
            }
        }
    }
}
