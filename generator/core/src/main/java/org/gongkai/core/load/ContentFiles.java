package org.gongkai.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.core.content.StoredFile;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * The load stage's only way into the content folder, which is untrusted: it arrives in pull requests and the build
 * runs next to CI secrets. One walk lists every entry without following links by itself; a link is taken only when
 * it resolves, links followed, to a real path inside content/ (a link to /etc/passwd or /proc/self/environ is an
 * {@code outside-content} error and its bytes are never read). Every file found is either used (site.yaml,
 * catalog.yaml, items/**.md, pages/**.md, attachments/**) or reported. Reads are bounded in size and never follow a
 * link on their own. Links that stay inside content/ are allowed, to files and to folders; a folder link that
 * leads back into a folder being read is refused.
 */
final class ContentFiles {
    /** An item or page: a long regulation with tables is well under 1 MiB. */
    static final long MAX_MARKDOWN_BYTES = 4L << 20;
    /** site.yaml, catalog.yaml: a platform's few thousand organs and categories fit in far less. */
    static final long MAX_CONFIG_BYTES = 1L << 20;
    /** A record of the register, or a report's figures. */
    static final long MAX_RECORD_BYTES = 256L << 10;
    /** Folder levels below content/; items/organ/year/ is three. */
    static final int MAX_DEPTH = 16;

    private static final Set<String> CONFIGS = Set.of("site.yaml", "catalog.yaml");
    /** Git placeholders: they keep a folder in the repository and are rightly ignored. */
    private static final Set<String> PLACEHOLDERS = Set.of(".gitkeep", ".gitignore");

    private final Path realRoot;
    private final Diagnostics diagnostics;
    private final Map<String, StoredFile> configs = new TreeMap<>();
    private final List<StoredFile> items = new ArrayList<>();
    private final List<StoredFile> pages = new ArrayList<>();
    private final Map<String, StoredFile> attachments = new TreeMap<>();
    private final List<StoredFile> requests = new ArrayList<>();
    private final List<StoredFile> reports = new ArrayList<>();
    private final Set<String> outside = new java.util.TreeSet<>();

    private ContentFiles(Path realRoot, Diagnostics diagnostics) {
        this.realRoot = realRoot;
        this.diagnostics = diagnostics;
    }

    /** Walks the folder; empty (with a diagnostic) when it does not exist or cannot be listed. */
    static Optional<ContentFiles> scan(Path root, Diagnostics diagnostics) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            diagnostics.add(Code.NO_CONTENT, SourcePosition.site(), root);
            return Optional.empty();
        }
        if (!Files.isDirectory(real)) {
            diagnostics.add(Code.NO_CONTENT, SourcePosition.site(), root);
            return Optional.empty();
        }
        ContentFiles files = new ContentFiles(real, diagnostics);
        Set<Path> open = new HashSet<>();
        open.add(real);
        files.walk(real, "", 0, open);
        return Optional.of(files);
    }

    Optional<StoredFile> config(String name) {
        return Optional.ofNullable(configs.get(name));
    }

    /** items/**.md in path order. */
    List<StoredFile> items() {
        return List.copyOf(items);
    }

    List<StoredFile> pages() {
        return List.copyOf(pages);
    }

    /** reports/<yyyy>/<organ>.yaml and their frozen copies <organ>.frozen.yaml, in path order. */
    List<StoredFile> reports() {
        return List.copyOf(reports);
    }

    /** requests/**.yaml: the 依申请公开 register, one application a file, in path order. */
    List<StoredFile> requests() {
        return List.copyOf(requests);
    }

    Map<String, StoredFile> attachments() {
        return Map.copyOf(attachments);
    }

    /** Paths that are links leading outside content/ (refused). */
    Set<String> outside() {
        return Set.copyOf(outside);
    }

    private void walk(Path dir, String rel, int depth, Set<Path> open) {
        record Named(String name, Path path) {
        }
        List<Named> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(p -> entries.add(new Named(p.getFileName().toString(), p)));
        } catch (IOException e) {
            diagnostics.add(Code.UNREADABLE, SourcePosition.of(rel.isEmpty() ? "." : rel), Phrase.of(ReadProblem.IO, e.getMessage()));
            return;
        }
        // Sorted so that diagnostics and every order derived from them are the same on every machine.
        entries.sort(java.util.Comparator.comparing(Named::name));
        for (Named e : entries) {
            String path = rel.isEmpty() ? e.name() : rel + "/" + e.name();
            visit(e.path(), e.name(), path, depth, open);
        }
    }

    private void visit(Path p, String name, String path, int depth, Set<Path> open) {
        SourcePosition at = SourcePosition.of(path);
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path real = p;
            if (a.isSymbolicLink()) {
                Optional<Path> target = resolveLink(p, at);
                if (target.isEmpty()) {
                    return;
                }
                real = target.get();
                a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            if (a.isDirectory()) {
                folder(real, name, path, depth, open, at);
            } else if (a.isRegularFile()) {
                file(new StoredFile(path, real, a.size(), a.lastModifiedTime(), a.fileKey()), name, at);
            } else {
                diagnostics.add(Code.UNREADABLE, at, Phrase.of(ReadProblem.SPECIAL_FILE));
            }
        } catch (IOException e) {
            diagnostics.add(Code.UNREADABLE, at, Phrase.of(ReadProblem.IO, String.valueOf(e.getMessage())));
        }
    }

    /** The link's real target when it lies inside content/; otherwise reported and empty. */
    private Optional<Path> resolveLink(Path link, SourcePosition at) throws IOException {
        String written = Files.readSymbolicLink(link).toString();
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            // A dangling link, or one whose chain leads nowhere: judge it by where it points, never read it.
            Path lexical = link.getParent().resolve(written).normalize();
            if (lexical.startsWith(realRoot)) {
                diagnostics.add(Code.UNREADABLE, at, Phrase.of(ReadProblem.DANGLING_LINK, written));
            } else {
                refuse(at, written);
            }
            return Optional.empty();
        }
        if (!target.startsWith(realRoot)) {
            refuse(at, written);
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private void refuse(SourcePosition at, String written) {
        diagnostics.add(Code.OUTSIDE_CONTENT, at, written);
        outside.add(at.file());
    }

    private void folder(Path real, String name, String path, int depth, Set<Path> open, SourcePosition at) {
        if (depth + 1 > MAX_DEPTH) {
            diagnostics.add(Code.IGNORED_FILE, at, Phrase.of(ReadProblem.TOO_DEEP, MAX_DEPTH),
                    Phrase.hint(ReadProblem.TOO_DEEP));
            return;
        }
        if (!open.add(real)) {
            diagnostics.add(Code.IGNORED_FILE, at, Phrase.of(ReadProblem.LINK_LOOP), Phrase.hint(ReadProblem.LINK_LOOP));
            return;
        }
        if (name.endsWith(".md") && (path.startsWith("items/") || path.startsWith("pages/"))) {
            diagnostics.add(Code.MISNAMED_ITEM, at, Phrase.of(ReadProblem.MD_FOLDER, section(path)));
        }
        walk(real, path, depth + 1, open);
        open.remove(real);
    }

    private void file(StoredFile f, String name, SourcePosition at) {
        String path = f.path();
        if (PLACEHOLDERS.contains(name)) {
            return;
        }
        if (isSystemFile(name)) {
            diagnostics.add(Code.IGNORED_FILE, at, Phrase.of(ReadProblem.SYSTEM_FILE), Phrase.hint(ReadProblem.SYSTEM_FILE));
        } else if (CONFIGS.contains(path)) {
            configs.put(path, f);
        } else if (path.startsWith("items/") || path.startsWith("pages/")) {
            if (name.endsWith(".md")) {
                (path.startsWith("items/") ? items : pages).add(f);
            } else {
                diagnostics.add(Code.MISNAMED_ITEM, at, Phrase.of(ReadProblem.NOT_MD, section(path)));
            }
        } else if (path.startsWith("attachments/")) {
            attachments.put(path, f);
        } else if (path.startsWith("reports/")) {
            if (name.endsWith(".yaml")) {
                reports.add(f);
            } else {
                diagnostics.add(Code.MISNAMED_ITEM, at, Phrase.of(ReadProblem.NOT_YAML, Section.REPORT));
            }
        } else if (path.startsWith("requests/")) {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                requests.add(f);
            } else {
                diagnostics.add(Code.MISNAMED_ITEM, at, Phrase.of(ReadProblem.NOT_YAML, Section.APPLICATION));
            }
        } else {
            diagnostics.add(Code.IGNORED_FILE, at, Phrase.of(ReadProblem.STRAY), Phrase.hint(ReadProblem.STRAY));
        }
    }

    private static Section section(String path) {
        return path.startsWith("items/") ? Section.ITEM : Section.PAGE;
    }

    private static boolean isSystemFile(String name) {
        return name.equals(".DS_Store") || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini")
                || name.startsWith("~$") || name.startsWith("._") || name.endsWith(".swp") || name.endsWith("~");
    }

    /**
     * The file's text: at most {@code limit} bytes of UTF-8 (a byte order mark is left for the front-matter reader).
     * Too large, not UTF-8 (with the line and byte of the first bad sequence, and whether it looks like GBK) or
     * unreadable: reported, empty.
     */
    static Optional<String> readText(StoredFile f, long limit, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(f.path());
        if (f.size() > limit) {
            diagnostics.add(Code.FILE_TOO_LARGE, at, Section.FILE, f.size(), limit);
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(f.real(), LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) limit + 1);
        } catch (IOException e) {
            diagnostics.add(Code.UNREADABLE, at, Phrase.of(ReadProblem.IO, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        if (bytes.length > limit) { // grew since the walk
            diagnostics.add(Code.FILE_TOO_LARGE, at, Section.FILE, bytes.length, limit);
            return Optional.empty();
        }
        return decode(bytes, f.path(), diagnostics);
    }

    private static Optional<String> decode(byte[] bytes, String path, Diagnostics diagnostics) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) {
            r = utf8.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            Object guess = looksLikeGbk(bytes) ? Phrase.of(ReadProblem.LOOKS_GBK) : "";
            diagnostics.add(Code.NOT_UTF8, new SourcePosition(path, line, 0), line, offset + 1, guess);
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** Decodes as GB 18030 (a superset of GBK) without error and holds Chinese characters. */
    private static boolean looksLikeGbk(byte[] bytes) {
        try {
            String s = Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
