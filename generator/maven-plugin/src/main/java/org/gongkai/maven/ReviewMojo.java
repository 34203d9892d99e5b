package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.review.ReviewException;
import org.gongkai.core.review.ReviewReport;
import org.gongkai.core.review.ReviewSummarizer;
import org.gongkai.core.review.ReviewSummary;

/**
 * Writes the approvers' review summary of a pull request (target/gongkai/review.md and review.json): items
 * added, changed, withdrawn, removed and renamed, their metadata changes, schedule, audience, a text diff, and
 * the diagnostics on the changed files. Prints the errors that block the merge, and fails on them.
 */
@Mojo(name = "review", threadSafe = true)
public class ReviewMojo extends AbstractGongkaiMojo {

    /** The branch the pull request goes into; defaults to origin/$GITHUB_BASE_REF in Actions, else origin/main. */
    @Parameter(property = "gongkai.baseRef")
    String baseRef;

    /** The pull request's head; HEAD by default (the checkout). */
    @Parameter(property = "gongkai.headRef", defaultValue = "HEAD")
    String headRef;

    @Parameter(property = "gongkai.reviewDirectory", defaultValue = "${project.build.directory}/gongkai")
    File reviewDirectory;

    /**
     * Fail when an error blocks the merge: an error on a file the pull request changes, one the base did not have,
     * or an 索引号 the base took meanwhile. The summary is written first either way.
     */
    @Parameter(property = "gongkai.failOnError", defaultValue = "true")
    boolean failOnError;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gongkai:review skipped");
            return;
        }
        String actionsBase = System.getenv("GITHUB_BASE_REF");
        String base = baseRef != null && !baseRef.isBlank() ? baseRef
                : actionsBase != null && !actionsBase.isBlank() ? "origin/" + actionsBase : "origin/main";
        ReviewSummary summary;
        try {
            summary = new ReviewSummarizer().summarize(contentDirectory.toPath(), base, headRef,
                    OffsetDateTime.now(ZoneOffset.ofHours(8)), language());
        } catch (ReviewException e) {
            throw new MojoFailureException(e.getMessage());
        }
        Path md = reviewDirectory.toPath().resolve("review.md");
        try {
            Files.createDirectories(reviewDirectory.toPath());
            Files.writeString(md, ReviewReport.markdown(summary), StandardCharsets.UTF_8);
            Files.writeString(reviewDirectory.toPath().resolve("review.json"), ReviewReport.json(summary), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the review summary: " + e.getMessage(), e);
        }
        // The console lists what an approver must see: the errors that block the merge, and the warnings on the
        // changed files (errors main already had elsewhere are counted in the summary line).
        List<Diagnostic> warnings = summary.changes().stream().flatMap(c -> c.diagnostics().stream())
                .filter(d -> !d.isError()).toList();
        print(java.util.stream.Stream.concat(summary.blocking().stream(), warnings.stream()).toList(), summary.language());
        getLog().info(ReviewReport.consoleSummary(summary, basedir.toPath().relativize(md.toAbsolutePath())));
        if (failOnError && !summary.blocking().isEmpty()) {
            throw new MojoFailureException(ReviewReport.failure(summary));
        }
    }
}
