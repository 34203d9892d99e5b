package org.gongkai.core.check;

import java.util.Set;

import org.gongkai.core.content.Content;
import org.gongkai.core.content.SiteMarks;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;

/**
 * The footer marks an inspection looks for first: each one missing is a warning (a new office can build before it
 * has them all), each one malformed an error. 网站标识码 has 10 characters; an ICP number reads "…ICP备…号"; a 公安机关
 * 备案号 has a 14-digit code; links are http(s); images are PNG, JPEG or GIF files of content/attachments/.
 */
final class SiteMarksCheck {
    /** The marks, named in messages. */
    enum Mark { CONAC, ICP, POLICE, SPONSOR, ORGANIZER, SITE_ID_CODE }

    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif");

    private final Diagnostics diagnostics;

    SiteMarksCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(Content content) {
        SiteMarks m = content.site().marks();
        var at = m.at();
        String siteId = content.site().siteIdCode();
        missing(m.conacImage().isEmpty() || m.conacLink().isEmpty(), Mark.CONAC, content);
        missing(m.icpNumber().isEmpty(), Mark.ICP, content);
        missing(m.policeNumber().isEmpty() || m.policeCode().isEmpty(), Mark.POLICE, content);
        missing(m.sponsor().isEmpty(), Mark.SPONSOR, content);
        missing(m.organizer().isEmpty(), Mark.ORGANIZER, content);
        missing(siteId.isEmpty(), Mark.SITE_ID_CODE, content);
        if (!siteId.isEmpty() && !siteId.matches("[0-9A-Za-z]{10}")) {
            diagnostics.add(Code.BAD_MARK, at, new Field("site-id-code"), siteId, "5399000001");
        }
        if (!m.icpNumber().isEmpty() && !m.icpNumber().matches(".{1,8}ICP备\\d{6,10}号(-\\d{1,3})?")) {
            diagnostics.add(Code.BAD_MARK, at, new Field("marks.icp.number"), m.icpNumber(), "滇ICP备12345678号-1");
        }
        if (!m.policeCode().isEmpty() && !m.policeCode().matches("\\d{14}")) {
            diagnostics.add(Code.BAD_MARK, at, new Field("marks.police.code"), m.policeCode(), "53990002000001");
        }
        link(m.conacLink(), "marks.conac.link", at);
        link(m.icpLink(), "marks.icp.link", at);
        link(m.errorReport(), "marks.error-report", at);
        image(m.conacImage(), "marks.conac.image", content);
        image(m.policeIcon(), "marks.police.icon", content);
    }

    private void missing(boolean absent, Mark mark, Content content) {
        if (absent) {
            diagnostics.add(Code.MARK_MISSING, content.site().marks().at(), mark);
        }
    }

    private void link(String url, String key, org.gongkai.core.diagnostic.SourcePosition at) {
        if (!url.isEmpty() && !url.matches("https?://[^\\s\"'<>]+")) {
            diagnostics.add(Code.BAD_MARK, at, new Field(key), url, "https://…");
        }
    }

    private void image(String path, String key, Content content) {
        if (path.isEmpty()) {
            return;
        }
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (!path.startsWith("attachments/") || !IMAGES.contains(ext) || !content.attachments().containsKey(path)) {
            diagnostics.add(Code.BAD_MARK, content.site().marks().at(), new Field(key), path, "attachments/marks/logo.png");
        }
    }
}
