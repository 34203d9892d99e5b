package org.gongkai.core.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and their subfolders (new ones too) and reports what changed once the files have been quiet
 * for a moment: an editor's save is often several events (write, rename, attributes), and a git checkout is
 * hundreds. The listener runs on the watcher's own thread, so changes made during a rebuild are collected and
 * reported together after it.
 */
final class ContentWatcher implements AutoCloseable {

    /** What changed; {@code everything} when the system dropped events and no list is trustworthy. */
    interface Listener {
        void changed(Set<Path> paths, boolean everything);
    }

    /** Longest wait for quiet: a stream of events (a large checkout) still gets a rebuild now and then. */
    private static final long MAX_SETTLE_MILLIS = 1_000;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final long quietMillis;
    private final Listener listener;
    private final ServeLog log;
    private final Thread thread;

    ContentWatcher(List<Path> roots, long quietMillis, Listener listener, ServeLog log) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.quietMillis = quietMillis;
        this.listener = listener;
        this.log = log;
        for (Path root : roots) {
            registerTree(root, new LinkedHashSet<>());
        }
        this.thread = new Thread(this::run, "gongkai-serve-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Editor droppings (vim swap files, emacs locks and autosaves, backups, temp files) and hidden folders such as
     * .git are not content; a Markdown file is, hidden or not, because the loader reads it.
     */
    static boolean ignored(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.startsWith(".#") || name.startsWith("#")) {
            return true;
        }
        if (name.endsWith(".md")) {
            return false;
        }
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    private void registerTree(Path root, Set<Path> found) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                boolean everything = drain(key, changed);
                long settleBy = System.currentTimeMillis() + MAX_SETTLE_MILLIS;
                WatchKey next;
                while (System.currentTimeMillis() < settleBy
                        && (next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    everything |= drain(next, changed);
                }
                if (everything || !changed.isEmpty()) {
                    try {
                        listener.changed(changed, everything);
                    } catch (RuntimeException e) {
                        log.error("gongkai:serve: the rebuild failed unexpectedly: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Collects a key's events; true when events were lost. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                lost = true;
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            if (ignored(p)) {
                continue;
            }
            changed.add(p);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(p, changed); // files created before it was registered are reported too
                } catch (IOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return lost;
    }

    int watchedFolders() {
        return folders.size();
    }

    @Override
    public void close() throws IOException {
        service.close(); // take() and poll() then throw: the thread ends after a rebuild under way
        if (Thread.currentThread() == thread || !thread.isAlive()) {
            return;
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
