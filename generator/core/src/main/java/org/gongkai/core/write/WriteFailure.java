package org.gongkai.core.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Why writing the portal failed, told the way a user can act on it: the file and the system's own reason ("No space
 * left on device", "File too large", "Not a directory"), dug out of the exceptions wrapped around them, and a hint
 * that fits that reason rather than a guess.
 */
public record WriteFailure(Optional<String> file, String reason) {

    public static WriteFailure of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f) {
                String file = f.getFile() == null ? null
                        : f.getOtherFile() == null ? f.getFile() : f.getFile() + " → " + f.getOtherFile();
                return new WriteFailure(Optional.ofNullable(file), reason(f));
            }
        }
        // No file named anywhere: the innermost exception says what went wrong; the outer ones only say "cannot write".
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return new WriteFailure(Optional.empty(), m == null || m.isBlank() ? root.getClass().getSimpleName() : m);
    }

    /** The JDK leaves the reason out for the errors it has a class for (on POSIX: EACCES, EEXIST, ENOENT …). */
    private static String reason(FileSystemException f) {
        if (f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason();
        }
        if (f instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (f instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (f instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        return f.getClass().getSimpleName();
    }

    /** What kind of failure it is, for the advice that goes with it. */
    public enum Kind { NO_SPACE, FILE_TOO_LARGE, NOT_A_DIRECTORY, OTHER }

    /** Disk space only when space is what ran out. */
    public Kind kind() {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("disk quota") || r.contains("not enough space")) {
            return Kind.NO_SPACE;
        }
        if (r.contains("file too large")) {
            return Kind.FILE_TOO_LARGE;
        }
        if (r.contains("not a directory") || r.equals("file exists")) {
            return Kind.NOT_A_DIRECTORY;
        }
        return Kind.OTHER;
    }

    /** The same failure as an IOException that names its file, for a write that failed without saying where. */
    static IOException naming(Path file, IOException e) {
        if (e instanceof FileSystemException) {
            return e;
        }
        String m = e.getMessage();
        FileSystemException named = new FileSystemException(file.toString(), null,
                m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
        named.initCause(e);
        return named;
    }
}
