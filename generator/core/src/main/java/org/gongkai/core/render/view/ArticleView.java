package org.gongkai.core.render.view;

/**
 * The article meta tags of an item page (政府网站发展指引): ArticleTitle, PubDate ({@code yyyy-MM-dd HH:mm}, China
 * time), ContentSource and Author (the publishing organ), Keywords and Description (内容概述).
 */
public record ArticleView(String title, String pubDate, String source, String keywords, String author,
                          String description) {
}
