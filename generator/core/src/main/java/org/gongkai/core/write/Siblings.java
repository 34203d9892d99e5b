package org.gongkai.core.write;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The names the write stage gives to what it keeps beside an output, e.g. for target/portal: {@code .portal.v-<id>}
 * (a version), {@code .portal.current} (the link to the live version), {@code .portal.link-<id>} (a link on its way
 * to replace it), {@code .portal.lock}; and those of earlier versions of this tool ({@code .portal.staging-<n>},
 * {@code .portal.old-<n>}, {@code .portal-search-index.staging}). Cleaning up removes only what matches these names
 * exactly, so a folder such as {@code .portal-notes} beside the output is never touched.
 */
record Siblings(Path parent, String name, String indexName) {
    private static final String ID = "[0-9a-z]+";
    /** The suffixes of earlier versions: Files.createTempDirectory's digits, and anything of the same shape. */
    private static final String OLD_ID = "[0-9A-Za-z]+";

    static Siblings of(Path target, Path indexLink) {
        if (!target.getParent().equals(indexLink.getParent())) {
            throw new IllegalArgumentException("the search index " + indexLink + " must be beside " + target);
        }
        return new Siblings(target.getParent(), target.getFileName().toString(), indexLink.getFileName().toString());
    }

    Path target() {
        return parent.resolve(name);
    }

    Path indexLink() {
        return parent.resolve(indexName);
    }

    Path current() {
        return parent.resolve("." + name + ".current");
    }

    Path lock() {
        return parent.resolve("." + name + ".lock");
    }

    Path version(String id) {
        return parent.resolve("." + name + ".v-" + id);
    }

    /** The id of a version folder made by {@link #version}. */
    String id(Path version) {
        return version.getFileName().toString().substring(name.length() + 4);
    }

    Path link(String id) {
        return parent.resolve("." + name + ".link-" + id);
    }

    /** Where the fallback (no symlinks) moves the previous portal during its two-rename swap. */
    Path old(String id) {
        return parent.resolve("." + name + ".old-" + id);
    }

    boolean isVersion(String fileName) {
        return matches(fileName, "v-" + ID);
    }

    boolean isLink(String fileName) {
        return matches(fileName, "link-" + ID);
    }

    boolean isOld(String fileName) {
        return matches(fileName, "old-" + OLD_ID);
    }

    /** Folders of the layout before version folders: the staging folders of the portal and of the search index. */
    boolean isEarlierStaging(String fileName) {
        return matches(fileName, "staging-" + OLD_ID) || fileName.equals("." + indexName + ".staging");
    }

    private boolean matches(String fileName, String suffix) {
        return Pattern.matches("\\." + Pattern.quote(name) + "\\." + suffix, fileName);
    }
}
