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
}
