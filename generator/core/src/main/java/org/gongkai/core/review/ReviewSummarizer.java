package org.gongkai.core.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.gongkai.core.compliance.ComplianceReport;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.load.FrontMatterValues;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.pipeline.Pipeline;

/**
 * {@code gongkai:review}: compares the content of a pull request's head with its merge base on the base branch
 * (what GitHub shows as "files changed") and summarises it for the approvers. Both versions are read from git
 * objects, never from the work tree, so the summary is what will be merged.
 */
public final class ReviewSummarizer {
    /** Diagnostics about the review's own temporary copy, not about the content. */
    private static final Set<String> NOT_ABOUT_CONTENT = Set.of("no-git", "not-committed");

    public ReviewSummary summarize(Path contentDir, String baseRef, String headRef, OffsetDateTime now) throws ReviewException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(contentDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new ReviewException(contentDir + " is not in a git repository: a review compares two commits");
        }
        Path tmp = null;
        try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo)) {
            RevCommit head = walk.parseCommit(resolve(repo, headRef));
            RevCommit baseTip = walk.parseCommit(resolve(repo, baseRef));
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(head);
            walk.markStart(baseTip);
            RevCommit mergeBase = walk.next();
            RevCommit base = mergeBase == null ? baseTip : walk.parseCommit(mergeBase);
            String prefix = prefix(repo, contentDir);

            tmp = Files.createTempDirectory("gongkai-review-");
            Path baseDir = extract(repo, base.getTree(), prefix, tmp.resolve("base"));
            Path headDir = extract(repo, head.getTree(), prefix, tmp.resolve("head"));
            // Both versions as the preview sees them (drafts and scheduled items in), from the commits alone.
            Pipeline pipeline = Pipeline.builder().mode(BuildMode.PREVIEW).history(Pipeline.NO_HISTORY).build();
            Diagnostics baseDiagnostics = new Diagnostics();
            Optional<Pipeline.Prepared> basePrepared = pipeline.run(baseDir, now, baseDiagnostics);
            Optional<Content> baseContent = basePrepared.map(Pipeline.Prepared::content);
            Optional<ComplianceReport> baseCompliance = basePrepared.map(p -> compliance(p, baseDiagnostics));
            Diagnostics headDiagnostics = new Diagnostics();
            Optional<Pipeline.Prepared> headPrepared = pipeline.run(headDir, now, headDiagnostics);
            Optional<Content> headContent = headPrepared.map(Pipeline.Prepared::content);
            Optional<ComplianceReport> headCompliance = headPrepared.map(p -> compliance(p, headDiagnostics));
            List<Diagnostic> diagnostics = headDiagnostics.sorted().stream()
                    .filter(d -> !NOT_ABOUT_CONTENT.contains(d.code())).toList();
            List<Change> changes = changes(repo, base.getTree(), head.getTree(), prefix,
                    baseContent.map(Content::items).orElse(List.of()), headContent.map(Content::items).orElse(List.of()),
                    diagnostics, now);
            return new ReviewSummary(baseRef, base.abbreviate(10).name(), headRef, head.abbreviate(10).name(), changes,
                    diagnostics, complianceChanges(baseCompliance, headCompliance));
        } catch (IOException e) {
            throw new ReviewException("cannot read the git repository: " + e.getMessage());
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** A version's compliance report, read off its model and findings. */
    private static ComplianceReport compliance(Pipeline.Prepared p, Diagnostics d) {
        return ComplianceReport.of(p.model(), d.sorted(), org.gongkai.core.diagnostic.DiagnosticLanguage.DEFAULT);
    }

    /** Each kind of finding whose count differs between the base and the head. */
    private static List<ReviewSummary.ComplianceChange> complianceChanges(Optional<ComplianceReport> base,
                                                                          Optional<ComplianceReport> head) {
        List<ReviewSummary.ComplianceChange> out = new ArrayList<>();
        if (base.isEmpty() || head.isEmpty()) {
            return out;
        }
        var before = base.get().counts();
        head.get().counts().forEach((kind, after) -> {
            int was = before.getOrDefault(kind, 0);
            if (was != after) {
                out.add(new ReviewSummary.ComplianceChange(kind, was, after));
            }
        });
        return out;
    }

    private static ObjectId resolve(Repository repo, String ref) throws IOException, ReviewException {
        ObjectId id = repo.resolve(ref + "^{commit}");
        if (id == null) {
            throw new ReviewException("cannot find '" + ref + "' in the repository: fetch it (git fetch origin "
                    + ref.replaceFirst("^origin/", "") + ") or pass -Dgongkai.baseRef / -Dgongkai.headRef");
        }
        return id;
    }

    private static String prefix(Repository repo, Path contentDir) throws IOException {
        Path workTree = repo.getWorkTree().toPath().toRealPath();
        String p = workTree.relativize(contentDir.toRealPath()).toString().replace('\\', '/');
        return p.isEmpty() ? "" : p + "/";
    }

    /** Writes the content folder of a commit into {@code dir}. */
    private static Path extract(Repository repo, RevTree tree, String prefix, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(tree);
            tw.setRecursive(true);
            if (!prefix.isEmpty()) {
                tw.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            }
            while (tw.next()) {
                Path target = dir.resolve(tw.getPathString().substring(prefix.length())).normalize();
                FileMode mode = tw.getFileMode(0);
                if (!target.startsWith(dir) || mode == FileMode.GITLINK) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (!target.getParent().toRealPath().startsWith(dir.toRealPath())) {
                    continue; // never write through a link an earlier entry made
                }
                if (mode == FileMode.SYMLINK) {
                    // A link stays a link, so the review's checks refuse one leading out of content/ as the build
                    // does, instead of reading the link's text as if it were the file.
                    String link = new String(repo.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                    try {
                        Files.createSymbolicLink(target, Path.of(link));
                    } catch (java.nio.file.InvalidPathException | UnsupportedOperationException e) {
                        // Not a path this system can link to: left out, as the build could not read it either.
                    }
                    continue;
                }
                try (OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    repo.open(tw.getObjectId(0)).copyTo(out);
                }
            }
        }
        return dir;
    }

    private static List<Change> changes(Repository repo, RevTree base, RevTree head, String prefix, List<Item> baseItems,
                                        List<Item> headItems, List<Diagnostic> diagnostics, OffsetDateTime now)
            throws IOException {
        List<Change> out = new ArrayList<>();
        try (DiffFormatter df = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            df.setRepository(repo);
            df.setDetectRenames(true);
            if (!prefix.isEmpty()) {
                df.setPathFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            }
            for (DiffEntry e : df.scan(base, head)) {
                String oldPath = strip(e.getOldPath(), prefix);
                String newPath = strip(e.getNewPath(), prefix);
                String oldText = e.getChangeType() == DiffEntry.ChangeType.ADD ? "" : text(repo, e.getOldId().toObjectId());
                String newText = e.getChangeType() == DiffEntry.ChangeType.DELETE ? "" : text(repo, e.getNewId().toObjectId());
                boolean isItem = (newPath.startsWith("items/") || oldPath.startsWith("items/"))
                        && (newPath.endsWith(".md") || oldPath.endsWith(".md"));
                out.add(isItem ? itemChange(e.getChangeType(), oldPath, newPath, oldText, newText, find(baseItems, oldPath),
                        find(headItems, newPath), diagnostics, now)
                        : otherChange(e.getChangeType(), oldPath, newPath, oldText, newText, diagnostics));
            }
        }
        out.sort(java.util.Comparator.comparing(Change::kind).thenComparing(c -> c.path().isEmpty() ? c.oldPath() : c.path()));
        return out;
    }

    private static Change itemChange(DiffEntry.ChangeType type, String oldPath, String newPath, String oldText,
                                     String newText, Optional<Item> before, Optional<Item> after,
                                     List<Diagnostic> diagnostics, OffsetDateTime now) {
        Optional<FrontMatterValues.Parsed> a = FrontMatterValues.read(oldText);
        Optional<FrontMatterValues.Parsed> b = FrontMatterValues.read(newText);
        List<Change.FieldChange> fields = fieldChanges(a.map(FrontMatterValues.Parsed::values).orElse(Map.of()),
                b.map(FrontMatterValues.Parsed::values).orElse(Map.of()));
        String diff = unifiedDiff(a.map(FrontMatterValues.Parsed::body).orElse(oldText),
                b.map(FrontMatterValues.Parsed::body).orElse(newText));
        Change.Kind kind = switch (type) {
            case ADD, COPY -> Change.Kind.ADDED;
            case DELETE -> Change.Kind.REMOVED;
            case RENAME -> Change.Kind.RENAMED;
            default -> after.flatMap(Item::withdrawn).isPresent() && before.flatMap(Item::withdrawn).isEmpty()
                    ? Change.Kind.WITHDRAWN : Change.Kind.CHANGED;
        };
        Optional<Item> shown = after.or(() -> before);
        String title = shown.map(Item::title).orElse(String.valueOf(b.or(() -> a)
                .map(p -> p.values().getOrDefault("title", "")).orElse("")));
        String published = after.flatMap(Item::published).map(OffsetDateTime::toString).orElse("");
        String scheduled = after.flatMap(Item::published).filter(t -> t.isAfter(now)).map(OffsetDateTime::toString).orElse("");
        String path = type == DiffEntry.ChangeType.DELETE ? "" : newPath;
        String old = type == DiffEntry.ChangeType.ADD ? "" : oldPath;
        return new Change(kind, path, old, title, fields, published, scheduled,
                shown.map(i -> key(i.audience())).orElse(""), shown.map(i -> key(i.disclosure())).orElse(""), diff,
                diagnosticsFor(diagnostics, path));
    }

    private static Change otherChange(DiffEntry.ChangeType type, String oldPath, String newPath, String oldText,
                                      String newText, List<Diagnostic> diagnostics) {
        String path = type == DiffEntry.ChangeType.DELETE ? "" : newPath;
        boolean text = path.endsWith(".yaml") || path.endsWith(".md") || path.endsWith(".csv") || oldPath.endsWith(".yaml");
        return new Change(Change.Kind.OTHER_FILE, path, type == DiffEntry.ChangeType.ADD ? "" : oldPath, "", List.of(),
                "", "", "", "", text ? unifiedDiff(oldText, newText) : "", diagnosticsFor(diagnostics, path));
    }

    private static List<Diagnostic> diagnosticsFor(List<Diagnostic> all, String path) {
        return path.isEmpty() ? List.of() : all.stream().filter(d -> d.file().equals(path)).toList();
    }

    static List<Change.FieldChange> fieldChanges(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change.FieldChange> out = new ArrayList<>();
        for (String k : keys) {
            String a = show(before.get(k));
            String b = show(after.get(k));
            if (!Objects.equals(a, b)) {
                out.add(new Change.FieldChange(k, a, b));
            }
        }
        return out;
    }

    private static String show(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ReviewSummarizer::show).collect(Collectors.joining(", ", "[", "]"));
        }
        return v.toString();
    }

    /** A unified diff of two texts with two lines of context; empty when equal. */
    static String unifiedDiff(String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter f = new DiffFormatter(out)) {
            f.setContext(2);
            f.format(edits, a, b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String text(Repository repo, AnyObjectId id) throws IOException {
        return new String(repo.open(id).getBytes(), StandardCharsets.UTF_8);
    }

    private static Optional<Item> find(List<Item> items, String path) {
        return items.stream().filter(i -> i.file().equals(path)).findFirst();
    }

    private static String strip(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void deleteQuietly(Path root) {
        try {
            org.gongkai.core.internal.Folders.delete(root);
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }
}
