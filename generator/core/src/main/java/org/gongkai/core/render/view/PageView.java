package org.gongkai.core.render.view;

import java.util.List;

/**
 * The page being rendered. {@code path} is the output file (e.g. {@code catalog/index.html}); {@code lang} the
 * page language (zh-Hans / zh-Hant / en); {@code columnName} the ColumnName meta tag; {@code feed} a site-relative
 * Atom feed for this listing or empty; {@code absolute} true where relative links cannot work (404 page): then
 * url() gives absolute URLs under the base URL.
 */
public record PageView(String path, String title, String lang, String columnName, String canonical,
                       String description, List<LinkView> breadcrumbs, String feed, boolean absolute) {
}
