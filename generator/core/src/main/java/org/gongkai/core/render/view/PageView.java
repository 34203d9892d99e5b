package org.gongkai.core.render.view;

import java.util.List;

/**
 * The page being rendered. {@code path} is the output file (e.g. {@code catalog/index.html}); {@code lang} the
 * page language (zh-Hans / zh-Hant / en); {@code columnName}, {@code columnType} and {@code columnKeywords} the
 * column meta tags of the 政府网站发展指引; {@code description} the page's description (ColumnDescription, or an
 * article's Description); {@code feed} a site-relative Atom feed for this listing or empty; {@code absolute} true
 * where relative links cannot work (the 404 page, sent for a missing path at any depth): then url() gives paths
 * from the site's root ({@code /catalog/index.html}) and the layout inlines its styles instead of linking them; {@code article}
 * the article meta tags of an item page, or null.
 */
public record PageView(String path, String title, String lang, String columnName, String canonical,
                       String description, List<LinkView> breadcrumbs, String feed, boolean absolute,
                       String columnType, String columnKeywords, ArticleView article) {

    public PageView(String path, String title, String lang, String columnName, String canonical, String description,
                    List<LinkView> breadcrumbs, String feed, boolean absolute) {
        this(path, title, lang, columnName, canonical, description, breadcrumbs, feed, absolute, "", "", null);
    }

    public PageView withColumn(String type, String keywords, String columnDescription) {
        return new PageView(path, title, lang, columnName, canonical, columnDescription, breadcrumbs, feed, absolute,
                type, keywords, article);
    }

    public PageView withArticle(ArticleView a) {
        return new PageView(path, title, lang, columnName, canonical, a.description(), breadcrumbs, feed, absolute,
                columnType, columnKeywords, a);
    }
}
