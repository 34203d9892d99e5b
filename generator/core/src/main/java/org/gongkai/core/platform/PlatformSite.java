package org.gongkai.core.platform;

import java.nio.file.Path;
import java.util.Optional;

import org.gongkai.core.BuildResult;
import org.gongkai.core.Gongkai;
import org.gongkai.core.model.SiteModel;

/**
 * One site of a platform after a run: its id, folders, the engine's result and the model it decided from.
 *
 * @param portal the site's own portal folder (a link to its live version), written by the engine as for one site
 * @param live whether a portal is live there: this run's, or the previous one when this run failed
 */
public record PlatformSite(String id, Path contentDir, Path portal, Path diagnosticsFile, Gongkai.Run run, boolean live) {
    public BuildResult result() {
        return run.result();
    }

    public Optional<SiteModel> model() {
        return run.model();
    }

    /** Validated (or built) without an error. */
    public boolean ok() {
        return !run.result().hasErrors();
    }

    /** The site's name from its site.yaml, its id when that could not be read. */
    public String name() {
        return model().map(m -> m.content().site().name()).filter(n -> !n.isBlank()).orElse(id);
    }
}
