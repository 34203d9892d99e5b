package org.gongkai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.gongkai.core.BuildResult;

/** Loads and checks the content (先审核后公开): prints every diagnostic, fails on errors, writes nothing. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class ValidateMojo extends AbstractGongkaiMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gongkai:validate skipped");
            return;
        }
        long start = System.nanoTime();
        BuildResult result = engine().validate();
        if (!result.scheduled().isEmpty()) {
            getLog().info(result.language() == org.gongkai.core.diagnostic.DiagnosticLanguage.EN
                    ? "Scheduled (not public until then):" : "定时发布（到时才公开）：");
            result.scheduled().forEach(s -> getLog().info("  " + s));
        }
        report(result, false, start);
    }
}
