package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.gongkai.core.Gongkai;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.platform.PlatformResult;
import org.gongkai.core.platform.PlatformSite;
import org.gongkai.core.platform.SiteId;
import org.gongkai.solr.SolrDocuments;
import org.gongkai.solr.SolrIndexer;

/**
 * Sends the public items to a SolrCloud collection for cross-site search: every site of a platform
 * ({@code sites/<id>/content}), or one site ({@code content/}, with {@code siteId}). Each site is checked as a build
 * checks it and its public items are those the public portal lists (the engine's model decides, nothing here); a site
 * with errors is not sent and keeps its live build. Each site's update is all or nothing for readers, the items it no
 * longer has are deleted, and a site whose content did not change is left alone. Run it after publishing, in the
 * same job (docs/platform.md).
 */
@Mojo(name = "solr-index", threadSafe = true, requiresProject = true)
public class SolrIndexMojo extends AbstractSolrMojo {

    /** The platform's root (platform.yaml, sites/); used when it has a sites/ folder. */
    @Parameter(property = "gongkai.platformDirectory", defaultValue = "${project.basedir}")
    File platformDirectory;

    /** The site's id in the collection when one site (content/) is sent. */
    @Parameter(property = "gongkai.siteId")
    String siteId;

    /** How many sites are checked at a time. */
    @Parameter(property = "gongkai.parallel", defaultValue = "2")
    int parallel;

    /** Remove the sites that are live in the collection but no longer on the platform (platform only). */
    @Parameter(property = "gongkai.solrPrune", defaultValue = "true")
    boolean solrPrune;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gongkai:solr-index skipped");
            return;
        }
        if (!"public".equals(audience.strip().toLowerCase(Locale.ROOT))) {
            throw new MojoExecutionException("gongkai:solr-index 只发送公开门户的信息，不能用于 audience=" + audience
                    + " (only the public build's items are sent to search)");
        }
        var connection = connection();
        List<SolrDocuments.Site> send = new ArrayList<>();
        Optional<Set<String>> platformSites = Optional.empty();
        List<String> failed = new ArrayList<>();
        if (Files.isDirectory(platformDirectory.toPath().resolve("sites"))) {
            PlatformResult result;
            try {
                result = PlatformMojo.platform(this, platformDirectory, parallel, false).validate();
            } catch (IOException e) {
                throw new MojoExecutionException("平台读取失败：" + e.getMessage(), e);
            }
            try {
                PlatformMojo.reportPlatform(this, result, false);
            } catch (MojoFailureException e) {
                getLog().error(e.getMessage());
            }
            for (PlatformSite s : result.sites()) {
                if (s.ok() && s.model().isPresent()) {
                    send.add(SolrDocuments.of(s.id(), s.model().get()));
                } else {
                    failed.add(s.id());
                }
            }
            if (solrPrune && result.layout().invalid().isEmpty() && !result.sites().isEmpty()) {
                platformSites = Optional.of(new TreeSet<>(result.layout().sites()));
            }
        } else {
            if (blank(siteId) || !SiteId.valid(siteId)) {
                throw new MojoExecutionException("发送一个网站时要给出它在集合中的 id：-Dgongkai.siteId=xian（小写字母、数字和连字符）"
                        + " (give -Dgongkai.siteId: lower-case letters, digits and hyphens)");
            }
            audience = "public";
            long start = System.nanoTime();
            Gongkai.Run run = engineFor(BuildMode.PUBLIC).validateModel();
            report(run.result(), false, start);
            send.add(SolrDocuments.of(siteId, run.model().orElseThrow()));
        }
        try (SolrClient client = connection.open()) {
            SolrIndexer.Report report = new SolrIndexer(client, solrCollection, line -> getLog().info(line)).publish(send, platformSites);
            for (SolrIndexer.SiteReport r : report.sites()) {
                getLog().info(r.unchanged()
                        ? String.format(Locale.ROOT, "搜索集合 %s：%s 没有变化（版本 %s，%d 条）", solrCollection, r.site(), r.build(), r.documents())
                        : String.format(Locale.ROOT, "搜索集合 %s：%s 已更新为版本 %s，%d 条；删除旧版本文档 %d 条", solrCollection, r.site(), r.build(),
                                r.documents(), r.deleted()));
            }
            report.removed().forEach(s -> getLog().info("搜索集合 " + solrCollection + "：" + s + " 已不在平台上，已从集合中删除"));
        } catch (IOException | SolrServerException | RuntimeException e) {
            throw new MojoExecutionException(connection.failure("发送到 SolrCloud 集合 " + solrCollection, e)
                    + "；读者看到的仍是各网站原来的版本 (sending to SolrCloud failed; readers still see the previous builds)", e);
        }
        if (!failed.isEmpty()) {
            throw new MojoFailureException("以下网站未通过检查，没有发送，集合中保留其原有版本：" + String.join(", ", failed)
                    + " (sites that failed their checks were not sent and keep their live build)");
        }
    }
}
