package org.gongkai.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks of the 意见箱 and of replies: site.yaml's feedback is vetted at its line, a reply later than the
 * office's commitment is a warning with its dates and its count of working days, one published before its message
 * came an error, and the published message goes through the privacy and 严重表述错误 checks as a title does.
 */
class FeedbackChecksTest {
    @TempDir
    Path tmp;

    /** The first line after the fixture's site.yaml, where a test's feedback block starts. */
    static final int FEEDBACK_LINE = (int) FixtureSite.SITE_YAML.chars().filter(c -> c == '\n').count() + 1;

    private static List<String> found(BuildResult r, String... codes) {
        return r.diagnostics().stream().filter(d -> List.of(codes).contains(d.code().id()))
                .map(d -> d.severity().label() + " " + d.code().id() + " " + d.location()).toList();
    }

    private static Diagnostic only(BuildResult r, String code) {
        List<Diagnostic> of = r.diagnostics().stream().filter(d -> d.code().id().equals(code)).toList();
        assertThat(of).as("%s in %s", code, r.diagnostics()).hasSize(1);
        return of.get(0);
    }

    @Test
    void aReplyLaterThanTheCommitmentIsAWarningAtItsReplyToLine() {
        FixtureSite site = FeedbackFixture.site(tmp);
        BuildResult r = site.build();
        assertThat(r.written()).isTrue();
        Diagnostic late = only(r, "reply-late");
        assertThat(late.location()).isEqualTo("items/fin/2026/noise.md:7:1");
        assertThat(late.isError()).isFalse();
        assertThat(late.message(DiagnosticLanguage.ZH_HANS))
                .isEqualTo("收到留言 6 个工作日后才公开答复（2026-04-27 收到，2026-05-08 发布），超过本站承诺的 5 个工作日");
        assertThat(late.hint(DiagnosticLanguage.ZH_HANS)).contains("reply-within", "互动回应差");
        assertThat(late.message(DiagnosticLanguage.EN)).contains("6 working days", "2026-04-27", "2026-05-08", "5 working days");
    }

    @Test
    void theDefaultCommitmentIsTenWorkingDays() {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML + "feedback:\n  mailto: liuyan@test.example\n");
        site.write("content/catalog.yaml", FeedbackFixture.CATALOG);
        // 10 working days (05-06 … 05-19, with 05-09 a working Saturday) and 11.
        FeedbackFixture.reply(site, "gov/2026/ten.md", "gov", "十个工作日", "2026-05-05", "2026-05-18", "网站", "问题一", "答复。\n");
        FeedbackFixture.reply(site, "gov/2026/eleven.md", "gov", "十一个工作日", "2026-05-05", "2026-05-19", "网站", "问题二", "答复。\n");
        BuildResult r = site.build();
        assertThat(found(r, "reply-late")).containsExactly("warning reply-late items/gov/2026/eleven.md:7:1");
        assertThat(only(r, "reply-late").message(DiagnosticLanguage.ZH_HANS)).contains("11 个工作日", "承诺的 10 个工作日");
        assertThat(site.read("feedback/index.html")).contains("10 个工作日内答复");
    }

    @Test
    void aReplyPublishedBeforeItsMessageCameIsAnErrorAtReceived() {
        FixtureSite site = FeedbackFixture.site(tmp);
        FeedbackFixture.reply(site, "gov/2026/early.md", "gov", "早于留言的答复", "2026-05-20", "2026-05-18", "网站",
                "留言。", "答复。\n");
        BuildResult r = site.build();
        assertThat(found(r, "reply-before-received")).containsExactly("error reply-before-received items/gov/2026/early.md:8:13");
        assertThat(only(r, "reply-before-received").message(DiagnosticLanguage.ZH_HANS))
                .isEqualTo("收到留言的日期 2026-05-20 晚于答复的发布日期 2026-05-18");
        assertThat(r.written()).isFalse();
    }

    @Test
    void personalDataAndWrongFormulationsInTheMessageAreReportedAtItsLine() {
        FixtureSite site = FeedbackFixture.site(tmp);
        FeedbackFixture.reply(site, "gov/2026/privacy.md", "gov", "关于低保申请的答复", "2026-05-18", "2026-05-19", "网站",
                "我叫张三，电话13812345678，想问低保怎么申请？", "答复。\n");
        FeedbackFixture.reply(site, "gov/2026/wording.md", "gov", "关于会议精神的答复", "2026-05-18", "2026-05-19", "网站",
                "请问你们是怎样学习贯撤党的二十大精神的？", "答复。\n");
        BuildResult r = site.build();
        // The message is written in quotes from column 13: its text starts at column 14.
        assertThat(found(r, "privacy")).containsExactly("error privacy items/gov/2026/privacy.md:9:14");
        assertThat(only(r, "privacy").message(DiagnosticLanguage.ZH_HANS)).contains("手机号码");
        assertThat(found(r, "wrong-formulation")).containsExactly("error wrong-formulation items/gov/2026/wording.md:9:23");
        assertThat(only(r, "wrong-formulation").message(DiagnosticLanguage.ZH_HANS)).contains("“贯撤”", "“贯彻”");
        assertThat(r.written()).isFalse();
    }

    @Test
    void theMessageOfAReviewedReplyIsCleared() {
        FixtureSite site = FeedbackFixture.site(tmp);
        site.item("gov/2026/reviewed.md", """
                title: 关于联系电话的答复
                organ: gov
                category: liuyan
                written: 2026-05-19
                published: 2026-05-19
                privacy-reviewed: true
                reply-to: {received: 2026-05-18, question: 请公布13812345678是不是你们的电话}
                """, "是。\n");
        BuildResult r = site.build();
        assertThat(found(r, "privacy")).isEmpty();
        assertThat(r.written()).isTrue();
    }

    static Stream<Arguments> badFeedback() {
        return Stream.of(
                Arguments.of("feedback:\n  form: http://liuyan.test.example/submit\n", 1, 9, "feedback.form",
                        "“http://liuyan.test.example/submit”不是 https 地址"),
                Arguments.of("feedback:\n  form: https://\n", 1, 9, "feedback.form", "不是 https 地址"),
                Arguments.of("feedback:\n  form: \"javascript:alert(1)\"\n", 1, 9, "feedback.form", "不是 https 地址"),
                Arguments.of("feedback:\n  mailto: liuyan@\n", 1, 11, "feedback.mailto", "“liuyan@”不是有效的电子邮箱地址"),
                Arguments.of("feedback:\n  mailto: \"liu yan@test.example\"\n", 1, 11, "feedback.mailto", "不是有效的电子邮箱地址"),
                Arguments.of("feedback:\n  github: https://github.com/test-county/gongkai\n", 1, 11, "feedback.github",
                        "不是 GitHub 仓库的“所有者/仓库名”"),
                Arguments.of("feedback:\n  github: test-county\n", 1, 11, "feedback.github", "不是 GitHub 仓库"),
                Arguments.of("feedback:\n  github: -test/gongkai\n", 1, 11, "feedback.github", "不是 GitHub 仓库"),
                Arguments.of("feedback:\n  link: ftp://test.example/liuyan\n", 1, 9, "feedback.link", "不是 http 或 https 网址"),
                Arguments.of("feedback:\n  mailto: liuyan@test.example\n  reply-within: 0\n", 2, 17, "feedback.reply-within",
                        "答复时限是 0 个工作日，应在 1 至 60 个工作日之间"),
                Arguments.of("feedback:\n  mailto: liuyan@test.example\n  reply-within: 61\n", 2, 17, "feedback.reply-within",
                        "答复时限是 61 个工作日"),
                Arguments.of("feedback:\n  reply-within: 10\n", 1, 3, "feedback", "没有写任何留言渠道"),
                Arguments.of("feedback: \"javascript:alert(1)\"\n", 0, 11, "feedback", "不是 http 或 https 网址"));
    }

    @ParameterizedTest(name = "{3}: {4}")
    @MethodSource("badFeedback")
    void badFeedbackIsAnErrorAtItsLineWithHowToFixIt(String yaml, int line, int column, String key, String what) {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML + yaml);
        BuildResult r = site.build();
        assertThat(found(r, "bad-feedback"))
                .containsExactly("error bad-feedback site.yaml:" + (FEEDBACK_LINE + line) + ":" + column);
        Diagnostic d = only(r, "bad-feedback");
        assertThat(d.message(DiagnosticLanguage.ZH_HANS)).contains("（" + key + "）", what);
        assertThat(d.hint(DiagnosticLanguage.ZH_HANS)).isNotBlank().doesNotContain("{");
        assertThat(d.message(DiagnosticLanguage.EN)).contains("'" + key + "'");
        assertThat(r.written()).isFalse();
    }

    @Test
    void goodValuesInEveryFormAreTaken() {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML + """
                feedback:
                  form: HTTPS://liuyan.test.example:8443/submit
                  mailto: "mailto:Liu.Yan+gk@mail.test-county.example"
                  github: Test-County/gongkai.site
                  link: http://www.test.example/hdjl/
                  reply-within: 60
                """);
        BuildResult r = site.build();
        assertThat(found(r, "bad-feedback", "unknown-key", "wrong-type")).isEmpty();
        String page = site.read("feedback/index.html");
        assertThat(page).contains("action=\"HTTPS://liuyan.test.example:8443/submit\"",
                "href=\"mailto:Liu.Yan+gk@mail.test-county.example\"",
                "https://github.com/Test-County/gongkai.site/issues/new?template=feedback.yml",
                "<a href=\"http://www.test.example/hdjl/\">前往留言页面</a>", "60 个工作日内答复");
    }

    @Test
    void aPlainAddressStillWorksAsALink() {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML + "feedback: https://www.test.example/hdjl/liuyan/\n");
        BuildResult r = site.build();
        assertThat(r.written()).as("%s", r.diagnostics()).isTrue();
        assertThat(found(r, "bad-feedback", "wrong-type")).isEmpty();
        assertThat(site.read("index.html")).contains("<li><a href=\"feedback/index.html\">意见箱</a></li>");
        String page = site.read("feedback/index.html");
        assertThat(page).contains("<a href=\"https://www.test.example/hdjl/liuyan/\">前往留言页面</a>", "10 个工作日内答复")
                .doesNotContain("<form class=\"feedback-form\"", "mailto:", "github.com");
    }

    @Test
    void withoutFeedbackThereIsNoPageAndNoFooterLink() {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/catalog.yaml", FeedbackFixture.CATALOG);
        FeedbackFixture.reply(site, "gov/2026/fees.md", "gov", "关于办事收费标准的答复", "2026-03-02", "2026-03-04", "电子邮件",
                "办理营业执照要交哪些费用？", "不收费。\n");
        BuildResult r = site.build();
        assertThat(r.written()).isTrue();
        assertThat(site.output().resolve("feedback")).doesNotExist();
        assertThat(site.read("index.html")).doesNotContain("意见箱");
        assertThat(site.read("sitemap.xml")).doesNotContain("feedback/");
        // The reply's page still shows the message and the answer, without a link to a page that is not there.
        assertThat(site.read("items/gov/2026/fees/index.html")).contains(">留言</h2>", ">答复</h2>", "办理营业执照要交哪些费用？")
                .doesNotContain("返回意见箱");
    }

    @Test
    void aMisspeltReplyToIsReportedAtItsKey() {
        FixtureSite site = FeedbackFixture.site(tmp);
        site.item("gov/2026/typo.md", """
                title: 关于留言渠道的答复
                organ: gov
                category: liuyan
                written: 2026-05-19
                published: 2026-05-19
                reply-to:
                  recieved: 2026-05-18
                  question: 问题
                  channel: 微信
                """, "答复。\n");
        BuildResult r = site.build();
        assertThat(found(r, "unknown-key", "missing-key", "bad-value")).containsExactlyInAnyOrder(
                "warning unknown-key items/gov/2026/typo.md:8:3", "error missing-key items/gov/2026/typo.md:8:3",
                "error bad-value items/gov/2026/typo.md:10:12");
        Diagnostic bad = only(r, "bad-value");
        assertThat(bad.message(DiagnosticLanguage.ZH_HANS)).isEqualTo("留言渠道（reply-to.channel）不能是“微信”");
        assertThat(bad.hint(DiagnosticLanguage.ZH_HANS)).isEqualTo("可用的值：网站, 电子邮件, GitHub, 其他");
        assertThat(only(r, "missing-key").message(DiagnosticLanguage.ZH_HANS)).contains("收到留言日期（reply-to.received）");
    }
}
