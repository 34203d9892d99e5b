package org.gongkai.core.serve;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.core.content.Language;
import org.gongkai.core.content.StoredFile;
import org.gongkai.core.load.ContentLoader;

/**
 * Parsed item files, kept between rebuilds. An entry is reused only while the file has the same size, modification
 * time and file key (inode: an editor's save-by-rename makes a new one) as when it was parsed, as the load's walk
 * found them before reading the file (a change during parsing makes the entry stale, never wrong); the watcher also
 * evicts every path it saw change, so a change inside the file system's timestamp resolution is not missed.
 * One load at a time; within a load, the loader's threads call it at once for different files.
 */
final class ItemFileCache implements ContentLoader.ItemCache {
    private record Stamp(long size, FileTime modified, Object fileKey, Language language) {
        static Stamp of(StoredFile f, Language language) {
            return new Stamp(f.size(), f.modified(), f.fileKey(), language);
        }
    }

    private record Entry(Stamp stamp, ContentLoader.ParsedItem parsed) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private Set<Path> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    @Override
    public ContentLoader.ParsedItem get(StoredFile file, Path key, Language siteLanguage) {
        seen.add(key);
        Entry e = entries.get(key);
        if (e != null && e.stamp().equals(Stamp.of(file, siteLanguage))) {
            hits.incrementAndGet();
            return e.parsed();
        }
        misses.incrementAndGet();
        return null;
    }

    @Override
    public void put(StoredFile file, Path key, Language siteLanguage, ContentLoader.ParsedItem parsed) {
        entries.put(key, new Entry(Stamp.of(file, siteLanguage), parsed));
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
        seen = ConcurrentHashMap.newKeySet(entries.size());
        hits.set(0);
        misses.set(0);
    }

    /** Ends a load: forgets files that were not part of it (deleted or moved). */
    void end() {
        // Every file seen has an entry (reused or put): equal sizes mean nothing else is left.
        if (entries.size() != seen.size()) {
            entries.keySet().retainAll(seen);
        }
    }

    int hits() {
        return hits.get();
    }

    int misses() {
        return misses.get();
    }

    @Override
    public String toString() {
        return "ItemFileCache[" + entries.size() + " files, " + hits + " reused, " + misses + " parsed]";
    }
}
