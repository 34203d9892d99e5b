package org.gongkai.core.content;

/**
 * The lines of the annual report's table 二 (主动公开政府信息情况): 第二十条第（一）项 规章 and 行政规范性文件, 第（五）项
 * 行政许可, 第（六）项 行政处罚 and 行政强制, 第（八）项 行政事业性收费. A catalog category names the line its items count
 * in ({@code annual-report: normative-documents}).
 */
public enum ProactiveLine {
    REGULATIONS, NORMATIVE_DOCUMENTS, LICENSING, PENALTIES, ENFORCEMENT, FEES;

    /** 规章 and 行政规范性文件 are counted as documents (制发, 废止, 现行有效); the others as a yearly figure. */
    public boolean isDocuments() {
        return this == REGULATIONS || this == NORMATIVE_DOCUMENTS;
    }
}
