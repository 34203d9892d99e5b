package org.gongkai.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 意见箱 page of a site with a form, an e-mail address and GitHub: the form posts to the office's endpoint with
 * labelled fields and works without JavaScript, GitHub is said to be public, the replies are listed newest first
 * and 留言受理反馈情况统计 counts them as {@link FeedbackFixture} does by hand; every page's footer links the page,
 * and a reply's item page shows the message above the answer.
 */
class FeedbackPageTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static BuildResult result;
    static String page;

    @BeforeAll
    static void build() {
        site = FeedbackFixture.site(tmp.resolve("site"));
        site.write("content/pages/about.md", "---\ntitle: 关于本网站\n---\n关于。\n");
        site.write("content/reports/2025/gov.yaml", "published: 2026-01-20\noverview: 总体情况。\n");
        site.item("gov/2026/rules.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                genre: regulation
                doc-number: 测政发〔2026〕3号
                """, "正文。\n");
        result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        page = site.read("feedback/index.html");
    }

    @Test
    void theFormPostsToTheEndpointWithLabelledFieldsAndNoScript() {
        assertThat(page).contains("<h1>意见箱</h1>");
        Matcher form = Pattern.compile("<form class=\"feedback-form\"[^>]*>").matcher(page);
        assertThat(form.find()).isTrue();
        assertThat(form.group()).contains("method=\"post\"", "accept-charset=\"utf-8\"",
                "action=\"https://liuyan.test.example/submit?site=0000000001&amp;from=gk\"");
        for (String[] field : new String[][] {{"feedback-title", "title", "标题"}, {"feedback-message", "message", "留言内容"},
                {"feedback-page", "page", "涉及的页面地址"}, {"feedback-contact", "contact", "联系方式"}}) {
            assertThat(page).as("a label for %s", field[1])
                    .containsPattern("<label for=\"" + field[0] + "\">" + field[2] + " <span class=\"field-(optional|required)\">")
                    .containsPattern("<(input|textarea) [^>]*id=\"" + field[0] + "\" name=\"" + field[1] + "\"");
        }
        assertThat(page).containsPattern("<textarea id=\"feedback-message\" name=\"message\"[^>]* required>")
                .contains("<label for=\"feedback-message\">留言内容 <span class=\"field-required\">（必填）</span>",
                        "<label for=\"feedback-page\">涉及的页面地址 <span class=\"field-optional\">（选填）</span>");
        for (String optional : List.of("feedback-title", "feedback-page", "feedback-contact")) {
            Matcher input = Pattern.compile("<input [^>]*id=\"" + optional + "\"[^>]*>").matcher(page);
            assertThat(input.find()).isTrue();
            assertThat(input.group()).as(optional + " is optional").doesNotContain("required");
        }
        // The 个人信息 notice is the contact field's description.
        assertThat(page).containsPattern("id=\"feedback-contact\"[^>]*aria-describedby=\"feedback-privacy\"")
                .contains("<p class=\"privacy-notice\" id=\"feedback-privacy\"><strong>个人信息：</strong>",
                        "仅用于答复您的留言");
        assertThat(page).contains("<button type=\"submit\">提交留言</button>");
        // Works without JavaScript (the one script is the site's reading modes, 关怀模式, on every page), and loads
        // nothing from elsewhere.
        assertThat(page.replace("<script src=\"../assets/modes.js\"></script>", "")).doesNotContain("<script");
        assertThat(page).containsPattern("<link rel=\"stylesheet\" href=\"\\.\\./assets/feedback\\.css\">");
        Matcher resources = Pattern.compile("<(?:link rel=\"stylesheet\"|img|script)[^>]+(?:href|src)=\"([^\"]+)\"").matcher(page);
        while (resources.find()) {
            assertThat(resources.group(1)).as("a resource of the page").doesNotStartWith("http").doesNotStartWith("//");
        }
        assertThat(site.output().resolve("assets/feedback.css")).exists();
    }

    @Test
    void theCommitmentTheMailtoLinkAndGithubWithItsPublicNotice() {
        assertThat(page).contains("自收到之日起 5 个工作日内答复", "政府网站留言办理制度");
        assertThat(page).contains("<a href=\"mailto:liuyan@test.example\">liuyan@test.example</a>");
        assertThat(page).contains("<a href=\"https://github.com/test-county/gongkai/issues/new?template=feedback.yml\">"
                + "在 GitHub 上留言（test-county/gongkai）</a>");
        assertThat(page).contains("GitHub 上的留言（issue）是公开的，任何人都能看到");
        assertThat(page.indexOf("是公开的")).as("the notice comes before the link")
                .isLessThan(page.indexOf("issues/new?template=feedback.yml"));
    }

    @Test
    void repliesNewestFirstEachLinkingToItsItem() {
        String replies = section(page, "feedback-replies");
        List<String> hrefs = Pattern.compile("<a href=\"([^\"]+)\">").matcher(replies).results().map(m -> m.group(1)).toList();
        assertThat(hrefs).containsExactly("../items/fin/2026/noise/index.html", "../items/gov/2026/fees/index.html",
                "../items/gov/2026/new-year/index.html", "../items/vil/2025/well/index.html");
        assertThat(replies).contains("关于夜间施工噪声的答复", "测试县财政局", "河东村村民委员会")
                .doesNotContain("尚未发布的答复", "草稿中的答复", "已撤回的答复");
        // Received, published, working days; the late one is marked.
        assertThat(rows(replies)).containsExactly(
                "关于夜间施工噪声的答复|测试县财政局|2026-04-27|2026-05-08|6 超过承诺时限",
                "关于办事收费标准的答复|测试县人民政府办公室|2026-03-02|2026-03-04|2",
                "关于元旦期间办事时间的答复|测试县人民政府办公室|2025-12-29|2026-01-05|4",
                "关于村里饮水井维修的答复|河东村村民委员会|2025-11-03|2025-11-05|2");
    }

    @Test
    void statisticsPerYearCountedAsByHand() {
        String stats = section(page, "feedback-statistics");
        assertThat(stats).contains("<h2 id=\"feedback-statistics-heading\">留言受理反馈情况统计</h2>",
                "公开答复（件）", "在承诺时限内答复（件）", "平均答复用时（工作日）");
        assertThat(rows(stats)).containsExactly("2026年|3|2|4.0", "2025年|1|1|2.0");
    }

    @Test
    void everyPageKindsFooterLinksTheFeedbackPage() {
        for (String[] p : new String[][] {{"index.html", "feedback/index.html"},
                {"catalog/index.html", "../feedback/index.html"}, {"catalog/liuyan/index.html", "../../feedback/index.html"},
                {"organs/index.html", "../feedback/index.html"}, {"organs/gov/index.html", "../../feedback/index.html"},
                {"items/gov/2026/fees/index.html", "../../../../feedback/index.html"},
                {"items/gov/2026/rules/index.html", "../../../../feedback/index.html"},
                {"archive/index.html", "../feedback/index.html"}, {"archive/2026/index.html", "../../feedback/index.html"},
                {"archive/2026/03/index.html", "../../../feedback/index.html"},
                {"archive/2026/volume/index.html", "../../../feedback/index.html"},
                {"guide/index.html", "../feedback/index.html"}, {"pages/about/index.html", "../../feedback/index.html"},
                {"search/index.html", "../feedback/index.html"}, {"sitemap/index.html", "../feedback/index.html"},
                {"reports/index.html", "../feedback/index.html"}, {"reports/2025/gov/index.html", "../../../feedback/index.html"},
                {"policies/index.html", "../feedback/index.html"}, {"policies/organs/gov/index.html", "../../../feedback/index.html"},
                {"feedback/index.html", "../feedback/index.html"},
                {"404.html", "/feedback/index.html"}}) {
            String footer = site.read(p[0]);
            footer = footer.substring(footer.indexOf("<footer"));
            assertThat(footer).as(p[0]).contains("<li><a href=\"" + p[1] + "\">意见箱</a></li>");
        }
        assertThat(site.read("sitemap/index.html")).contains("<li><a href=\"../feedback/index.html\">意见箱</a></li>");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://gk.test.example/feedback/</loc>");
        assertThat(page).contains("<meta name=\"ColumnType\" content=\"互动交流\">");
    }

    @Test
    void aRepliesPageShowsTheMessageAboveTheAnswer() {
        String item = site.read("items/fin/2026/noise/index.html");
        int message = item.indexOf("<h2 id=\"reply-question-heading\">留言</h2>");
        int received = item.indexOf("<dt>收到留言日期</dt><dd><time datetime=\"2026-04-27\">2026-04-27</time></dd>");
        int channel = item.indexOf("<dt>留言渠道</dt><dd>网站</dd>");
        int question = item.indexOf("<p>我家附近的工地每天夜里施工到十二点，噪声很大，请问有没有人管？</p>");
        int answer = item.indexOf(">答复</h2>");
        int body = item.indexOf("已责令施工单位停止夜间施工");
        assertThat(List.of(message, received, channel, question, answer, body)).as(item).allSatisfy(i -> assertThat(i).isPositive());
        assertThat(message).isLessThan(received);
        assertThat(received).isLessThan(question);
        assertThat(question).isLessThan(answer);
        assertThat(answer).isLessThan(body);
        assertThat(item).contains("<a href=\"../../../../feedback/index.html\">返回意见箱</a>");
        // An item that answers nothing has neither.
        assertThat(site.read("items/gov/2026/rules/index.html")).doesNotContain("reply-question", ">答复</h2>", "feedback.css");
    }

    @Test
    void theRepliesOfTheFixtureAreOnTimeButOne() {
        assertThat(result.diagnostics()).filteredOn(d -> d.code().id().startsWith("reply"))
                .extracting(Diagnostic::location).containsExactly("items/fin/2026/noise.md:7:1");
    }

    /** The cells of each body row of the tables in {@code html}, joined by '|', tags removed. */
    static List<String> rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(body).results().map(m ->
                String.join("|", Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(m.group(1)).results()
                        .map(c -> c.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip()).toList())).toList();
    }

    static String section(String html, String cls) {
        int start = html.indexOf("<section class=\"" + cls + "\"");
        assertThat(start).as(cls).isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
