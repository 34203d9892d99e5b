package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of a built portal is valid HTML5 according to the Nu HTML Checker (the W3C validator's engine). */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml5(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        // A 意见箱 with every channel, and a reply: the feedback page with its form, tables and the reply's page.
        site.write("content/site.yaml", FixtureSite.SITE_YAML + """
                feedback:
                  form: https://liuyan.test.example/submit
                  mailto: liuyan@test.example
                  github: test-county/gongkai
                  link: https://www.test.example/hdjl/
                """);
        site.item("gov/2026/reply.md", """
                title: 关于办事收费标准的答复
                organ: gov
                category: interpretation
                written: 2026-03-04
                published: 2026-03-04
                reply-to:
                  received: 2026-03-02
                  question: |
                    办理营业执照要交哪些费用？
                    在哪里可以查到？
                  channel: 电子邮件
                """, "办理营业执照不收取费用。\n");
        site.write("content/attachments/2026/fees.csv", "项目,标准\n登记费,80\n");
        site.write("content/pages/about.md", "---\ntitle: 关于本网站\n---\n本网站由测试县政务公开办维护。\n");
        site.item("gov/2026/rules.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                index: %s/2026-00001
                doc-number: 测政发〔2026〕3号
                genre: regulation
                keywords: [收费]
                summary: 规范收费管理。
                aliases: [/old/1.html]
                attachments: [{file: attachments/2026/fees.csv, title: 收费目录}]
                changes: [{date: 2026-04-01, note: 更正。}]
                """.formatted(FixtureSite.GOV_CODE),
                "## 第一条\n\n| 项目 | 标准 |\n|---|--:|\n| 登记费 | 80 |\n\n见脚注[^1]。\n\n[^1]: 说明。\n");
        site.item("gov/2026/reading.md", """
                title: 政策解读
                organ: gov
                category: interpretation
                written: 2026-03-05
                published: 2026-03-06
                interprets: items/gov/2026/rules.md
                """, "解读。\n");
        site.item("vil/2026/publicity.md", """
                title: 河東村公示
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                lang: zh-Hant
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                withdrawn: {date: 2026-05-27, reason: 重新公示}
                """, "公示。\n");
        site.write("content/requests/2026/a.yaml", """
                organ: fin
                received: 2026-03-02
                channel: online
                applicant: commercial
                outcome: denied
                reason: third-party
                replied: 2026-03-10
                """);
        // An annual report: its tables (spans, headers), its prose with headings and a table, its correction notes.
        site.write("content/reports/2026/gov.yaml", """
                scope: county
                published: 2026-05-20
                overview: |
                  ## （一）主动公开

                  | 项目 | 数量 |
                  |---|--:|
                  | 信息 | 12 |
                problems: 问题。
                changes: [{date: 2026-05-25, note: 更正。}]
                """);
        site.write("content/requests/2026/r1.yaml", """
                organ: gov
                received: 2026-05-20
                channel: online
                applicant: natural-person
                request: 申请公开收费依据
                """);
        BuildResult result = site.build();
        assertThat(result.written()).isTrue();
        assertThat(site.output().resolve("reports/2026/gov/index.html")).exists();
        // The internal build's own pages: the register, the statistics and the compliance report.
        Path internal = tmp.resolve("out/portal-internal");
        assertThat(site.build(org.gongkai.core.model.BuildMode.INTERNAL, internal).written()).isTrue();
        List<Path> pages = new ArrayList<>(FixtureSite.files(site.output()));
        for (String own : new String[] {"register/index.html", "statistics/index.html", "compliance/index.html"}) {
            pages.add(internal.resolve(own));
        }

        List<String> problems = new ArrayList<>();
        try (URLClassLoader checker = checkerClassLoader()) {
            Class<?> type = checker.loadClass("nu.validator.client.EmbeddedValidator");
            Object validator = type.getConstructor().newInstance();
            Method validate = type.getMethod("validate", Path.class);
            for (Path page : pages) {
                if (page.toString().endsWith(".html")) {
                    String report = (String) validate.invoke(validator, page);
                    report.lines().filter(l -> l.startsWith("Error") || l.contains("error:"))
                            .forEach(l -> problems.add(page + ": " + l));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The Nu checker calls ICU 58 methods that ICU 74 (the engine's, via Lucene) no longer has, so it runs in a
     * class loader of its own: the test class path without ICU 74, plus the ICU 58 copied by the build.
     */
    private static URLClassLoader checkerClassLoader() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("icu4j")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        Path icu58 = Path.of("target/html-checker/icu4j-58.2.jar");
        assertThat(icu58).as("copied by maven-dependency-plugin").exists();
        urls.add(icu58.toUri().toURL());
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
