package org.gongkai.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.gongkai.core.load.OrganCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gongkai:validate as the editor reads it: diagnostics in Chinese unless {@code gongkai.lang} (or the site)
 * says otherwise, the code and file:line:column in every language, one summary line, and nothing else at info
 * level for a quick run.
 */
class ValidateMojoTest {
    @TempDir
    Path tmp;

    /** Maven's log, kept: level and line. */
    static final class KeptLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void debug(CharSequence content) {
            lines.add("DEBUG " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }

        List<String> at(String level) {
            return lines.stream().filter(l -> l.startsWith(level + " ")).map(l -> l.substring(level.length() + 1)).toList();
        }
    }

    private ValidateMojo mojo(String siteLanguage, String lang, KeptLog log) throws IOException {
        String code = "11539901MB0000001" + OrganCode.checkCharacter("11539901MB0000001");
        Path content = tmp.resolve("content");
        write(content.resolve("site.yaml"), "name: 测试县\nbase-url: https://gk.test.example/\n"
                + (siteLanguage == null ? "" : "language: " + siteLanguage + "\n") + "organs:\n"
                + "  - {id: gov, name: 测试县人民政府办公室, code: \"" + code + "\", type: government}\n");
        write(content.resolve("catalog.yaml"), "categories:\n  - {id: notice, name: 通知公告}\n");
        write(content.resolve("items/gov/2026/bad.md"), "---\ntitle: 通知\norgan: caizheng\ncategory: notice\n"
                + "written: 2026-03-02\npublished: 2026-03-03\n---\n正文。\n");
        ValidateMojo m = new ValidateMojo();
        m.contentDirectory = content.toFile();
        m.themeDirectory = tmp.resolve("themes/default").toFile();
        m.basedir = tmp.toFile();
        m.buildDirectory = tmp.resolve("target").toFile();
        m.diagnosticsFile = tmp.resolve("target/gongkai/diagnostics.json").toFile();
        m.now = "2026-06-01";
        m.audience = "public";
        m.lang = lang;
        m.setLog(log);
        return m;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void chineseByDefault() throws IOException {
        KeptLog log = new KeptLog();
        assertThatThrownBy(() -> mojo(null, null, log).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessage("content 中有 1 个错误，上面逐条列出了文件、行号和改法（也写在 target/gongkai/diagnostics.json 中）；门户没有写出，原有的保持不变。");
        assertThat(log.at("ERROR")).containsExactly(
                "content/items/gov/2026/bad.md:3:8: 错误 [unknown-organ] 未知的发布机构“caizheng” — 使用 site.yaml 中定义的机构 id：gov");
        assertThat(log.at("WARN")).isNotEmpty().allMatch(l -> l.contains(": 警告 ["));
        assertThat(log.at("INFO")).hasSize(1);
        assertThat(log.at("INFO").get(0)).matches("检查完成：0 个条目可见，" + log.at("WARN").size() + " 个警告，1 个错误，用时 \\d+\\.\\d 秒");
        assertThat(log.at("DEBUG")).anyMatch(l -> l.matches("load: 1 items, .* in \\d+ ms"));
        assertThat(Files.readString(tmp.resolve("target/gongkai/diagnostics.json"))).contains("\"language\": \"zh-Hans\"",
                "\"code\": \"unknown-organ\"", "未知的发布机构");
    }

    @Test
    void englishWithGongkaiLang() throws IOException {
        KeptLog log = new KeptLog();
        assertThatThrownBy(() -> mojo(null, "en", log).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("1 error(s) in content; each is listed above with file:line and a hint");
        assertThat(log.at("ERROR")).containsExactly(
                "content/items/gov/2026/bad.md:3:8: error [unknown-organ] unknown organ 'caizheng' — use one of the organ ids in site.yaml: gov");
        assertThat(log.at("INFO").get(0)).matches("Checked: 0 item\\(s\\) visible, " + log.at("WARN").size()
                + " warning\\(s\\), 1 error\\(s\\), in \\d+\\.\\d s");
        assertThat(Files.readString(tmp.resolve("target/gongkai/diagnostics.json"))).contains("\"language\": \"en\"",
                "\"code\": \"unknown-organ\"");
    }

    @Test
    void theSitesLanguageUnlessGongkaiLangSaysOtherwise() throws IOException {
        KeptLog english = new KeptLog();
        assertThatThrownBy(() -> mojo("en", null, english).execute()).isInstanceOf(MojoFailureException.class);
        assertThat(english.at("ERROR")).singleElement().asString().contains("error [unknown-organ] unknown organ");

        KeptLog chinese = new KeptLog();
        assertThatThrownBy(() -> mojo("en", "zh-Hans", chinese).execute()).isInstanceOf(MojoFailureException.class);
        assertThat(chinese.at("ERROR")).singleElement().asString().contains("错误 [unknown-organ] 未知的发布机构");
    }

    @Test
    void anUnknownLanguageIsRefusedInBothLanguages() throws IOException {
        assertThatThrownBy(() -> mojo(null, "fr", new KeptLog()).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessage("gongkai.lang 只能是 zh-Hans、zh-Hant 或 en，不能是“fr” (gongkai.lang must be zh-Hans, zh-Hant or en)");
    }

    @Test
    void aWrongAudienceOrDateIsExplainedInChineseFirst() throws IOException {
        ValidateMojo audience = mojo(null, null, new KeptLog());
        audience.audience = "everyone";
        assertThatThrownBy(audience::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("gongkai.audience 只能是 public（公开门户）或 internal（内部门户），不能是“everyone”");
        ValidateMojo date = mojo(null, null, new KeptLog());
        date.now = "2026-13-01";
        assertThatThrownBy(date::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("gongkai.now 写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SS+08:00，不能是“2026-13-01”");
    }
}
