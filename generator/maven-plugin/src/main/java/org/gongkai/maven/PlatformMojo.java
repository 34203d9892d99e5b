package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.platform.Platform;
import org.gongkai.core.platform.PlatformResult;
import org.gongkai.core.platform.PlatformSite;

/**
 * Builds a platform (集约化): every site under {@code sites/<id>/content}, in parallel, each into its own portal
 * ({@code target/platform-sites/<id>/portal}, atomically), then the platform home ({@code target/platform/}: the
 * sites, cross-site search, a link to each portal). A site with errors fails alone (its previous portal stays) and
 * the goal fails after the others are built.
 */
@Mojo(name = "platform", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PlatformMojo extends AbstractGongkaiMojo {

    /** The platform's root: platform.yaml and sites/. */
    @Parameter(property = "gongkai.platformDirectory", defaultValue = "${project.basedir}")
    File platformDirectory;

    /** How many sites are built at a time. */
    @Parameter(property = "gongkai.parallel", defaultValue = "2")
    int parallel;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gongkai:platform skipped");
            return;
        }
        PlatformResult result;
        try {
            result = platform(this, platformDirectory, parallel, true).build();
        } catch (IOException e) {
            throw new MojoExecutionException("平台构建失败：" + e.getMessage() + " (the platform could not be built)", e);
        }
        reportPlatform(this, result, true);
    }

    static Platform platform(AbstractGongkaiMojo mojo, File platformDirectory, int parallel, boolean write)
            throws MojoExecutionException {
        BuildMode mode = switch (mojo.audience.strip().toLowerCase(Locale.ROOT)) {
            case "public" -> BuildMode.PUBLIC;
            case "internal" -> BuildMode.INTERNAL;
            default -> throw new MojoExecutionException("gongkai.audience must be 'public' or 'internal', not '" + mojo.audience + "'");
        };
        Platform.Builder b = Platform.builder()
                .platformDir(platformDirectory.toPath())
                .themeDir(mojo.themeDirectory.toPath())
                .mode(mode)
                .now(mojo.parseNow())
                .parallelism(parallel)
                .reportDir(new File(mojo.buildDirectory, "gongkai/sites").toPath())
                .diagnosticLanguage(mojo.language().orElse(null))
                .progress(line -> mojo.getLog().info(line));
        if (mojo.outputDirectory != null) {
            b.outputDir(mojo.outputDirectory.toPath());
        } else {
            b.outputDir(new File(mojo.buildDirectory, mode == BuildMode.INTERNAL ? "platform-internal" : "platform").toPath());
        }
        return b.build();
    }

    /** Every site's diagnostics with its folder, a line per site, and the failure naming the sites that failed. */
    static void reportPlatform(AbstractGongkaiMojo mojo, PlatformResult result, boolean build) throws MojoFailureException {
        DiagnosticLanguage language;
        try {
            language = mojo.language().orElse(DiagnosticLanguage.DEFAULT);
        } catch (MojoExecutionException e) {
            language = DiagnosticLanguage.DEFAULT;
        }
        boolean en = language == DiagnosticLanguage.EN;
        boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
        for (PlatformSite s : result.sites()) {
            String prefix = "sites/" + s.id() + "/content";
            for (var d : s.result().diagnostics()) {
                String line = prefix + "/" + d.format(s.result().language());
                if (d.isError()) {
                    mojo.getLog().error(line);
                } else {
                    mojo.getLog().warn(line);
                }
                if (github) {
                    System.out.println(org.gongkai.core.diagnostic.GithubAnnotations.format(d, prefix, s.result().language()));
                }
            }
            mojo.getLog().info(en
                    ? String.format(Locale.ROOT, "site %s (%s): %d errors, %d warnings, %s", s.id(), s.name(), s.result().errorCount(),
                            s.result().warningCount(), s.ok() ? (build ? s.result().items() + " items written" : "valid") : "FAILED, previous portal kept")
                    : String.format(Locale.ROOT, "网站 %s（%s）：%d 个错误，%d 个警告，%s", s.id(), s.name(), s.result().errorCount(),
                            s.result().warningCount(), s.ok() ? (build ? "已写出 " + s.result().items() + " 条信息" : "检查通过") : "未通过检查，原有门户保持不变"));
        }
        result.layout().invalid().forEach(name -> mojo.getLog().error(en
                ? "sites/" + name + ": not a site: the folder name must be lower-case letters, digits and single hyphens (not assets, search or sites) and hold content/"
                : "sites/" + name + "：不是网站目录——目录名只能用小写字母、数字和单个连字符（不能是 assets、search、sites），其中须有 content/"));
        result.config().problem().ifPresent(p -> mojo.getLog().error(en ? "platform.yaml: " + p + "; the platform home was not written"
                : "platform.yaml：" + p + "；平台首页没有写出"));
        if (result.sites().isEmpty()) {
            throw new MojoFailureException(en ? "no site under " + result.output() + ": a platform has sites/<id>/content/site.yaml"
                    : "没有找到网站：平台的每个网站应在 sites/<id>/content/ 下，含 site.yaml");
        }
        if (!result.ok()) {
            String failed = String.join(", ", result.failed().stream().map(PlatformSite::id).toList());
            throw new MojoFailureException(en ? "platform: sites that failed their checks: " + failed + " (each listed above with file:line and a hint); the others were " + (build ? "built" : "checked")
                    : "平台：未通过检查的网站：" + failed + "（上面逐条列出了文件、行号和改法）；其他网站" + (build ? "已正常构建" : "检查通过")
                    + (result.failed().isEmpty() ? "；平台目录或 platform.yaml 有问题，见上" : ""));
        }
    }
}
