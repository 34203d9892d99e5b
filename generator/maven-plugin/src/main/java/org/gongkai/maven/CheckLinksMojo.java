package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.linkcheck.ExternalLinkCheck;
import org.gongkai.core.linkcheck.LinkCheckReport;

/**
 * Checks the public portal's links to other sites, which a build never requests: {@code mvn -N gongkai:check-links}.
 * Every http(s) link of the public items and pages is requested (HEAD, then GET), a few at a time and fewer per
 * host; a link answered with 4xx or 5xx is an error at each file:line that writes it, one that could not be checked
 * (timeout, no connection) a warning that fails nothing. The results go to target/gongkai/links.json.
 */
@Mojo(name = "check-links", aggregator = true, threadSafe = true)
public class CheckLinksMojo extends AbstractGongkaiMojo {

    /** Every link checked and what it gave, for CI and tools. */
    @Parameter(property = "gongkai.linksFile", defaultValue = "${project.build.directory}/gongkai/links.json")
    File linksFile;

    /** Seconds one request may take to connect, and again to be answered. */
    @Parameter(property = "gongkai.linkTimeout", defaultValue = "5")
    int linkTimeout;

    /** Requests at once over all sites. */
    @Parameter(property = "gongkai.linkParallel", defaultValue = "8")
    int linkParallel;

    /** Requests at once to one site. */
    @Parameter(property = "gongkai.linkPerHost", defaultValue = "2")
    int linkPerHost;

    /** Fail when a link is broken (4xx, 5xx); false only reports. Links that could not be checked never fail. */
    @Parameter(property = "gongkai.failOnBrokenLinks", defaultValue = "true")
    boolean failOnBrokenLinks;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gongkai:check-links skipped");
            return;
        }
        if (linkTimeout < 1 || linkParallel < 1 || linkPerHost < 1) {
            throw new MojoExecutionException("gongkai.linkTimeout, gongkai.linkParallel and gongkai.linkPerHost must be at least 1");
        }
        LinkCheckReport r = ExternalLinkCheck.builder().contentDir(contentDirectory.toPath()).now(parseNow())
                .timeout(Duration.ofSeconds(linkTimeout)).parallel(linkParallel).perHost(linkPerHost)
                .language(language().orElse(null)).build().run();
        try {
            Files.createDirectories(linksFile.toPath().toAbsolutePath().getParent());
            Files.writeString(linksFile.toPath(), r.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + linksFile + ": " + e.getMessage(), e);
        }
        print(r.diagnostics(), r.language());
        boolean en = r.language() == DiagnosticLanguage.EN;
        getLog().info(en ? String.format("%d external links: %d ok, %d broken, %d could not be checked (%s)",
                        r.links().size(), r.count("ok"), r.count("broken"), r.count("unchecked"), linksFile)
                : String.format("外部链接 %d 个：正常 %d 个，打不开 %d 个，未能检查 %d 个（%s）",
                        r.links().size(), r.count("ok"), r.count("broken"), r.count("unchecked"), linksFile));
        if (failOnBrokenLinks && r.errorCount() > 0) {
            throw new MojoFailureException(en ? r.errorCount() + " broken link(s); each is listed above with file:line"
                    : r.errorCount() + " 处链接打不开，上面逐条列出了文件和行号");
        }
    }
}
