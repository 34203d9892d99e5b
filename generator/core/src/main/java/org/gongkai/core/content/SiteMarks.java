package org.gongkai.core.content;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * The marks every government website shows in its footer (政府网站发展指引; an inspection fails a site without
 * them): 党政机关网站标识 (the 开办者 image issued by the 机构编制 office, with its link), ICP备案号 (linked to the MIIT
 * 备案 system), 公安机关备案号 (with its icon and link), 主办单位 and 承办单位, and the 我为政府网站找错 link. The images
 * are files of content/attachments/. Empty strings where a mark is not configured.
 */
public record SiteMarks(String conacImage, String conacLink, String icpNumber, String icpLink, String policeNumber,
                        String policeCode, String policeIcon, String sponsor, String organizer, String errorReport,
                        SourcePosition at) {

    /** The 工业和信息化部 备案 system, where an ICP number is looked up. */
    public static final String ICP_SYSTEM = "https://beian.miit.gov.cn/";

    public static SiteMarks none(SourcePosition at) {
        return new SiteMarks("", "", "", "", "", "", "", "", "", "", at);
    }

    /** The 公安机关 备案 system's page of this site's record. */
    public String policeLink() {
        return policeCode.isEmpty() ? "" : "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + policeCode;
    }

    /** 我为政府网站找错: the site's own link, else the national error-report platform's page for its 网站标识码. */
    public String errorReportFor(String siteIdCode) {
        if (!errorReport.isEmpty() || siteIdCode.isEmpty()) {
            return errorReport;
        }
        return "https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=" + siteIdCode;
    }
}
