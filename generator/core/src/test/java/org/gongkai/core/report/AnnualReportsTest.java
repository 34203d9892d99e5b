package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.ProactiveLine;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annual report's tables come out of the register and the items as the format counts them. */
class AnnualReportsTest {
    private static final String CATALOG = """
            categories:
              - id: regulation
                name: 行政规范性文件
                annual-report: normative-documents
              - id: licence
                name: 行政许可
                annual-report: licensing
              - id: budget
                name: 财政预决算
            """;

    private static FixtureSite site(Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/catalog.yaml", CATALOG);
        site.item("fin/2024/old-rules.md", """
                title: 旧办法
                organ: fin
                category: regulation
                written: 2024-01-05
                validity: repealed
                repealed-by: items/fin/2025/new-rules.md
                """, "正文。\n");
        site.item("fin/2024/rules.md", "title: 一直有效的办法\norgan: fin\ncategory: regulation\nwritten: 2024-05-01\n", "正文。\n");
        site.item("fin/2025/new-rules.md", "title: 新办法\norgan: fin\ncategory: regulation\nwritten: 2025-02-01\n", "正文。\n");
        site.item("fin/2025/expiring.md", """
                title: 到期的办法
                organ: fin
                category: regulation
                written: 2025-03-01
                valid-until: 2025-12-31
                """, "正文。\n");
        site.item("fin/2025/licence.md", "title: 准予许可决定\norgan: fin\ncategory: licence\nwritten: 2025-06-01\n", "正文。\n");
        site.item("gov/2025/other-organ.md", "title: 别的机关的办法\norgan: gov\ncategory: regulation\nwritten: 2025-02-01\n", "正文。\n");
        site.write("content/requests/2025/a.yaml", """
                organ: fin
                received: 2025-03-03
                channel: online
                applicant: natural-person
                outcome: granted
                replied: 2025-03-20
                fee: {notified: 50, collected: 50}
                """);
        site.write("content/requests/2025/b.yaml", """
                organ: fin
                received: 2025-12-22
                channel: post
                applicant: commercial
                outcome: partial
                replied: 2026-01-12
                """);
        site.write("content/requests/2025/c.yaml", """
                organ: fin
                received: 2025-05-06
                channel: in-person
                applicant: legal-service
                outcome: denied
                reason: third-party
                replied: 2025-05-20
                appeals:
                  - {kind: review, filed: 2025-06-02, result: upheld, decided: 2025-08-01}
                  - {kind: lawsuit-after-review, filed: 2025-09-01}
                """);
        site.write("content/requests/2025/d.yaml", """
                organ: gov
                received: 2025-05-06
                channel: fax
                applicant: research
                outcome: unable
                reason: not-held
                replied: 2025-05-08
                """);
        site.write("content/reports/2025/fin.yaml", "figures: {penalties: 7, fees: 1.25}\n");
        site.write("content/reports/2026/fin.yaml", "overview: 二〇二六年。\n");
        site.write("content/reports/2025/gov.yaml", "scope: county\n");
        return site;
    }

    private static List<AnnualReport> reports(FixtureSite site, Diagnostics d) {
        Content c = new ContentLoader(d).load(site.content()).orElseThrow();
        return new AnnualReports(c, LocalDate.of(2026, 6, 1), d).build();
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void countsTheYearAsTheFormatDoes(@TempDir Path tmp) {
        Diagnostics d = new Diagnostics();
        List<AnnualReport> all = reports(site(tmp), d);
        assertThat(d.sorted()).filteredOn(Diagnostic::isError).isEmpty();
        AnnualReport fin2025 = all.stream().filter(r -> r.year() == 2025 && r.organ().id().equals("fin")).findFirst().orElseThrow();

        var p = fin2025.proactive();
        assertThat(p.get(ProactiveLine.NORMATIVE_DOCUMENTS, ProactiveColumn.MADE)).isEqualTo(n(2));
        // the old one was repealed by the new one (its 成文日期), the other expired on 2025-12-31
        assertThat(p.get(ProactiveLine.NORMATIVE_DOCUMENTS, ProactiveColumn.REPEALED)).isEqualTo(n(2));
        assertThat(p.get(ProactiveLine.NORMATIVE_DOCUMENTS, ProactiveColumn.VALID)).isEqualTo(n(2));
        assertThat(p.get(ProactiveLine.LICENSING, ProactiveColumn.DECISIONS)).isEqualTo(n(1));
        assertThat(p.get(ProactiveLine.PENALTIES, ProactiveColumn.DECISIONS)).isEqualTo(n(7));
        assertThat(p.get(ProactiveLine.FEES, ProactiveColumn.AMOUNT)).isEqualByComparingTo("1.25");

        var t = fin2025.applications();
        assertThat(t.get(ApplicationRow.NEW, ApplicationColumn.NATURAL_PERSON)).isEqualTo(n(1));
        assertThat(t.get(ApplicationRow.NEW, ApplicationColumn.COMMERCIAL)).isEqualTo(n(1));
        assertThat(t.get(ApplicationRow.NEW, ApplicationColumn.LEGAL_SERVICE)).isEqualTo(n(1));
        assertThat(t.get(ApplicationRow.NEW, ApplicationColumn.TOTAL)).isEqualTo(n(3));
        assertThat(t.get(ApplicationRow.GRANTED, ApplicationColumn.NATURAL_PERSON)).isEqualTo(n(1));
        assertThat(t.get(ApplicationRow.THIRD_PARTY, ApplicationColumn.LEGAL_SERVICE)).isEqualTo(n(1));
        assertThat(t.get(ApplicationRow.TOTAL, ApplicationColumn.TOTAL)).isEqualTo(n(2));
        assertThat(t.get(ApplicationRow.CARRIED_OUT, ApplicationColumn.COMMERCIAL)).isEqualTo(n(1));
        assertThat(t.get(ApplicationRow.CARRIED_OUT, ApplicationColumn.TOTAL)).isEqualTo(n(1));
        assertThat(t.get(ApplicationRow.NOT_HELD, ApplicationColumn.RESEARCH)).as("another organ's").isEqualTo(n(0));

        var a = fin2025.appeals();
        assertThat(a.get(AppealRow.REVIEW, AppealColumn.UPHELD)).isEqualTo(n(1));
        assertThat(a.get(AppealRow.REVIEW, AppealColumn.TOTAL)).isEqualTo(n(1));
        assertThat(a.get(AppealRow.LAWSUIT_AFTER_REVIEW, AppealColumn.PENDING)).isEqualTo(n(1));
        assertThat(fin2025.fees()).isEqualTo(new AnnualReport.Fees(1, new BigDecimal("50.00"), new BigDecimal("50.00")));

        AnnualReport fin2026 = all.stream().filter(r -> r.year() == 2026).findFirst().orElseThrow();
        assertThat(fin2026.applications().get(ApplicationRow.CARRIED_IN, ApplicationColumn.COMMERCIAL)).isEqualTo(n(1));
        assertThat(fin2026.applications().get(ApplicationRow.PARTIAL, ApplicationColumn.COMMERCIAL)).isEqualTo(n(1));
        assertThat(fin2026.proactive().get(ProactiveLine.NORMATIVE_DOCUMENTS, ProactiveColumn.VALID)).isEqualTo(n(2));

        AnnualReport county = all.stream().filter(r -> r.organ().id().equals("gov")).findFirst().orElseThrow();
        assertThat(county.title()).isEqualTo("测试县人民政府2025年政府信息公开工作年度报告");
        assertThat(county.applications().get(ApplicationRow.NEW, ApplicationColumn.TOTAL)).as("every organ's").isEqualTo(n(4));
        assertThat(county.applications().get(ApplicationRow.NOT_HELD, ApplicationColumn.RESEARCH)).isEqualTo(n(1));
        assertThat(county.proactive().get(ProactiveLine.NORMATIVE_DOCUMENTS, ProactiveColumn.MADE)).isEqualTo(n(3));
    }

    @Test
    void figuresWrittenByHandThatDoNotBalanceAreErrorsNamingTheCells(@TempDir Path tmp) {
        FixtureSite site = site(tmp);
        site.write("content/reports/2024/fin.yaml", """
                given:
                  applications:
                    new: {natural-person: 5}
                    carried-in: {natural-person: 1}
                    granted: {natural-person: 4}
                    carried-out: {natural-person: 1}
                  appeals:
                    review: {upheld: 1, total: 2}
                """);
        Diagnostics d = new Diagnostics();
        reports(site, d);
        List<String> messages = d.sorted().stream().filter(x -> x.code().id().equals("report-balance"))
                .map(Diagnostic::message).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("表三“自然人”列", "（5）", "（1）", "为 6", "（4）", "为 5"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("表四“行政复议”", "总计是 2", "之和是 1"));
        // 2025 takes in nothing from 2024, which carried one over
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("二、上年结转是 0", "2024 年报告", "是 1"));
    }
}
