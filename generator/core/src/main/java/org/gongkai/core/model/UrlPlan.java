package org.gongkai.core.model;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Code;

/**
 * Who owns each URL. Every item claims its URL whether or not it is visible in this build, so that a clash is
 * caught while one of the two is still a draft or scheduled, not on the day it goes out.
 */
final class UrlPlan {
    private final Diagnostics diagnostics;
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();

    UrlPlan(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Folders the portal's own pages use, so that an alias cannot overwrite them. */
    void reserveSitePages(Content content) {
        for (String p : new String[] {"", "catalog/", "organs/", "archive/", "pages/", "feeds/", "404.html"}) {
            owners.put(p, "the portal");
        }
        content.catalog().all().forEach(c -> owners.put("catalog/" + c.id() + "/", "the portal"));
        content.site().organs().forEach(o -> owners.put("organs/" + o.id() + "/", "the portal"));
    }

    void claimItem(String url, Item item) {
        Item other = items.putIfAbsent(url, item);
        if (other != null) {
            // Reported on both files: either may be the one to change.
            for (Item[] pair : new Item[][] {{item, other}, {other, item}}) {
                diagnostics.add(Code.DUPLICATE_SLUG, slugPosition(pair[0]), url, pair[1].file());
            }
            return;
        }
        owners.put(url, item.file());
    }

    private static SourcePosition slugPosition(Item item) {
        return item.keyPositions().containsKey("slug") ? item.at("slug") : new SourcePosition(item.file(), 1, 1);
    }

    boolean claimAlias(String path, Item item) {
        if (path.isEmpty() || path.contains("..") || path.contains("\\") || path.contains("//")
                || !path.matches("[\\p{L}\\p{N}._~/%-]+")) {
            diagnostics.add(Code.BAD_ALIAS, item.at("aliases"), path);
            return false;
        }
        String owner = owners.putIfAbsent(path, item.file());
        if (owner != null) {
            diagnostics.add(Code.URL_CONFLICT, item.at("aliases"), path, owner);
            return false;
        }
        return true;
    }

    /** "/old/page.html" → "old/page.html"; "/old/dir" or "/old/dir/" → "old/dir/". */
    static String normalizeAlias(String alias) {
        String p = alias.strip();
        int scheme = p.indexOf("://");
        if (scheme >= 0) {
            int slash = p.indexOf('/', scheme + 3);
            p = slash < 0 ? "/" : p.substring(slash);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty() || p.endsWith("/") || p.endsWith(".html") || p.endsWith(".htm")) {
            return p;
        }
        return p + "/";
    }
}
