package org.gongkai.core.report;

import org.gongkai.core.content.Application;

/** The columns of table 三: 申请人情况 (自然人; 法人或其他组织: five kinds) and 总计. */
public enum ApplicationColumn {
    NATURAL_PERSON("自然人", Application.Applicant.NATURAL_PERSON),
    COMMERCIAL("商业企业", Application.Applicant.COMMERCIAL),
    RESEARCH("科研机构", Application.Applicant.RESEARCH),
    PUBLIC_INTEREST("社会公益组织", Application.Applicant.PUBLIC_INTEREST),
    LEGAL_SERVICE("法律服务机构", Application.Applicant.LEGAL_SERVICE),
    OTHER("其他", Application.Applicant.OTHER),
    TOTAL("总计", null);

    private final String label;
    private final Application.Applicant applicant;

    ApplicationColumn(String label, Application.Applicant applicant) {
        this.label = label;
        this.applicant = applicant;
    }

    public String label() {
        return label;
    }

    public static ApplicationColumn of(Application.Applicant a) {
        for (ApplicationColumn c : values()) {
            if (c.applicant == a) {
                return c;
            }
        }
        throw new IllegalArgumentException(String.valueOf(a));
    }

    /** The applicant columns, without 总计. */
    public static java.util.List<ApplicationColumn> applicants() {
        return java.util.Arrays.stream(values()).filter(c -> c != TOTAL).toList();
    }
}
