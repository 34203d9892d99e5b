package org.gongkai.core.report;

/** The columns of table 二: documents have 制发, 废止 and 现行有效; the other lines one yearly figure. */
public enum ProactiveColumn {
    MADE("本年制发件数"), REPEALED("本年废止件数"), VALID("现行有效件数"), DECISIONS("本年处理决定数量"),
    AMOUNT("本年收费金额（单位：万元）");

    private final String label;

    ProactiveColumn(String label) {
        this.label = label;
    }

    /** The heading as 国办公开办函〔2021〕30号 writes it. */
    public String label() {
        return label;
    }
}
