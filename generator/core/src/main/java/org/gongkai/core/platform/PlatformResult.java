package org.gongkai.core.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * What a platform run produced: the settings read, the sites found (and the folders that are not sites), each
 * site's result, and whether the home was written.
 */
public record PlatformResult(PlatformConfig.Result config, Platform.Layout layout, List<PlatformSite> sites,
                             boolean homeWritten, Path output) {
    public PlatformResult {
        sites = List.copyOf(sites);
    }

    public List<PlatformSite> failed() {
        return sites.stream().filter(s -> !s.ok()).toList();
    }

    /** Every site passed its checks (and was written, for a build), the settings were read, and the layout is sound. */
    public boolean ok() {
        return failed().isEmpty() && config.problem().isEmpty() && layout.invalid().isEmpty() && !sites.isEmpty();
    }
}
