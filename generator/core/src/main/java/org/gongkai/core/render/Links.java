package org.gongkai.core.render;

/**
 * Relative links between output files, so that the portal works from any folder, any static host and file://.
 * Folder hrefs get an explicit {@code index.html}, which a browser on file:// needs.
 */
final class Links {
    private Links() {
    }

    /** From the page at {@code fromFile} (e.g. catalog/a/index.html) to a site-relative href. */
    static String relative(String fromFile, String href) {
        String target = org.gongkai.core.model.PortalLayout.file(href);
        int depth = 0;
        for (int i = 0; i < fromFile.length(); i++) {
            if (fromFile.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth) + target;
    }

    /**
     * From the site's root on its host: the path of the base URL and the href ({@code /catalog/index.html}, or
     * {@code /portal/catalog/index.html} under https://host/portal/). For the 404 page, which a web server sends for
     * any missing path at any depth, where a relative link would lead nowhere; off the host it is still a link to
     * the same place, not to the production site.
     */
    static String fromRoot(String baseUrl, String href) {
        String path = java.net.URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        return (path.endsWith("/") ? path : path + "/") + org.gongkai.core.model.PortalLayout.file(href);
    }
}
