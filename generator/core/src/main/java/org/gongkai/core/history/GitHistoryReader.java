package org.gongkai.core.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Code;

/**
 * The history stage: one walk over the first-parent line of HEAD (the main line: each merge of a pull request is
 * one step), oldest first, recording when each content file was added and last changed. Renames carry the first
 * date along, so moving a file does not make it look new.
 */
public final class GitHistoryReader {
    private final Diagnostics diagnostics;

    public GitHistoryReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public History read(Path contentRoot) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(contentRoot.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return History.none();
        }
        try (Repository repo = builder.build()) {
            if (repo.isBare() || repo.getWorkTree() == null) {
                return History.none();
            }
            ObjectId head = repo.resolve("HEAD");
            if (head == null) {
                return History.none();
            }
            if (Files.exists(repo.getDirectory().toPath().resolve("shallow"))) {
                diagnostics.add(Code.SHALLOW_CLONE, SourcePosition.site());
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            String prefix = workTree.relativize(contentRoot.toRealPath()).toString().replace('\\', '/');
            prefix = prefix.isEmpty() ? "" : prefix + "/";
            return new History(true, walk(repo, head, prefix));
        } catch (IOException e) {
            diagnostics.add(Code.GIT_UNREADABLE, SourcePosition.site(), e.getMessage());
            return History.none();
        }
    }

    private Map<String, FileHistory> walk(Repository repo, ObjectId head, String prefix) throws IOException {
        Map<String, FileHistory> files = new HashMap<>();
        try (RevWalk walk = new RevWalk(repo);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDetectRenames(true);
            if (!prefix.isEmpty()) {
                diff.setPathFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            }
            walk.setFirstParent(true);
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                Instant when = Instant.ofEpochSecond(c.getCommitTime());
                FileHistory.Version version = new FileHistory.Version(c.abbreviate(10).name(), when,
                        c.getShortMessage(), pullRequest(c.getFullMessage()));
                List<DiffEntry> entries = diff.scan(c.getParentCount() == 0 ? null : c.getParent(0), c);
                for (DiffEntry e : entries) {
                    String oldPath = strip(e.getOldPath(), prefix);
                    String newPath = strip(e.getNewPath(), prefix);
                    switch (e.getChangeType()) {
                        case ADD, COPY -> files.put(newPath, new FileHistory(when, when, List.of(version)));
                        case MODIFY -> files.put(newPath, files.containsKey(newPath) ? files.get(newPath).with(version)
                                : new FileHistory(when, when, List.of(version)));
                        case RENAME -> {
                            FileHistory old = files.remove(oldPath);
                            files.put(newPath, old == null ? new FileHistory(when, when, List.of(version)) : old.with(version));
                        }
                        case DELETE -> files.remove(oldPath);
                        default -> { }
                    }
                }
            }
        }
        return files;
    }

    private static final java.util.regex.Pattern MERGE_PR = java.util.regex.Pattern.compile("^Merge pull request #(\\d+)");
    private static final java.util.regex.Pattern SQUASH_PR = java.util.regex.Pattern.compile("\\(#(\\d+)\\)\\s*$");

    /** GitHub's merge ("Merge pull request #12 from …") and squash ("标题 (#12)") messages name the pull request. */
    static Optional<Integer> pullRequest(String message) {
        String first = message.lines().findFirst().orElse("");
        java.util.regex.Matcher m = MERGE_PR.matcher(first);
        if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        m = SQUASH_PR.matcher(first);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static String strip(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
}
