package org.gongkai.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.gongkai.core.content.Alias;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * Who owns each output path of one build. It starts with everything {@link PortalLayout} reserves; then every item
 * claims its page and every alias its redirect, each refused (with the item's file and line) if it lands on a path
 * taken already: the same file, a file inside a folder the portal writes whole, or a file where another claim
 * needs a folder ("data/items.json/x/", "index.html/"). Every item claims whether or not it is visible in this
 * build, so that a clash is caught while one of the two is still a draft or scheduled, not on the day it goes out.
 * Paths are compared by {@link PortalLayout#key}. One instance per model build.
 */
final class UrlPlan {
    /** How a path clashes with a taken one; each is a phrase of url-conflict's message. */
    enum Clash {
        /** The same file. */
        SAME,
        /** Inside a folder the portal writes whole. */
        INSIDE,
        /** Needs a folder where a file is taken ("sitemap.xml/"). */
        UNDER_FILE,
        /** Is a file where a folder is taken, with files in it. */
        OVER_FOLDER
    }

    /** A taken path: as its owner names it (an href), and who that is. */
    private record Claim(String href, Phrase owner) {
    }

    /** A refused claim: how, and the taken path it clashes with. */
    record Conflict(Clash clash, String href, Phrase owner) {
        Phrase phrase() {
            return Phrase.of(clash, href, owner);
        }
    }

    private final Diagnostics diagnostics;
    /** Taken files by key; sorted, so that the files under a folder are one range. */
    private final TreeMap<String, Claim> files = new TreeMap<>();
    /** The same claims for exact look-ups: a 10k site's item keys share long prefixes, slow to compare in a tree. */
    private final Map<String, Claim> filesByKey = new HashMap<>();
    /** Folders the portal writes whole, by key (ending in '/'). */
    private final Map<String, Claim> folders = new HashMap<>();
    /** Item pages by key, for duplicate-slug, which names both files. */
    private final Map<String, Item> items = new HashMap<>();

    UrlPlan(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (PortalLayout.Reserved r : PortalLayout.RESERVED) {
            Claim c = new Claim(r.path(), Phrase.of(r.part()));
            if (r.folder()) {
                folders.put(PortalLayout.key(r.path()), c);
            } else {
                putFile(PortalLayout.key(r.path()), c);
            }
        }
    }

    /** An item's page at {@code url} (a folder href); false, with the problem reported, when it cannot have it. */
    boolean claimItem(String url, Item item) {
        String key = PortalLayout.key(PortalLayout.file(url));
        Optional<Conflict> conflict = conflictByKey(key);
        if (conflict.isEmpty()) {
            putFile(key, new Claim(url, Phrase.of(PortalLayout.Part.ITEM, item.file())));
            items.put(key, item);
            return true;
        }
        Item other = items.get(key);
        if (conflict.get().clash() == Clash.SAME && other != null) {
            // Reported on both files: either may be the one to change.
            for (Item[] pair : new Item[][] {{item, other}, {other, item}}) {
                diagnostics.add(Code.DUPLICATE_SLUG, slugPosition(pair[0]), conflict.get().href(), pair[1].file());
            }
        } else {
            diagnostics.add(Code.URL_CONFLICT, slugPosition(item), url, conflict.get().phrase(),
                    PortalLayout.reservedList());
        }
        return false;
    }

    private static SourcePosition slugPosition(Item item) {
        return item.keyPositions().containsKey("slug") ? item.at("slug") : new SourcePosition(item.file(), 1, 1);
    }

    /** The redirect of an alias: its href, or empty when it is refused (reported at the alias's line). */
    Optional<String> claimAlias(Alias alias, Item item) {
        AliasPath.Result parsed = AliasPath.parse(alias.url());
        if (parsed instanceof AliasPath.Refused r) {
            diagnostics.add(Code.BAD_ALIAS, alias.at(), alias.url(), Phrase.of(r.problem(), r.detail()));
            return Optional.empty();
        }
        String href = ((AliasPath.Href) parsed).href();
        Optional<Conflict> conflict = conflict(PortalLayout.file(href));
        if (conflict.isPresent()) {
            diagnostics.add(Code.URL_CONFLICT, alias.at(), href, conflict.get().phrase(), PortalLayout.reservedList());
            return Optional.empty();
        }
        take(href, Phrase.of(PortalLayout.Part.ALIAS, item.file()));
        return Optional.of(href);
    }

    private void take(String href, Phrase owner) {
        putFile(PortalLayout.key(PortalLayout.file(href)), new Claim(href, owner));
    }

    private void putFile(String key, Claim c) {
        files.put(key, c);
        filesByKey.put(key, c);
    }

    /** What a new output file would clash with, if anything; the outermost clash first. */
    private Optional<Conflict> conflict(String file) {
        return conflictByKey(PortalLayout.key(file));
    }

    private Optional<Conflict> conflictByKey(String key) {
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            String prefix = key.substring(0, slash + 1);
            Claim folder = folders.get(prefix);
            if (folder != null) {
                // "search/" itself is the portal's page there: the same path, not one inside it.
                Clash clash = key.equals(prefix + PortalLayout.INDEX) ? Clash.SAME : Clash.INSIDE;
                return Optional.of(new Conflict(clash, folder.href(), folder.owner()));
            }
            Claim asFile = filesByKey.get(key.substring(0, slash));
            if (asFile != null) {
                return Optional.of(new Conflict(Clash.UNDER_FILE, PortalLayout.file(asFile.href()), asFile.owner()));
            }
        }
        Claim same = filesByKey.get(key);
        if (same != null) {
            return Optional.of(new Conflict(Clash.SAME, same.href(), same.owner()));
        }
        Claim folder = folders.get(key + "/");
        if (folder != null) {
            return Optional.of(new Conflict(Clash.OVER_FOLDER, folder.href(), folder.owner()));
        }
        // '0' is the character after '/': the range holds exactly the keys that start with key + "/".
        SortedMap<String, Claim> under = files.subMap(key + "/", key + "0");
        if (!under.isEmpty()) {
            Claim c = under.get(under.firstKey());
            return Optional.of(new Conflict(Clash.OVER_FOLDER, c.href(), c.owner()));
        }
        return Optional.empty();
    }
}
