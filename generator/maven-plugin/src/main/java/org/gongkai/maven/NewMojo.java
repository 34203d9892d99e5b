package org.gongkai.maven;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.scaffold.ItemScaffolder;

/**
 * Scaffolds a new item: {@code mvn gongkai:new -Dgongkai.organ=czj -Dgongkai.category=bumen-yujuesuan
 * -Dgongkai.title="…"}. Assigns the organ's next 索引号 for the year and prints the file's path.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractMojo {

    @Parameter(property = "gongkai.contentDirectory", defaultValue = "${project.basedir}/content")
    java.io.File contentDirectory;

    /** The publishing organ's id (site.yaml). */
    @Parameter(property = "gongkai.organ", required = true)
    String organ;

    /** The catalog category's id (catalog.yaml). */
    @Parameter(property = "gongkai.category", required = true)
    String category;

    /** The item's title; Chinese titles become a pinyin slug. */
    @Parameter(property = "gongkai.title", required = true)
    String title;

    /** The slug (file name and last part of the URL); derived from the title when not given. */
    @Parameter(property = "gongkai.slug")
    String slug;

    /** 成文日期 (YYYY-MM-DD); defaults to today in China. */
    @Parameter(property = "gongkai.written")
    String written;

    /** The language of diagnostics: zh-Hans (default), zh-Hant or en. */
    @Parameter(property = "gongkai.lang", defaultValue = "zh-Hans")
    String lang;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        LocalDate date;
        try {
            date = written == null || written.isBlank() ? LocalDate.now(ZoneOffset.ofHours(8)) : LocalDate.parse(written.strip());
        } catch (java.time.DateTimeException e) {
            throw new MojoExecutionException("gongkai.written must be YYYY-MM-DD, not '" + written + "'");
        }
        ItemScaffolder.Result result = new ItemScaffolder().scaffold(contentDirectory.toPath(),
                new ItemScaffolder.Request(organ, category, title, date, Optional.ofNullable(slug)));
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format(org.gongkai.core.diagnostic.DiagnosticLanguage.of(lang)
                        .orElse(org.gongkai.core.diagnostic.DiagnosticLanguage.DEFAULT)));
            }
        }
        if (result.file().isEmpty()) {
            throw new MojoFailureException("No item was created; see the errors above.");
        }
        getLog().info("索引号 " + result.index());
        getLog().info("Created " + contentDirectory.toPath().resolve(result.file().get()));
    }
}
