package org.gongkai.core.platform;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A site's id is the name of its folder under {@code sites/}: lower-case ASCII letters and digits, with single
 * hyphens inside, at most 40 characters. It names the site's folder in the platform's output, its value in the
 * search index's {@code site} field and a part of the index's per-site field names, so nothing else is allowed.
 */
public final class SiteId {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Folders of the platform home itself. */
    public static final Set<String> RESERVED = Set.of("assets", "search", "sites");

    private SiteId() {
    }

    public static boolean valid(String id) {
        return id != null && id.length() <= 40 && ID.matcher(id).matches() && !RESERVED.contains(id);
    }
}
