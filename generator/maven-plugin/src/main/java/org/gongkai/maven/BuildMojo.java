package org.gongkai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.gongkai.core.BuildResult;

/** Builds the portal: load, check, history, model, render, write (atomically: on error the old portal stays). */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractGongkaiMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gongkai:build skipped");
            return;
        }
        long start = System.nanoTime();
        BuildResult result = engine().build();
        report(result);
        getLog().info(String.format(java.util.Locale.ROOT, "Portal: %d items, %d pages in %d ms → %s",
                result.items(), result.pages(), (System.nanoTime() - start) / 1_000_000, result.output()));
    }
}
