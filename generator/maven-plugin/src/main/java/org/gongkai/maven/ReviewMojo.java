package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.review.ReviewException;
import org.gongkai.core.review.ReviewReport;
import org.gongkai.core.review.ReviewSummarizer;
import org.gongkai.core.review.ReviewSummary;

/**
 * Writes the approvers' review summary of a pull request (target/gongkai/review.md and review.json): items
 * added, changed, withdrawn, removed and renamed, their metadata changes, schedule, audience, a text diff, and
 * the diagnostics on the changed files.
 */
@Mojo(name = "review", threadSafe = true)
public class ReviewMojo extends AbstractMojo {

    @Parameter(property = "gongkai.contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /** The branch the pull request goes into; defaults to origin/$GITHUB_BASE_REF in Actions, else origin/main. */
    @Parameter(property = "gongkai.baseRef")
    String baseRef;

    /** The pull request's head; HEAD by default (the checkout). */
    @Parameter(property = "gongkai.headRef", defaultValue = "HEAD")
    String headRef;

    @Parameter(property = "gongkai.reviewDirectory", defaultValue = "${project.build.directory}/gongkai")
    File reviewDirectory;

    /** Fail when the head's content has errors (the verify workflow already does; off by default). */
    @Parameter(property = "gongkai.failOnError", defaultValue = "false")
    boolean failOnError;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String base = baseRef != null && !baseRef.isBlank() ? baseRef
                : System.getenv("GITHUB_BASE_REF") != null && !System.getenv("GITHUB_BASE_REF").isBlank()
                ? "origin/" + System.getenv("GITHUB_BASE_REF") : "origin/main";
        ReviewSummary summary;
        try {
            summary = new ReviewSummarizer().summarize(contentDirectory.toPath(), base, headRef,
                    OffsetDateTime.now(ZoneOffset.ofHours(8)));
        } catch (ReviewException e) {
            throw new MojoFailureException(e.getMessage());
        }
        try {
            Files.createDirectories(reviewDirectory.toPath());
            Files.writeString(reviewDirectory.toPath().resolve("review.md"), ReviewReport.markdown(summary), StandardCharsets.UTF_8);
            Files.writeString(reviewDirectory.toPath().resolve("review.json"), ReviewReport.json(summary), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the review summary: " + e.getMessage(), e);
        }
        getLog().info(String.format(java.util.Locale.ROOT, "Review %s..%s: %d changes, %d errors → %s",
                summary.baseCommit(), summary.headCommit(), summary.changes().size(), summary.errorCount(),
                reviewDirectory.toPath().resolve("review.md")));
        if (failOnError && summary.errorCount() > 0) {
            throw new MojoFailureException(summary.errorCount() + " error(s) in the content; see review.md");
        }
    }
}
