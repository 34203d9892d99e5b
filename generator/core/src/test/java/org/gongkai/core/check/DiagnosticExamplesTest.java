package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.Gongkai;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.linkcheck.ExternalLinkCheck;
import org.gongkai.core.linkcheck.LinkCheckReport;
import org.gongkai.core.linkcheck.LinkServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under src/test/resources/diagnostics/ is named after a diagnostic code and shows it: files laid over
 * a valid fixture site (byte for byte), an optional setup.txt for what files cannot say (links, a missing content
 * folder, git history), and expect.txt listing the diagnostics a user must see ("error code file:line:column").
 * Every expected line must be reported, and no other error; every diagnostic has a message and a hint in each
 * language; with errors nothing is written. Every code has its folder, so a new code comes with its example.
 *
 * <p>setup.txt, one directive per line: {@code link <path> -> <target>} (a symbolic link; {@code $OUTSIDE} is a
 * folder outside the content folder holding {@code secret.txt}), {@code remove <path>}, {@code big <path> <bytes>}
 * (an item padded to that size), {@code no-content}, {@code no-theme}, {@code output-blocked} (the output's parent
 * is a file), {@code git commit} (commit everything), {@code git commit-except <path>} (commit all but that file),
 * {@code git shallow} (then build a depth-1 clone), {@code git broken} (a commit whose objects are gone),
 * {@code check-links} (run gongkai:check-links's engine instead of a build, against a web server on 127.0.0.1:
 * {@code $SERVER} in the content files is its URL, answering /ok, /missing with 404 and /slow after the timeout;
 * {@code $UNREACHABLE} a port where nothing listens), {@code review} (run gongkai:review's engine: main has the
 * fixture site and the case's files, a branch {@code pr} made from it adds those under {@code on-branch/}, and
 * main then adds those under {@code on-main/}; the pull request pr is reviewed against main).
 */
class DiagnosticExamplesTest {
    /**
     * Codes that content cannot produce, each tested where it arises: a goal's own parameter and a bug in the
     * engine. Everything else must have an example.
     */
    private static final Map<Code, String> WITHOUT_EXAMPLE = Map.of(
            Code.MISSING_PARAMETER, "a parameter of gongkai:new, not content: ItemScaffolderTest",
            Code.INTERNAL_ERROR, "only a bug in the engine produces it: EngineSafetyTest",
            Code.OUT_OF_MEMORY, "a heap too small for the site, not content: OutOfMemoryTest");

    private static Path examples() throws URISyntaxException {
        return Path.of(DiagnosticExamplesTest.class.getResource("/diagnostics").toURI());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(examples())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void everyCodeHasAnExampleFolderNamedAfterIt() throws Exception {
        Set<String> folders = cases().collect(Collectors.toCollection(TreeSet::new));
        Set<String> codes = Arrays.stream(Code.values()).filter(c -> !WITHOUT_EXAMPLE.containsKey(c)).map(Code::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(folders).as("example folders without a code of that name").isSubsetOf(codes);
        assertThat(codes).as("codes without an example folder under src/test/resources/diagnostics/").isSubsetOf(folders);
        for (String code : codes) {
            assertThat(Files.readString(examples().resolve(code).resolve("expect.txt")))
                    .as("diagnostics/%s/expect.txt shows its own code", code).contains(" " + code + " ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsWhatIsWrongWithFileAndLine(String name, @TempDir Path tmp) throws Exception {
        Path caseDir = examples().resolve(name);
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        Path theme = FixtureSite.theme();
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = caseDir.relativize(f).toString().replace('\\', '/');
                if (rel.equals("expect.txt") || rel.equals("setup.txt") || rel.startsWith("on-branch/")
                        || rel.startsWith("on-main/")) {
                    continue;
                }
                if (rel.startsWith("theme/")) {
                    theme = themeCopy(tmp, theme);
                    copy(f, theme.resolve(rel.substring("theme/".length())));
                } else {
                    copy(f, site.content().resolve(rel));
                }
            }
        }
        Gongkai.Builder engine = site.engine().themeDir(theme);
        Path root = site.root();
        Path setup = caseDir.resolve("setup.txt");
        boolean checkLinks = false;
        boolean review = false;
        for (String line : Files.exists(setup) ? Files.readAllLines(setup) : List.<String>of()) {
            if (line.strip().equals("check-links")) {
                checkLinks = true;
            } else if (line.strip().equals("review")) {
                review = true;
            } else {
                root = apply(line.strip(), site, root, engine, tmp);
            }
        }
        if (!root.equals(site.root())) {
            engine.contentDir(root.resolve("content"));
        }
        List<String> expected = Files.readAllLines(caseDir.resolve("expect.txt")).stream()
                .filter(l -> !l.isBlank()).toList();

        BuildResult result = checkLinks ? checkLinks(site) : review ? review(site, caseDir) : engine.build().build();

        List<String> reported = result.diagnostics().stream()
                .map(d -> d.severity().label() + " " + d.code().id() + " " + d.file() + ":" + d.line() + ":" + d.column())
                .toList();
        assertThat(reported).as("diagnostics of %s: %s", name, result.diagnostics().stream().map(Diagnostic::format).toList())
                .containsAll(expected);
        assertThat(reported.stream().filter(r -> r.startsWith("error"))).as("unexpected errors")
                .containsExactlyInAnyOrderElementsOf(expected.stream().filter(e -> e.startsWith("error")).toList());
        for (DiagnosticLanguage language : DiagnosticLanguage.values()) {
            assertThat(result.diagnostics()).allSatisfy(d -> {
                assertThat(d.message(language)).as("a message in %s: %s", language, d.code()).isNotBlank()
                        .doesNotContain("{0}", "{1}", "{2}", "enum.");
                assertThat(d.hint(language)).as("every diagnostic says how to fix it, in %s: %s", language, d.format(language))
                        .isNotBlank();
            });
        }
        boolean errorsExpected = expected.stream().anyMatch(e -> e.startsWith("error"));
        if (!checkLinks && !review) {
            assertThat(result.written()).as("written only without errors").isEqualTo(!errorsExpected);
        }
    }

    /** The link check of the site against a local web server, its report seen as a run that wrote nothing. */
    private static BuildResult checkLinks(FixtureSite site) throws IOException {
        try (LinkServer server = LinkServer.start(); Stream<Path> files = Files.walk(site.content())) {
            String unreachable = LinkServer.unreachable();
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.writeString(f, Files.readString(f).replace("$SERVER", server.base()).replace("$UNREACHABLE", unreachable));
            }
            LinkCheckReport r = ExternalLinkCheck.builder().contentDir(site.content()).now(FixtureSite.NOW)
                    .timeout(java.time.Duration.ofSeconds(1)).build().run();
            return new BuildResult(r.diagnostics(), false, null, 0, 0, List.of(), r.language());
        }
    }

    /** The review of a branch made from main, after main moved on: its diagnostics seen as a run that wrote nothing. */
    private static BuildResult review(FixtureSite site, Path caseDir) throws Exception {
        PersonIdent who = new PersonIdent("信息员", "editor@example.org",
                java.time.Instant.parse("2026-03-04T02:00:00Z"), java.time.ZoneOffset.ofHours(8));
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("content").call();
            git.commit().setMessage("内容").setAuthor(who).setCommitter(who).setSign(false).call();
            git.checkout().setCreateBranch(true).setName("pr").call();
            overlay(caseDir.resolve("on-branch"), site.content());
            git.add().addFilepattern("content").call();
            git.commit().setMessage("分支").setAuthor(who).setCommitter(who).setSign(false).call();
            git.checkout().setName("main").call();
            overlay(caseDir.resolve("on-main"), site.content());
            git.add().addFilepattern("content").call();
            git.commit().setMessage("合并 #1").setAuthor(who).setCommitter(who).setSign(false).call();
            git.checkout().setName("pr").call();
        }
        org.gongkai.core.review.ReviewSummary s = new org.gongkai.core.review.ReviewSummarizer()
                .summarize(site.content(), "main", "pr", FixtureSite.NOW);
        return new BuildResult(s.diagnostics(), false, null, 0, 0, List.of(), s.language());
    }

    private static void overlay(Path from, Path content) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                copy(f, content.resolve(from.relativize(f).toString()));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.write(to, Files.readAllBytes(from));
    }

    private static Path themeCopy(Path tmp, Path theme) throws IOException {
        Path copy = tmp.resolve("theme");
        if (Files.exists(copy)) {
            return copy;
        }
        try (Stream<Path> s = Files.walk(theme)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                copy(p, copy.resolve(theme.relativize(p).toString()));
            }
        }
        return copy;
    }

    /** Carries out one setup directive; returns the root of the site to build (a clone, for "git shallow"). */
    private static Path apply(String line, FixtureSite site, Path root, Gongkai.Builder engine, Path tmp) throws Exception {
        String[] w = line.split("\\s+");
        Path content = site.content();
        switch (w[0]) {
            case "", "#" -> { }
            case "link" -> {
                Path outside = Files.createDirectories(tmp.resolve("outside"));
                Files.writeString(outside.resolve("secret.txt"), "SECRET\n");
                Path link = content.resolve(w[1]);
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(w[3].replace("$OUTSIDE", outside.toString())));
            }
            case "remove" -> Files.delete(content.resolve(w[1]));
            case "big" -> {
                String head = "---\ntitle: 很长的通知\norgan: gov\ncategory: regulation\nwritten: 2026-03-02\n---\n";
                Path p = content.resolve(w[1]);
                Files.createDirectories(p.getParent());
                Files.writeString(p, head + "正".repeat(Integer.parseInt(w[2]) / 3), StandardCharsets.UTF_8);
            }
            case "no-content" -> engine.contentDir(tmp.resolve("no-such-folder"));
            case "no-theme" -> engine.themeDir(Files.createDirectories(tmp.resolve("empty-theme")));
            case "output-blocked" -> {
                Path file = Files.writeString(tmp.resolve("blocked"), "a file where a folder should be");
                engine.outputDir(file.resolve("portal"));
            }
            case "git" -> {
                return git(w, site, tmp);
            }
            default -> throw new IllegalArgumentException("unknown setup directive: " + line);
        }
        return root;
    }

    private static Path git(String[] w, FixtureSite site, Path tmp) throws Exception {
        PersonIdent who = new PersonIdent("信息员", "editor@example.org",
                java.time.Instant.parse("2026-03-04T02:00:00Z"), java.time.ZoneOffset.ofHours(8));
        switch (w[1]) {
            case "commit", "commit-except" -> {
                try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
                    git.add().addFilepattern("content").call();
                    if (w[1].equals("commit-except")) {
                        git.rm().setCached(true).addFilepattern("content/" + w[2]).call();
                    }
                    git.commit().setMessage("内容").setAuthor(who).setCommitter(who).call();
                }
                return site.root();
            }
            case "shallow" -> {
                try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
                    git.add().addFilepattern("content").call();
                    git.commit().setMessage("一").setAuthor(who).setCommitter(who).call();
                    git.commit().setMessage("二").setAuthor(who).setCommitter(who).setAllowEmpty(true).call();
                }
                Path clone = tmp.resolve("clone");
                Git.cloneRepository().setURI(site.root().toUri().toString()).setDirectory(clone.toFile()).setDepth(1)
                        .call().close();
                return clone;
            }
            case "broken" -> {
                try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
                    git.add().addFilepattern("content").call();
                    git.commit().setMessage("内容").setAuthor(who).setCommitter(who).call();
                }
                // HEAD names a commit whose objects are gone: what a half-copied or corrupted repository looks like.
                try (Stream<Path> objects = Files.walk(site.root().resolve(".git/objects"))) {
                    for (Path p : objects.filter(Files::isRegularFile).toList()) {
                        Files.delete(p);
                    }
                }
                return site.root();
            }
            default -> throw new IllegalArgumentException("unknown git directive: " + w[1]);
        }
    }
}
