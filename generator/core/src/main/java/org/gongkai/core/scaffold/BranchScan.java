package org.gongkai.core.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The 索引号 used on every branch this clone can see: its own branches and each remote's (after fetching the
 * remotes, when asked), so that two editors working on two branches do not take the same number.
 */
public final class BranchScan {
    /** How long one remote may take to answer a fetch. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param branches the branches read, short names ({@code main}, {@code origin/main}, …), in order
     * @param fetched the remotes fetched
     * @param problems why a remote could not be fetched (its branches as last fetched were still read)
     */
    public record Result(List<IndexNumbers.Use> uses, List<String> branches, List<String> fetched, List<String> problems,
                         boolean inGit) {
        static Result notInGit() {
            return new Result(List.of(), List.of(), List.of(), List.of(), false);
        }

        /** What the editor is told: which branches the number was compared with, and what could not be fetched. */
        public List<String> describe(org.gongkai.core.diagnostic.DiagnosticLanguage language) {
            boolean en = language == org.gongkai.core.diagnostic.DiagnosticLanguage.EN;
            List<String> out = new ArrayList<>();
            if (!inGit) {
                out.add(en ? "compared with the work tree only: the content folder is not in a git repository"
                        : "只对照了工作区：内容目录不在 git 仓库中");
                return out;
            }
            String list = String.join(en ? ", " : "、", branches);
            out.add(en ? "compared with the work tree and " + branches.size() + " branch(es): " + list
                    : "已对照工作区和 " + branches.size() + " 个分支：" + list);
            if (!fetched.isEmpty()) {
                out.add(en ? "fetched first: " + String.join(", ", fetched) : "已先取回（fetch）：" + String.join("、", fetched));
            }
            for (String p : problems) {
                out.add(en ? "could not fetch " + p + " — its branches were read as last fetched; run git fetch and "
                        + "check the number before you push"
                        : "未能取回 " + p + "——按上次取回的分支计算；请运行 git fetch 后再核对这个索引号");
            }
            return out;
        }
    }

    private BranchScan() {
    }

    public static Result scan(Path contentDir, boolean fetch) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(contentDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Result.notInGit();
        }
        try (Repository repo = builder.build()) {
            List<String> fetched = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            if (fetch && !repo.isBare()) {
                for (String remote : new java.util.TreeSet<>(repo.getRemoteNames())) {
                    String problem = fetch(repo, remote);
                    if (problem.isEmpty()) {
                        fetched.add(remote);
                    } else {
                        problems.add(remote + ": " + problem);
                    }
                }
            }
            String prefix = prefix(repo, contentDir);
            IndexNumbers numbers = new IndexNumbers();
            List<IndexNumbers.Use> uses = new ArrayList<>();
            List<String> branches = new ArrayList<>();
            List<Ref> refs = new ArrayList<>(repo.getRefDatabase().getRefsByPrefix("refs/heads/"));
            refs.addAll(repo.getRefDatabase().getRefsByPrefix("refs/remotes/"));
            try (RevWalk walk = new RevWalk(repo)) {
                for (Ref ref : refs) {
                    if (ref.isSymbolic() || ref.getObjectId() == null) {
                        continue; // origin/HEAD names another branch of the list
                    }
                    RevCommit commit;
                    try {
                        commit = walk.parseCommit(ref.getObjectId());
                    } catch (IOException notACommit) {
                        continue;
                    }
                    String name = Repository.shortenRefName(ref.getName());
                    branches.add(name);
                    uses.addAll(numbers.inTree(repo, commit.getTree(), prefix, name));
                }
            }
            return new Result(List.copyOf(uses), List.copyOf(branches), List.copyOf(fetched), List.copyOf(problems), true);
        } catch (IOException e) {
            return new Result(List.of(), List.of(), List.of(), List.of("git: " + e.getMessage()), true);
        }
    }

    /**
     * Fetches one remote with the git program (the editor's own credentials, SSH keys and proxy), never asking for
     * a password; with JGit when there is no git program. Empty when it worked, else why not.
     */
    static String fetch(Repository repo, String remote) {
        Path log;
        try {
            log = java.nio.file.Files.createTempFile("gongkai-fetch-", ".txt");
        } catch (IOException e) {
            return e.getMessage();
        }
        ProcessBuilder pb = new ProcessBuilder("git", "fetch", "--quiet", "--no-tags", remote)
                .directory(repo.getWorkTree()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(System.getProperty("os.name", "")
                        .startsWith("Windows") ? "NUL" : "/dev/null")));
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().putIfAbsent("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
        try {
            Process p;
            try {
                p = pb.start();
            } catch (IOException noGitProgram) {
                return fetchWithJgit(repo, remote);
            }
            try {
                if (!p.waitFor(FETCH_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return "no answer within " + FETCH_TIMEOUT.toSeconds() + " s";
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            if (p.exitValue() == 0) {
                return "";
            }
            String text = java.nio.file.Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "git fetch exited with " + p.exitValue()
                    : text.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(text);
        } catch (IOException e) {
            return e.getMessage();
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private static String fetchWithJgit(Repository repo, String remote) {
        try {
            Git.wrap(repo).fetch().setRemote(remote).setTimeout((int) FETCH_TIMEOUT.toSeconds()).call();
            return "";
        } catch (GitAPIException | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    static String prefix(Repository repo, Path contentDir) throws IOException {
        if (repo.isBare()) {
            return "content/";
        }
        Path workTree = repo.getWorkTree().toPath().toRealPath();
        String p = workTree.relativize(contentDir.toAbsolutePath().toRealPath()).toString().replace('\\', '/');
        return p.isEmpty() ? "" : p + "/";
    }
}
