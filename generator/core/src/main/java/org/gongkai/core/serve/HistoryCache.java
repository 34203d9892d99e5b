package org.gongkai.core.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.history.GitHistoryReader;
import org.gongkai.core.history.History;

/**
 * The git history, read again only when HEAD has moved. History comes from commits alone, so an edit in the
 * working tree cannot change it, and walking a long history on every keystroke would cost more than the rest
 * of a rebuild.
 */
final class HistoryCache {
    private String head;
    private History history;
    private List<Diagnostic> diagnostics = List.of();

    History read(Path contentDir, Diagnostics into) {
        String now = head(contentDir);
        if (history == null || !now.equals(head)) {
            Diagnostics own = new Diagnostics();
            history = new GitHistoryReader(own).read(contentDir);
            diagnostics = own.sorted();
            head = now;
        }
        diagnostics.forEach(into::add);
        return history;
    }

    /** HEAD's commit id, "" without a repository or commit; "?" when unreadable (the reader reports why). */
    private static String head(Path contentDir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(contentDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return "";
        }
        try (Repository repo = builder.build()) {
            ObjectId id = repo.resolve("HEAD");
            return id == null ? "" : id.name();
        } catch (IOException | RuntimeException e) {
            return "?" + System.nanoTime(); // never equal: read again, and let the reader report the problem
        }
    }
}
