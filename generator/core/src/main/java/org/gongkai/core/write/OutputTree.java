package org.gongkai.core.write;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.gongkai.core.internal.Folders;

/**
 * The write stage. Each build writes into a fresh version folder beside the output, e.g. for target/portal
 * {@code target/.portal.v-<id>/}, holding {@code site/} (the portal) and {@code search-index/} (the search stage's
 * Lucene index, see {@link #searchIndexDir()}). Beside it the symlink {@code .portal.current} names the live version,
 * and the output path and the index path are fixed relative symlinks through it: {@code portal →
 * .portal.current/site}, {@code portal-search-index → .portal.current/search-index}. {@link #commit()} makes a
 * temporary link to the new version and renames it over {@code .portal.current}; rename(2) replaces a symlink in one
 * step, so the portal and its index change together and, at every instant (a kill at any step included), the output
 * path resolves to one whole portal: the previous one or the new one. The previous version folder is then deleted.
 *
 * <p>Folders are made with {@link Files#createDirectory}, not {@link Files#createTempDirectory}, so that they follow
 * the umask (0755 under umask 022) and a web server running as another user can read the portal.
 *
 * <p>{@link #open} runs under an exclusive lock on {@code .portal.lock}, held until {@link #close()}: a second build
 * of the same output waits, and only then removes what a killed build left ({@link Siblings} has the exact names;
 * nothing else beside the output is touched, and no symlink is followed).
 *
 * <p>Where that cannot work (Windows, where a directory link cannot be renamed over another as rename(2) does; FAT
 * and some network file systems, which have no symlinks) the output is a real folder replaced with two renames, as
 * earlier versions of this tool did: a kill between them leaves no portal but the previous one as
 * {@code .portal.old-<id>}, which the next build renames back. The index there follows the portal in a second step.
 *
 * <p>Writing one path twice is a bug in the renderer and fails loudly.
 */
public final class OutputTree implements AutoCloseable {
    private static final String SITE = "site";
    private static final String SEARCH_INDEX = "search-index";

    private final Siblings names;
    private final boolean linked;
    private final FileChannel lock;
    private final Path version;
    private final Path site;
    private final WriteListener listener;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders of the version made so far: most files go into a folder made already, and asking again costs a failed mkdir and a stat. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private OutputTree(Siblings names, boolean linked, FileChannel lock, Path version, WriteListener listener) {
        this.names = names;
        this.linked = linked;
        this.lock = lock;
        this.version = version;
        this.site = version.resolve(SITE);
        this.listener = listener;
    }

    /**
     * Locks the output (waiting for another build of it to finish), repairs and cleans up what earlier builds left
     * beside it, and makes the new version folder. {@code searchIndex} is the index's public path, beside the output.
     */
    public static OutputTree open(Path target, Path searchIndex, WriteListener listener) throws IOException {
        return open(target, searchIndex, listener, Optional.empty());
    }

    /** {@code symlinks}: whether to use them; empty finds out. Tests force the fallback with false. */
    static OutputTree open(Path target, Path searchIndex, WriteListener listener, Optional<Boolean> symlinks)
            throws IOException {
        Siblings names = Siblings.of(target.toAbsolutePath().normalize(), searchIndex.toAbsolutePath().normalize());
        createParent(names.parent());
        FileChannel lock = FileChannel.open(names.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            try {
                lock.lock();
            } catch (OverlappingFileLockException e) {
                throw new FileSystemException(names.target().toString(), null,
                        "another build in this process is writing this output");
            }
            boolean linked = symlinks.isPresent() ? symlinks.get() : symlinksWork(names);
            Optional<Path> current = linked ? recoverLinked(names) : recoverRenamed(names);
            removeLeftovers(names, current);
            Path version = newVersion(names);
            Files.createDirectory(version.resolve(SITE));
            Files.createDirectory(version.resolve(SEARCH_INDEX));
            return new OutputTree(names, linked, lock, version, listener);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The output path (a link to the live version's site/, or the portal folder itself without symlinks). */
    public Path target() {
        return names.target();
    }

    /** The search stage writes this build's Lucene index here; it goes live with the portal, in the same commit. */
    public Path searchIndexDir() {
        return version.resolve(SEARCH_INDEX);
    }

    public void write(String relPath, String text) {
        write(relPath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relPath, byte[] bytes) {
        Path p = resolve(relPath);
        try {
            folder(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            // A failed write() says only "File too large": name the file, the user needs to know which.
            throw new UncheckedIOException("cannot write " + relPath, WriteFailure.naming(p, e));
        }
    }

    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    public void copy(Path source, String relPath) {
        Path p = resolve(relPath);
        try {
            folder(p.getParent());
            Files.copy(source, p, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + relPath, WriteFailure.naming(p, e));
        }
    }

    private Path resolve(String relPath) {
        if (!written.add(relPath)) {
            throw new IllegalStateException("two outputs on one path: " + relPath);
        }
        Path p = site.resolve(relPath).normalize();
        if (!p.startsWith(site)) {
            throw new IllegalArgumentException("output path outside the portal: " + relPath);
        }
        return p;
    }

    /** Makes the written version the live one, then deletes the previous version. */
    public void commit() throws IOException {
        listener.reached(WriteListener.Step.STAGED);
        if (!linked) {
            commitRenamed();
            return;
        }
        Optional<Path> previous = currentVersion(names);
        Path link = names.link(names.id(version));
        Files.createSymbolicLink(link, version.getFileName());
        listener.reached(WriteListener.Step.LINKED);
        Files.move(link, names.current(), StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        listener.reached(WriteListener.Step.SWAPPED);
        linkPaths(names); // the first build makes the two fixed links; later builds find them in place
        if (previous.isPresent() && !previous.get().equals(version)) {
            deleteQuietly(previous.get());
        }
        listener.reached(WriteListener.Step.CLEANED);
    }

    /** The fallback without symlinks: the old two-rename swap (see the class comment). */
    private void commitRenamed() throws IOException {
        Path target = names.target();
        Path old = names.old(names.id(version));
        boolean replacing = Files.exists(target, NOFOLLOW_LINKS);
        if (replacing) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(site, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        listener.reached(WriteListener.Step.SWAPPED);
        Folders.delete(names.indexLink());
        Files.move(searchIndexDir(), names.indexLink(), StandardCopyOption.ATOMIC_MOVE);
        if (replacing) {
            deleteQuietly(old);
        }
        deleteQuietly(version);
        listener.reached(WriteListener.Step.CLEANED);
    }

    /** Drops the version folder unless committed, and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                Path link = names.link(names.id(version));
                if (Files.isSymbolicLink(link)) {
                    Files.delete(link);
                }
                Folders.deleteInParallel(version);
            }
        } finally {
            // Releases the lock. The lock file stays: deleting it would let a build that waits on the deleted file
            // and one that creates a new file run at once.
            lock.close();
        }
    }

    private static void createParent(Path parent) throws IOException {
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            // createDirectories names only the path when it is a file; what the user needs to read is why.
            FileSystemException named = new FileSystemException(e.getFile(), null, "Not a directory");
            named.initCause(e);
            throw named;
        }
    }

    /**
     * POSIX systems only (see the class comment), and a probe for the file systems they mount without links (FAT,
     * some network ones).
     */
    private static boolean symlinksWork(Siblings names) throws IOException {
        if (!names.parent().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        if (Files.isSymbolicLink(names.current())) {
            return true;
        }
        Path probe = names.link(newId());
        try {
            Files.createSymbolicLink(probe, names.current().getFileName());
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
        Files.delete(probe);
        return true;
    }

    /**
     * Brings the layout to a known state after whatever an earlier build (of this or an earlier version of the
     * tool) left, without ever leaving the output path pointing at less than a whole portal. Returns the live version.
     */
    private static Optional<Path> recoverLinked(Siblings names) throws IOException {
        Optional<Path> current = currentVersion(names);
        if (current.isEmpty() && !Files.exists(names.target(), NOFOLLOW_LINKS)) {
            restoreOld(names);
        }
        if (Files.isDirectory(names.target(), NOFOLLOW_LINKS)) {
            current = Optional.of(adopt(names));
        }
        for (Path p : List.of(names.target(), names.indexLink())) {
            // A file of the user's where the portal goes: earlier versions deleted it with the old portal; say so.
            if (Files.exists(p, NOFOLLOW_LINKS) && !Files.isDirectory(p, NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
                throw new FileSystemException(p.toString(), null, "exists and is neither a folder nor a link");
            }
        }
        if (current.isPresent()) {
            if (Files.isDirectory(names.indexLink(), NOFOLLOW_LINKS)) {
                Path index = current.get().resolve(SEARCH_INDEX);
                if (Files.exists(index, NOFOLLOW_LINKS)) {
                    Folders.delete(names.indexLink());
                } else {
                    Files.move(names.indexLink(), index, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            linkPaths(names);
        }
        return current;
    }

    /**
     * A real folder at the output path (the portal of a build before version folders, or one made by hand) is moved
     * into a version folder once, and the path is replaced by the link. A folder cannot be replaced by a symlink in
     * one step, so between the move and {@link #linkPaths} the output path is missing for a moment; a kill in that
     * moment is repaired by the next build, which finds {@code .current} and makes the link.
     */
    private static Path adopt(Siblings names) throws IOException {
        Path v = newVersion(names);
        Path link = names.link(names.id(v));
        Files.createSymbolicLink(link, v.getFileName());
        Files.move(link, names.current(), StandardCopyOption.ATOMIC_MOVE);
        Files.move(names.target(), v.resolve(SITE), StandardCopyOption.ATOMIC_MOVE);
        return v;
    }

    private static Optional<Path> recoverRenamed(Siblings names) throws IOException {
        if (!Files.exists(names.target(), NOFOLLOW_LINKS)) {
            restoreOld(names);
        }
        return Optional.empty();
    }

    /**
     * A kill between the two renames of the fallback's swap (or of earlier versions of this tool) leaves no output
     * folder, and the previous portal, whole, as {@code .<name>.old-<id>}: it goes back.
     */
    private static void restoreOld(Siblings names) throws IOException {
        Optional<Path> old = entries(names).stream()
                .filter(p -> names.isOld(p.getFileName().toString()) && Files.isDirectory(p, NOFOLLOW_LINKS))
                .max(Comparator.comparing(OutputTree::modified));
        if (old.isPresent()) {
            Files.move(old.get(), names.target(), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The version {@code .current} points to, if it is a link this tool made to a version folder that exists. */
    private static Optional<Path> currentVersion(Siblings names) throws IOException {
        if (!Files.isSymbolicLink(names.current())) {
            return Optional.empty();
        }
        Path to = Files.readSymbolicLink(names.current());
        if (to.isAbsolute() || to.getNameCount() != 1 || !names.isVersion(to.toString())) {
            return Optional.empty();
        }
        Path v = names.parent().resolve(to);
        return Files.isDirectory(v, NOFOLLOW_LINKS) ? Optional.of(v) : Optional.empty();
    }

    /** Makes the output path and the index path the fixed relative links through {@code .current}. */
    private static void linkPaths(Siblings names) throws IOException {
        Path current = names.current().getFileName();
        linkPath(names, names.target(), current.resolve(SITE));
        linkPath(names, names.indexLink(), current.resolve(SEARCH_INDEX));
    }

    private static void linkPath(Siblings names, Path path, Path to) throws IOException {
        if (Files.isSymbolicLink(path)) {
            if (Files.readSymbolicLink(path).equals(to)) {
                return;
            }
            Path link = names.link(newId());
            Files.createSymbolicLink(link, to);
            Files.move(link, path, StandardCopyOption.ATOMIC_MOVE);
        } else if (Files.exists(path, NOFOLLOW_LINKS)) {
            throw new FileSystemException(path.toString(), null, "exists and is neither a folder nor a link");
        } else {
            Files.createSymbolicLink(path, to);
        }
    }

    /**
     * Removes what killed or failed builds left: version folders that are not live, temporary links (the links
     * themselves, not what they point to) and the staging and old folders of earlier versions of this tool. Only
     * entries with those exact names, and only folders that are real folders, not links to one.
     */
    private static void removeLeftovers(Siblings names, Optional<Path> current) throws IOException {
        for (Path p : entries(names)) {
            String name = p.getFileName().toString();
            if (names.isLink(name)) {
                if (Files.isSymbolicLink(p)) {
                    Files.delete(p);
                }
            } else if ((names.isVersion(name) && !current.equals(Optional.of(p))) || names.isOld(name)
                    || names.isEarlierStaging(name)) {
                if (Files.isDirectory(p, NOFOLLOW_LINKS)) {
                    Folders.deleteInParallel(p);
                }
            }
        }
    }

    private static Path newVersion(Siblings names) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path v = names.version(newId());
            try {
                return Files.createDirectory(v);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static String newId() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    private static List<Path> entries(Siblings names) throws IOException {
        try (Stream<Path> s = Files.list(names.parent())) {
            return s.toList();
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, NOFOLLOW_LINKS);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** After the commit a folder that will not go is only disk space: the next build removes it as a leftover. */
    private static void deleteQuietly(Path dir) {
        try {
            Folders.deleteInParallel(dir);
        } catch (IOException e) {
            // left for the next build's removeLeftovers
        }
    }
}
