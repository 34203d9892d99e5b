package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.ReportFixture;
import org.gongkai.core.search.MiniJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An annual report's page has the tables of 国办公开办函〔2021〕30号 as the format draws them: read by an HTML5 parser
 * and laid out slot by slot as a browser does, every heading stands where the format puts it (the 勾稽 note over
 * three columns and three rows, 三、本年度办理结果 over twenty-two rows, （三）不予公开 over its eight reasons …), every
 * number is a td naming every heading over it, and its JSON and CSV hold the same numbers. The labels are written
 * out here, not taken from the engine's enums, so that a wrong word or span in either fails.
 */
class ReportPagesTest {
    private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String RESULTS = "三、本年度办理结果";

    @TempDir
    static Path tmp;
    static FixtureSite site;
    static Document page;

    @BeforeAll
    static void build() throws Exception {
        site = ReportFixture.in(tmp);
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        page = TableGrid.parse(site.read(ReportFixture.FIN_2025));
    }

    @Test
    void theSixPartsComeInTheFormatsOrder() {
        NodeList h2 = page.getElementsByTagName("h2");
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < h2.getLength(); i++) {
            headings.add(TableGrid.text((Element) h2.item(i)));
        }
        assertThat(headings).containsSubsequence("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "更正说明");
        assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("测试县财政局2025年政府信息公开工作年度报告");
        String html = site.read(ReportFixture.FIN_2025);
        // The meta tags of the 政府网站发展指引, as an item page has them.
        assertThat(html).contains("<meta name=\"ArticleTitle\" content=\"测试县财政局2025年政府信息公开工作年度报告\">",
                "<meta name=\"PubDate\" content=\"2026-01-20 00:00\">", "<meta name=\"ContentSource\" content=\"测试县财政局\">",
                "<meta name=\"ColumnType\" content=\"政府信息公开年报\">");
        assertThat(html.split("name=\"ArticleTitle\"", -1)).as("once").hasSize(2);
        // The office's Markdown, sanitized as an item's body is.
        assertThat(html).contains("<strong>政务公开</strong>").doesNotContain("<script>alert").doesNotContain("alert(1)");
        assertThat(page.getDocumentElement().getTextContent())
                .contains("公开内容还不够全面", "本年度无其他需要报告的事项", "更正了表二行政处罚的数量",
                        "2025年共发出收费通知1件，收费通知总金额50.00元；实际收取信息处理费总金额50.00元");
    }

    @Test
    void tableTwoHasABlockPerItemOfArticleTwenty() {
        TableGrid t = TableGrid.of(page, "rpt-proactive");
        assertThat(caption(t)).isEqualTo("测试县财政局2025年主动公开政府信息情况");
        List<List<String>> expected = List.of(
                List.of("第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项"),
                List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of("规章", "0", "0", "0"),
                List.of("行政规范性文件", "1", "0", "1"),
                List.of("第二十条第（五）项", "第二十条第（五）项", "第二十条第（五）项", "第二十条第（五）项"),
                List.of("信息内容", "本年处理决定数量", "本年处理决定数量", "本年处理决定数量"),
                List.of("行政许可", "1", "1", "1"),
                List.of("第二十条第（六）项", "第二十条第（六）项", "第二十条第（六）项", "第二十条第（六）项"),
                List.of("信息内容", "本年处理决定数量", "本年处理决定数量", "本年处理决定数量"),
                List.of("行政处罚", "7", "7", "7"),
                List.of("行政强制", "0", "0", "0"),
                List.of("第二十条第（八）项", "第二十条第（八）项", "第二十条第（八）项", "第二十条第（八）项"),
                List.of("信息内容", "本年收费金额（单位：万元）", "本年收费金额（单位：万元）", "本年收费金额（单位：万元）"),
                List.of("行政事业性收费", "1.25", "1.25", "1.25"));
        assertThat(all(t)).isEqualTo(expected);
        // Headings are th, numbers td naming their block, line and column.
        Element licensing = t.at(6, 1);
        assertThat(licensing.getLocalName()).isEqualTo("td");
        assertThat(t.headersOf(licensing)).containsExactly("第二十条第（五）项", "行政许可", "本年处理决定数量");
        assertThat(t.at(0, 0).getAttribute("scope")).isEqualTo("rowgroup");
        assertThat(t.at(1, 1).getAttribute("scope")).isEqualTo("col");
        assertThat(t.at(3, 0).getAttribute("scope")).isEqualTo("row");
        assertThat(t.headersOf(t.at(3, 3))).containsExactly("第二十条第（一）项", "行政规范性文件", "现行有效件数");
    }

    @Test
    void tableThreeHasTheFormatsHeadingsAndSpans() {
        TableGrid t = TableGrid.of(page, "rpt-applications");
        assertThat(caption(t)).isEqualTo("测试县财政局2025年收到和处理政府信息公开申请情况");
        assertThat(t.rows()).isEqualTo(3 + 25);
        for (int r = 0; r < t.rows(); r++) {
            assertThat(t.columns(r)).as("row %d", r).isEqualTo(10);
        }
        String org = "法人或其他组织";
        assertThat(t.texts(0)).containsExactly(NOTE, NOTE, NOTE, "申请人情况", "申请人情况", "申请人情况", "申请人情况",
                "申请人情况", "申请人情况", "申请人情况");
        assertThat(t.texts(1)).containsExactly(NOTE, NOTE, NOTE, "自然人", org, org, org, org, org, "总计");
        assertThat(t.texts(2)).containsExactly(NOTE, NOTE, NOTE, "自然人", "商业企业", "科研机构", "社会公益组织",
                "法律服务机构", "其他", "总计");
        // One cell each: the note over 3 x 3 slots, 申请人情况 over seven columns, 自然人 and 总计 over two rows.
        assertThat(t.at(0, 0)).isSameAs(t.at(2, 2));
        assertThat(t.at(0, 0).getLocalName()).isEqualTo("td");
        assertThat(t.at(0, 3)).isSameAs(t.at(0, 9));
        assertThat(t.at(1, 3)).isSameAs(t.at(2, 3));
        assertThat(t.at(1, 9)).isSameAs(t.at(2, 9));
        assertThat(t.at(1, 4)).isSameAs(t.at(1, 8));

        List<List<String>> rows = new ArrayList<>();
        rows.add(three("一、本年新收政府信息公开申请数量"));
        rows.add(three("二、上年结转政府信息公开申请数量"));
        rows.add(List.of(RESULTS, "（一）予以公开", "（一）予以公开"));
        rows.add(List.of(RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        for (String r : List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")) {
            rows.add(List.of(RESULTS, "（三）不予公开", r));
        }
        for (String r : List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")) {
            rows.add(List.of(RESULTS, "（四）无法提供", r));
        }
        for (String r : List.of("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息")) {
            rows.add(List.of(RESULTS, "（五）不予处理", r));
        }
        for (String r : List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")) {
            rows.add(List.of(RESULTS, "（六）其他处理", r));
        }
        rows.add(List.of(RESULTS, "（七）总计", "（七）总计"));
        rows.add(three("四、结转下年度继续办理"));
        assertThat(t.rowHeadings(3, 3)).isEqualTo(rows);
        assertThat(t.at(5, 0)).as("三、本年度办理结果 is one cell over 22 rows").isSameAs(t.at(26, 0));
        assertThat(t.at(4, 0)).isNotSameAs(t.at(5, 0));
        assertThat(t.at(27, 0)).isNotSameAs(t.at(26, 0));
        assertThat(t.at(7, 1)).as("（三）不予公开 over its eight reasons").isSameAs(t.at(14, 1));
        assertThat(t.at(15, 1)).isNotSameAs(t.at(14, 1));

        for (int r = 3; r < t.rows(); r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(t.at(r, c).getLocalName()).as("row %d heading", r).isEqualTo("th");
                assertThat(t.at(r, c).getAttribute("scope")).isIn("row", "rowgroup");
            }
            for (int c = 3; c < 10; c++) {
                assertThat(t.at(r, c).getLocalName()).as("row %d column %d", r, c).isEqualTo("td");
                assertThat(t.at(r, c).getTextContent()).matches("\\d+");
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 3; c < 10; c++) {
                assertThat(t.at(r, c).getLocalName()).isEqualTo("th");
                assertThat(t.at(r, c).getAttribute("scope")).isEqualTo("col");
            }
        }
        // 4.保护第三方合法权益 for a 法律服务机构: one, named by every heading over it.
        Element thirdParty = t.at(3 + 2 + 2 + 3, 7);
        assertThat(thirdParty.getTextContent()).isEqualTo("1");
        assertThat(t.headersOf(thirdParty)).containsExactly(RESULTS, "（三）不予公开", "4.保护第三方合法权益", "申请人情况", org,
                "法律服务机构");
        assertThat(t.headersOf(t.at(3, 3))).containsExactly("一、本年新收政府信息公开申请数量", "申请人情况", "自然人");
        assertThat(t.texts(3).subList(3, 10)).containsExactly("1", "0", "0", "0", "1", "0", "2");
        assertThat(t.texts(26).subList(3, 10)).as("（七）总计").containsExactly("1", "0", "0", "0", "1", "0", "2");
    }

    @Test
    void tableFourSplitsLawsuitsInTwo() {
        TableGrid t = TableGrid.of(page, "rpt-appeals");
        assertThat(caption(t)).isEqualTo("测试县财政局2025年政府信息公开行政复议、行政诉讼情况");
        List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<String> row0 = new ArrayList<>(Collections.nCopies(5, "行政复议"));
        row0.addAll(Collections.nCopies(10, "行政诉讼"));
        List<String> row1 = new ArrayList<>(results);
        row1.addAll(Collections.nCopies(5, "未经复议直接起诉"));
        row1.addAll(Collections.nCopies(5, "复议后起诉"));
        List<String> row2 = new ArrayList<>(results);
        row2.addAll(results);
        row2.addAll(results);
        assertThat(t.texts(0)).isEqualTo(row0);
        assertThat(t.texts(1)).isEqualTo(row1);
        assertThat(t.texts(2)).isEqualTo(row2);
        assertThat(t.texts(3)).containsExactly("1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1");
        assertThat(t.rows()).isEqualTo(4);
        assertThat(t.at(1, 0)).as("行政复议's results over two rows").isSameAs(t.at(2, 0));
        assertThat(t.headersOf(t.at(3, 13))).containsExactly("行政诉讼", "复议后起诉", "尚未审结");
        assertThat(t.headersOf(t.at(3, 0))).containsExactly("行政复议", "结果维持");
        assertThat(t.headersOf(t.at(3, 5))).containsExactly("行政诉讼", "未经复议直接起诉", "结果维持");
    }

    /** The JSON and the CSV beside the page hold every cell, with the page's numbers. */
    @Test
    @SuppressWarnings("unchecked")
    void dataFilesHoldEveryCellOfThePage() {
        Map<String, String> onPage = new LinkedHashMap<>();
        NodeList tds = page.getElementsByTagName("td");
        for (int i = 0; i < tds.getLength(); i++) {
            Element td = (Element) tds.item(i);
            if (!td.getAttribute("data-cell").isEmpty()) {
                onPage.put(td.getAttribute("data-cell"), td.getTextContent());
            }
        }
        assertThat(onPage).hasSize(10 + 25 * 7 + 3 * 5);

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(site.read("reports/2025/fin.json"));
        assertThat(json).containsEntry("title", "测试县财政局2025年政府信息公开工作年度报告").containsEntry("year", 2025.0)
                .containsEntry("published", "2026-01-20").containsEntry("scope", "organ");
        assertThat((Map<String, Object>) json.get("organ")).containsEntry("id", "fin").containsEntry("code", FixtureSite.FIN_CODE);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> cells = (Map<String, Map<String, Object>>) json.get("cells");
        assertThat(cells.keySet()).containsExactlyElementsOf(onPage.keySet());
        onPage.forEach((address, text) -> assertThat(new BigDecimal(text))
                .as(address).isEqualByComparingTo(BigDecimal.valueOf((Double) cells.get(address).get("value"))));
        assertThat(cells.get("applications/third-party/legal-service")).containsEntry("table", "三、收到和处理政府信息公开申请情况")
                .containsEntry("row", "三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益")
                .containsEntry("column", "申请人情况 / 法人或其他组织 / 法律服务机构");
        assertThat(cells.get("appeals/lawsuit-after-review/pending")).containsEntry("row", "行政诉讼 / 复议后起诉")
                .containsEntry("column", "尚未审结");
        assertThat((Map<String, Object>) json.get("fees")).containsEntry("notices", 1.0).containsEntry("notified", 50.0);

        String csv = site.read("reports/2025/fin.csv");
        assertThat(csv).startsWith("\uFEFF表,行,列,数值\r\n");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines).hasSize(1 + onPage.size() + 3);
        assertThat(lines).contains("三、收到和处理政府信息公开申请情况,三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益,"
                + "申请人情况 / 法人或其他组织 / 法律服务机构,1", "二、主动公开政府信息情况,第二十条第（八）项 / 行政事业性收费,本年收费金额（单位：万元）,1.25",
                "六、其他需要报告的事项,政府信息公开信息处理费,实际收取总金额（元）,50.00");
    }

    @Test
    void theIndexListsReportsAndTheirCatalogCategoryAndTheGuideLinkToIt() {
        String index = site.read("reports/index.html");
        assertThat(index).contains("测试县人民政府2025年政府信息公开工作年度报告", "测试县财政局2025年政府信息公开工作年度报告",
                "2025/fin/index.html", "2025/fin.json", "2025/fin.csv");
        // The catalog's category of the reports (reports: true) lists them and links to the index.
        assertThat(site.read("catalog/nianbao/index.html")).contains("class=\"reports-link\"><a href=\"../../reports/index.html\"")
                .containsSubsequence("<a href=\"../../reports/2025/gov/index.html\">测试县人民政府2025年政府信息公开工作年度报告</a>",
                        "<a href=\"../../reports/2025/fin/index.html\">测试县财政局2025年政府信息公开工作年度报告</a>");
        assertThat(site.read("catalog/budget/index.html")).doesNotContain("class=\"reports-link\"");
        assertThat(site.read("guide/index.html")).contains("href=\"../reports/index.html\"");
        assertThat(site.read("sitemap/index.html")).contains("href=\"../reports/index.html\"");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://gk.test.example/reports/</loc>",
                "<loc>https://gk.test.example/reports/2025/fin/</loc>", "<loc>https://gk.test.example/reports/2025/gov/</loc>");
        TableGrid county = TableGrid.of(uncheckedParse(site.read(ReportFixture.COUNTY_2025)), "rpt-applications");
        assertThat(county.texts(3).subList(3, 10)).as("every organ's applications").containsExactly("1", "0", "0", "0", "1", "0", "2");
    }

    /** The format's words are Chinese in every UI language, and marked as such for screen readers. */
    @Test
    void inAnEnglishPortalTheFormatsWordsStayChinese(@TempDir Path dir) throws Exception {
        FixtureSite en = ReportFixture.in(dir);
        en.write("content/site.yaml", FixtureSite.SITE_YAML.replace("language: zh-Hans", "language: en"));
        assertThat(en.build().written()).isTrue();
        Document d = TableGrid.parse(en.read(ReportFixture.FIN_2025));
        assertThat(d.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        TableGrid t = TableGrid.of(d, "rpt-applications");
        assertThat(t.table().getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(t.texts(0)).contains("申请人情况");
        Element overview = d.getElementById("rpt-overview-heading");
        assertThat(overview.getTextContent()).isEqualTo("一、总体情况");
        assertThat(overview.getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(d.getDocumentElement().getTextContent()).contains("in 2025: fee notices sent: 1, for a total of 50.00 yuan; collected: 50.00 yuan.");
        assertThat(en.read("reports/2025/fin.json")).contains("\"row\": \"三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益\"");
    }

    private static Document uncheckedParse(String html) {
        try {
            return TableGrid.parse(html);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> three(String label) {
        return List.of(label, label, label);
    }

    private static List<List<String>> all(TableGrid t) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            out.add(t.texts(r));
        }
        return out;
    }

    private static String caption(TableGrid t) {
        return TableGrid.text((Element) t.table().getElementsByTagName("caption").item(0));
    }
}
