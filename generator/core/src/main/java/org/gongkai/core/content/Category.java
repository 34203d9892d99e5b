package org.gongkai.core.content;

import java.util.List;
import java.util.Set;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * A node of the disclosure catalog (公开目录). {@code deadline} is in working days (条例第二十六条: 20 by default);
 * {@code appliesTo} empty means every organ type; {@code parent} is empty for a top-level category;
 * {@code annualReport} is the line of the annual report's table 二 that its items (and its descendants') count in;
 * {@code listsReports}: the category where the generated 政府信息公开工作年度报告 are listed (and counted for 栏目空白);
 * {@code cadencePerOrgan}: 栏目空白 is judged for each organ the category applies to, not over the whole site.
 */
public record Category(String id, String name, String article, Cadence cadence, int deadline,
                       Set<OrganType> appliesTo, List<String> required, String parent, List<String> children,
                       java.util.Optional<ProactiveLine> annualReport, boolean listsReports, boolean cadencePerOrgan, SourcePosition at) {

    public static final int DEFAULT_DEADLINE = 20;

    public Category {
        appliesTo = Set.copyOf(appliesTo);
        required = List.copyOf(required);
        children = List.copyOf(children);
    }
}
