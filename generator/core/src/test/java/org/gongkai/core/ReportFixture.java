package org.gongkai.core;

import java.nio.file.Path;

/**
 * A {@link FixtureSite} with annual reports (built as of {@link FixtureSite#NOW}, 2026-06-01): 测试县财政局's 2025
 * report, published and with prose, a correction note and a register behind it; the 本级政府's 2025 report over every
 * organ, published; and 测试县财政局's 2026 report, a draft, whose every text carries {@link #DRAFT_MARK}.
 */
public final class ReportFixture {
    public static final String DRAFT_MARK = "DRAFTREPORTMARK";
    public static final String FIN_2025 = "reports/2025/fin/index.html";
    public static final String COUNTY_2025 = "reports/2025/gov/index.html";
    public static final String FIN_2026_DRAFT = "reports/2026/fin/index.html";

    private ReportFixture() {
    }

    public static FixtureSite in(Path dir) {
        FixtureSite site = FixtureSite.in(dir);
        site.write("content/catalog.yaml", """
                categories:
                  - id: regulation
                    name: 行政规范性文件
                    annual-report: normative-documents
                  - id: licence
                    name: 行政许可
                    annual-report: licensing
                  - id: budget
                    name: 财政预决算
                  - id: nianbao
                    name: 政府信息公开工作年度报告
                    reports: true
                """);
        site.item("fin/2025/rules.md", """
                title: 测试县财政资金管理办法
                organ: fin
                category: regulation
                written: 2025-02-01
                published: 2025-02-03
                """, "正文。\n");
        site.item("fin/2025/licence.md", """
                title: 准予行政许可决定书
                organ: fin
                category: licence
                written: 2025-06-02
                published: 2025-06-03
                """, "正文。\n");
        site.write("content/requests/2025/a.yaml", """
                organ: fin
                received: 2025-03-03
                channel: online
                applicant: natural-person
                outcome: granted
                replied: 2025-03-12
                fee: {notified: 50, collected: 50}
                """);
        site.write("content/requests/2025/b.yaml", """
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
        site.write("content/reports/2025/fin.yaml", """
                published: 2026-01-20
                overview: |
                  2025年，测试县财政局认真贯彻**政务公开**工作要求。<script>alert(1)</script>

                  （一）主动公开。全年主动公开信息若干条。
                problems: 公开内容还不够全面，下一步将加强培训。
                other: 本年度无其他需要报告的事项。
                figures: {penalties: 7, fees: 1.25}
                changes:
                  - {date: 2026-02-10, note: 更正了表二行政处罚的数量。}
                """);
        site.write("content/reports/2025/gov.yaml", """
                scope: county
                published: 2026-03-20
                overview: 全县政务公开工作稳步推进。
                """);
        site.write("content/reports/2026/fin.yaml", """
                overview: 草稿%s，尚未定稿。
                problems: 问题%s。
                other: 其他%s。
                """.formatted(DRAFT_MARK, DRAFT_MARK, DRAFT_MARK));
        return site;
    }
}
