package org.gongkai.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The repository's GitHub set-up works as documented: the workflows are valid, check out full history, call
 * goals this plugin has, and run the README's commands; every organ has code owners; the 意见箱's GitHub channel
 * opens an issue form that is there, in Chinese, and says that issues are public.
 */
class GithubSetupTest {
    static final Path ROOT = Path.of("../..");
    static Map<String, Map<String, Object>> workflows = new java.util.TreeMap<>();
    static Set<String> goals;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Load yaml = new Load(LoadSettings.builder().build());
        try (Stream<Path> s = Files.list(ROOT.resolve(".github/workflows"))) {
            for (Path p : s.sorted().toList()) {
                Object doc = yaml.loadFromString(Files.readString(p, StandardCharsets.UTF_8));
                assertThat(doc).as(p + " is a YAML mapping").isInstanceOf(Map.class);
                workflows.put(p.getFileName().toString(), (Map<String, Object>) doc);
            }
        }
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        goals = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<goal>([^<]+)</goal>").matcher(descriptor);
        while (m.find()) {
            goals.add(m.group(1));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> out = new ArrayList<>();
        ((Map<String, Object>) workflow.get("jobs")).values().forEach(job ->
                out.addAll((List<Map<String, Object>>) ((Map<String, Object>) job).getOrDefault("steps", List.of())));
        return out;
    }

    private static String runs(Map<String, Object> workflow) {
        StringBuilder sb = new StringBuilder();
        steps(workflow).forEach(s -> sb.append(s.getOrDefault("run", "")).append('\n'));
        return sb.toString();
    }

    /** The commands in the README's "two commands" block: {main, test}. */
    static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("## The two commands.*?```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has the two commands").isTrue();
        return block.group(1).lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void workflowsAreThereAndWellFormed() {
        assertThat(workflows).containsKeys("verify.yml", "review.yml", "publish.yml");
        workflows.forEach((name, w) -> {
            assertThat(w).as(name).containsKeys("name", "on", "jobs");
            assertThat(steps(w)).as(name + " has steps").isNotEmpty();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCheckoutFetchesFullHistory() {
        workflows.forEach((name, w) -> steps(w).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout"))
                .forEach(s -> assertThat(((Map<String, Object>) s.getOrDefault("with", Map.of())).get("fetch-depth"))
                        .as(name + ": checkout with fetch-depth: 0").isEqualTo(0)));
    }

    @Test
    void goalsTheWorkflowsCallExist() {
        assertThat(goals).contains("validate", "build", "new", "review");
        Pattern call = Pattern.compile("(?:gongkai-maven-plugin:[^:\\s]+|(?<![\\w.])gongkai):([a-z-]+)");
        workflows.forEach((name, w) -> {
            Matcher m = call.matcher(runs(w));
            while (m.find()) {
                assertThat(goals).as(name + " calls " + m.group()).contains(m.group(1));
            }
        });
        assertThat(runs(workflows.get("review.yml"))).contains(":review");
    }

    @Test
    void commandsMatchTheReadme() throws IOException {
        List<String> commands = readmeCommands();
        assertThat(commands).hasSize(2);
        String main = commands.get(0);
        String test = commands.get(1);
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains(test);
        assertThat(runs(workflows.get("verify.yml"))).contains("bash .ci/run");
        assertThat(runs(workflows.get("publish.yml"))).contains(main);
    }

    @Test
    void publishRunsOnMergeNightlyAndOnDemand() {
        Object on = workflows.get("publish.yml").get("on");
        assertThat(on).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) on).keySet()).map(String::valueOf).contains("push", "schedule", "workflow_dispatch");
    }

    @Test
    void everyOrganHasCodeOwnersAndThePullRequestTemplateHasTheChecklist() throws IOException {
        String site = Files.readString(ROOT.resolve("content/site.yaml"));
        String owners = Files.readString(ROOT.resolve(".github/CODEOWNERS"));
        Matcher ids = Pattern.compile("(?m)^\\s*- id:\\s*(\\S+)").matcher(site.substring(site.indexOf("organs:")));
        int n = 0;
        while (ids.find()) {
            n++;
            assertThat(owners).as("CODEOWNERS covers organ " + ids.group(1))
                    .containsPattern("(?m)^/content/items/" + Pattern.quote(ids.group(1)) + "/\\s+@\\S+");
        }
        assertThat(n).isGreaterThanOrEqualTo(6);
        assertThat(Files.readString(ROOT.resolve(".github/pull_request_template.md"))).contains("保密审查");
        assertThat(ROOT.resolve("docs/branch-protection.md")).exists();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yamlMap(Path p) throws IOException {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(p, StandardCharsets.UTF_8));
        assertThat(doc).as(p + " is a YAML mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) doc;
    }

    /** The issue form a GitHub 意见箱 opens: a valid form with 标题 (the issue's title), 留言内容 and 涉及页面. */
    @Test
    @SuppressWarnings("unchecked")
    void theFeedbackIssueFormParsesAndSaysIssuesArePublic() throws IOException {
        Path form = ROOT.resolve(".github/ISSUE_TEMPLATE").resolve(org.gongkai.core.content.Feedback.GITHUB_TEMPLATE);
        Map<String, Object> f = yamlMap(form);
        assertThat(f).containsKeys("name", "description", "title", "body");
        assertThat(String.valueOf(f.get("name"))).isEqualTo("意见箱留言");
        List<Map<String, Object>> body = (List<Map<String, Object>>) f.get("body");
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Map<String, Object>> byLabel = new java.util.LinkedHashMap<>();
        String notice = "";
        for (Map<String, Object> element : body) {
            String type = String.valueOf(element.get("type"));
            // The element types GitHub's issue forms know; every one but markdown needs a unique id and a label.
            assertThat(type).isIn("markdown", "input", "textarea", "dropdown", "checkboxes");
            Map<String, Object> attributes = (Map<String, Object>) element.get("attributes");
            assertThat(attributes).as("attributes of a %s", type).isNotNull();
            if (type.equals("markdown")) {
                notice += attributes.get("value");
                continue;
            }
            assertThat(ids.add(String.valueOf(element.get("id")))).as("unique id %s", element.get("id")).isTrue();
            assertThat(String.valueOf(element.get("id"))).matches("[a-z][a-z0-9_-]*");
            byLabel.put(String.valueOf(attributes.get("label")), element);
        }
        assertThat(byLabel).containsKeys("留言内容", "涉及页面");
        assertThat(byLabel.get("留言内容").get("type")).isEqualTo("textarea");
        assertThat(((Map<String, Object>) byLabel.get("留言内容").get("validations")).get("required")).isEqualTo(true);
        assertThat(byLabel.get("涉及页面").get("type")).isEqualTo("input");
        assertThat(notice).as("the form says first that issues are public").contains("公开", "个人信息", "“标题”");
        assertThat(body.get(0).get("type")).isEqualTo("markdown");
        // It promises what site.yaml promises.
        Map<String, Object> feedback = (Map<String, Object>) yamlMap(ROOT.resolve("content/site.yaml")).get("feedback");
        assertThat(notice).contains(feedback.getOrDefault("reply-within", 10) + " 个工作日内答复");
    }

    /** site.yaml's github channel names this repository's layout: the form it links to exists here. */
    @Test
    @SuppressWarnings("unchecked")
    void theSitesGithubFeedbackPointsAtAnExistingTemplate() throws IOException {
        Object feedback = yamlMap(ROOT.resolve("content/site.yaml")).get("feedback");
        assertThat(feedback).as("the demo configures a 意见箱").isInstanceOf(Map.class);
        Object github = ((Map<String, Object>) feedback).get("github");
        assertThat(github).as("the demo's 意见箱 has a GitHub channel").isNotNull();
        String link = org.gongkai.core.content.Feedback.githubNewIssue(String.valueOf(github));
        Matcher m = Pattern.compile("https://github\\.com/[^/]+/[^/]+/issues/new\\?template=([^&]+)").matcher(link);
        assertThat(m.matches()).as(link).isTrue();
        assertThat(ROOT.resolve(".github/ISSUE_TEMPLATE").resolve(m.group(1))).as("the template %s links to", link).isRegularFile();
    }

    /** How a fresh clone gets the plugin that the goals typed by hand (gongkai:new, …) resolve by their prefix. */
    static final String INSTALL = "mvn -B -q -f generator/pom.xml install -DskipTests -Dinvoker.skip";

    /**
     * The goals the README and the first-run guide tell an editor to type work from a fresh clone as written:
     * each exists, runs on the root pom only (-N, not the generator modules), and the install it needs is given
     * before the first of them; the root pom declares the plugin, so that the prefix resolves.
     */
    @Test
    void theGoalsTheDocsTellEditorsToTypeExistAndComeAfterTheInstall() throws IOException {
        Pattern typed = Pattern.compile("(?m)^(mvn [^#\\n]*?)(?<![\\w.:-])gongkai:([a-z-]+)([^#\\n]*)");
        for (String doc : List.of("README.md", "docs/first-run.md")) {
            String text = Files.readString(ROOT.resolve(doc), StandardCharsets.UTF_8);
            Matcher m = typed.matcher(text);
            int first = -1;
            int n = 0;
            while (m.find()) {
                n++;
                first = first < 0 ? m.start() : first;
                assertThat(goals).as("%s: %s", doc, m.group()).contains(m.group(2));
                assertThat(" " + m.group(1) + m.group(3) + " ").as("%s: %s runs on the root pom only", doc, m.group())
                        .contains(" -N ");
            }
            assertThat(n).as("%s tells editors which goals to type", doc).isGreaterThanOrEqualTo(3);
            int install = text.indexOf(INSTALL);
            assertThat(install).as("%s gives the install command", doc).isNotNegative();
            assertThat(install).as("%s: the install before the first goal", doc).isLessThan(first);
        }
        String rootPom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(rootPom.substring(rootPom.indexOf("<plugins>", rootPom.indexOf("</pluginManagement>"))))
                .contains("<groupId>org.gongkai</groupId>", "<artifactId>gongkai-maven-plugin</artifactId>");
        assertThat(Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"))).contains("<goalPrefix>gongkai</goalPrefix>");
        // The review workflow, a fresh clone too, installs the same way before it runs the goal.
        String review = runs(workflows.get("review.yml"));
        assertThat(review.indexOf("install -f generator/pom.xml")).isNotNegative().isLessThan(review.indexOf(":review"));
    }

    /** The first-run guide is written for the office, Chinese first, and covers the day from fork to first review. */
    @Test
    void theFirstRunGuideIsChineseFirstAndCoversTheOfficesFirstDay() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/first-run.md"), StandardCharsets.UTF_8);
        assertThat(guide.lines().findFirst().orElse("")).startsWith("# ").matches(".*\\p{IsHan}.*");
        for (String step : List.of("fork", "site.yaml", "organs", "CODEOWNERS", "branch-protection.md", "Pages",
                "gongkai:new", "gongkai:review", "保密审查", "Ctrl-C")) {
            assertThat(guide).as("the guide covers %s", step).contains(step);
        }
        long han = guide.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = guide.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
        assertThat(han).as("mostly Chinese prose (commands aside)").isGreaterThan(latin / 2);
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("docs/first-run.md");
    }

    // --- A GitHub-ready set-up: pinned actions, time limits, least permissions, one Pages deployment at a time.

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> jobs(Map<String, Object> workflow) {
        return (Map<String, Map<String, Object>>) workflow.get("jobs");
    }

    /** Every {@code uses:} line of every workflow, as written (YAML parsers drop the comment with the version). */
    private static List<String> usesLines() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT.resolve(".github/workflows"))) {
            for (Path p : s.sorted().toList()) {
                Files.readAllLines(p).stream().map(String::strip).filter(l -> l.matches("(- )?uses:.*"))
                        .forEach(l -> out.add(p.getFileName() + ": " + l));
            }
        }
        return out;
    }

    @Test
    void everyActionIsPinnedByCommitShaWithItsReleaseInAComment() throws IOException {
        Pattern pinned = Pattern.compile(".*: (?:- )?uses: ([\\w.-]+/[\\w.-]+)@([0-9a-f]{40}) # (v\\d+\\.\\d+\\.\\d+)$");
        Map<String, String> shaOf = new java.util.HashMap<>();
        List<String> lines = usesLines();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
        for (String line : lines) {
            Matcher m = pinned.matcher(line);
            assertThat(m.matches()).as("pinned as owner/action@<40 hex> # vX.Y.Z: %s", line).isTrue();
            String release = m.group(1) + " " + m.group(3);
            String before = shaOf.putIfAbsent(release, m.group(2));
            assertThat(before == null || before.equals(m.group(2))).as("one SHA for %s everywhere", release).isTrue();
        }
        // One release of an action across the workflows, so that an update is one search-and-replace.
        assertThat(shaOf.keySet().stream().map(k -> k.split(" ")[0]).distinct().count()).isEqualTo(shaOf.size());
    }

    @Test
    void everyJobHasATimeLimit() {
        workflows.forEach((name, w) -> jobs(w).forEach((id, job) -> {
            assertThat(job.get("timeout-minutes")).as("%s job %s: timeout-minutes", name, id).isInstanceOf(Integer.class);
            assertThat((Integer) job.get("timeout-minutes")).as("%s job %s", name, id).isBetween(1, 90);
        }));
    }

    /** Nothing by default; each job asks for what it needs, and only these jobs may write. */
    @Test
    @SuppressWarnings("unchecked")
    void leastPermissionsPerJob() {
        Map<String, Set<String>> mayWrite = Map.of(
                "review.yml/review", Set.of("pull-requests"),
                "publish.yml/deploy", Set.of("pages", "id-token"));
        workflows.forEach((name, w) -> {
            assertThat(w.get("permissions")).as("%s: top-level permissions: {}", name).isEqualTo(Map.of());
            jobs(w).forEach((id, job) -> {
                assertThat(job.get("permissions")).as("%s job %s declares its permissions", name, id).isInstanceOf(Map.class);
                Map<String, Object> granted = (Map<String, Object>) job.get("permissions");
                Set<String> writes = new java.util.TreeSet<>();
                granted.forEach((scope, level) -> {
                    assertThat(level).as("%s job %s: %s", name, id, scope).isIn("read", "write", "none");
                    if ("write".equals(level)) {
                        writes.add(scope);
                    }
                });
                assertThat(writes).as("%s job %s writes only what it must", name, id)
                        .isEqualTo(mayWrite.getOrDefault(name + "/" + id, Set.of()));
            });
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void onePagesDeploymentAtATimeAndCheckoutsKeepNoToken() {
        Map<String, Object> publish = workflows.get("publish.yml");
        assertThat(publish.get("concurrency")).as("publish.yml: concurrency")
                .isEqualTo(Map.of("group", "pages", "cancel-in-progress", false));
        assertThat(jobs(publish).get("deploy").get("needs")).isEqualTo("build");
        workflows.forEach((name, w) -> steps(w).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout"))
                .forEach(s -> assertThat(((Map<String, Object>) s.get("with")).get("persist-credentials"))
                        .as("%s: checkout with persist-credentials: false", name).isEqualTo(false)));
    }

    /** Review fails on blocking errors; the comment must still say why. */
    @Test
    void theReviewCommentIsPostedEvenWhenTheReviewFails() {
        Map<String, Object> comment = steps(workflows.get("review.yml")).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/github-script")).findFirst().orElseThrow();
        assertThat(String.valueOf(comment.get("if"))).contains("!cancelled()").contains("review.md");
    }
}
