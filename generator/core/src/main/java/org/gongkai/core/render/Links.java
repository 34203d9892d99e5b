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

    static String absolute(String baseUrl, String href) {
        return baseUrl + href;
    }
}
