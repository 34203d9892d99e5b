package org.gongkai.core.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.gongkai.core.content.Language;
import org.gongkai.core.load.ContentLoader;

/**
 * Parsed item files, kept between rebuilds. An entry is reused only while the file has the same size, modification
 * time and file key (inode: an editor's save-by-rename makes a new one) as when it was parsed; the watcher also
 * evicts every path it saw change, so a change inside the file system's timestamp resolution is not missed.
 * Used from the one rebuild thread only.
 */
final class ItemFileCache implements ContentLoader.ItemCache {
    private record Stamp(long size, FileTime modified, Object fileKey, Language language) {
    }

    private record Entry(Stamp stamp, ContentLoader.ParsedItem parsed) {
    }

    private final Map<Path, Entry> entries = new HashMap<>();
    /** The stamp taken before a file is parsed: a change during parsing then makes the entry stale, never wrong. */
    private final Map<Path, Stamp> pending = new HashMap<>();
    private final Set<Path> seen = new HashSet<>();
    private int hits;
    private int misses;

    @Override
    public ContentLoader.ParsedItem get(Path file, Language siteLanguage) {
        seen.add(file);
        Stamp stamp = stamp(file, siteLanguage);
        if (stamp == null) {
            misses++;
            return null; // unreadable now: the loader reports it
        }
        pending.put(file, stamp);
        Entry e = entries.get(file);
        if (e != null && e.stamp().equals(stamp)) {
            hits++;
            return e.parsed();
        }
        misses++;
        return null;
    }

    @Override
    public void put(Path file, Language siteLanguage, ContentLoader.ParsedItem parsed) {
        Stamp stamp = pending.remove(file);
        if (stamp != null) {
            entries.put(file, new Entry(stamp, parsed));
        }
    }

    private static Stamp stamp(Path file, Language language) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey(), language);
        } catch (IOException e) {
            return null;
        }
    }

    /** Paths as the loader sees them: the server gives it an absolute, normalized content folder. */
    void evict(Collection<Path> files) {
        files.forEach(entries::remove);
    }

    void clear() {
        entries.clear();
    }

    /** Starts a load: counters back to zero. */
    void begin() {
        seen.clear();
        pending.clear();
        hits = 0;
        misses = 0;
    }

    /** Ends a load: forgets files that were not part of it (deleted or moved). */
    void end() {
        entries.keySet().retainAll(seen);
        pending.clear();
    }

    int hits() {
        return hits;
    }

    int misses() {
        return misses;
    }

    @Override
    public String toString() {
        return "ItemFileCache[" + entries.size() + " files, " + hits + " reused, " + misses + " parsed]";
    }
}
