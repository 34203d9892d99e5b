package org.gongkai.core.render.view;

/**
 * The footer marks (政府网站发展指引): images are site-relative paths, links absolute URLs; empty where not set.
 */
public record MarksView(String conacImage, String conacLink, String icpNumber, String icpLink, String policeNumber,
                        String policeLink, String policeIcon, String sponsor, String organizer, String errorReport) {
}
