package org.gongkai.maven;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.scaffold.ItemScaffolder;

/**
 * Scaffolds a new item: {@code mvn gongkai:new -Dgongkai.organ=czj -Dgongkai.category=bumen-yujuesuan
 * -Dgongkai.title="…"}. Assigns the organ's next 索引号 for the year, after every number in use in the work tree
 * and on the branches of this clone and of its remotes (fetched first), says which it compared with, and prints
 * the file's path.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractGongkaiMojo {

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

    /**
     * Fetch every remote first, so that the numbers on the other editors' pushed branches count (git fetch; set
     * false to work offline with the branches as last fetched).
     */
    @Parameter(property = "gongkai.fetch", defaultValue = "true")
    boolean fetch;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        LocalDate date;
        try {
            date = written == null || written.isBlank() ? LocalDate.now(ZoneOffset.ofHours(8)) : LocalDate.parse(written.strip());
        } catch (java.time.DateTimeException e) {
            throw new MojoExecutionException("gongkai.written must be YYYY-MM-DD, not '" + written + "'");
        }
        ItemScaffolder.Result result = new ItemScaffolder().scaffold(contentDirectory.toPath(),
                new ItemScaffolder.Request(organ, category, title, date, Optional.ofNullable(slug)), fetch);
        DiagnosticLanguage language = language().orElse(result.language());
        print(result.diagnostics().stream().filter(org.gongkai.core.diagnostic.Diagnostic::isError).toList(), language);
        if (result.file().isEmpty()) {
            throw new MojoFailureException(language == DiagnosticLanguage.EN ? "No item was created; see the errors above."
                    : "没有建立条目：见上面的错误。");
        }
        boolean en = language == DiagnosticLanguage.EN;
        getLog().info((en ? "索引号 " : "索引号：") + result.index());
        result.branches().describe(language).forEach(line -> getLog().info("  " + line));
        getLog().info((en ? "Created " : "已建立 ") + basedir.toPath().relativize(contentDirectory.toPath().resolve(result.file().get())));
    }
}
