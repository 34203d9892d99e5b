package org.gongkai.core.render.view;

/**
 * The portal, on every page. {@code mode} is public, internal or preview; {@code nav} the main navigation, in
 * {@code lang}: the site's language, or the page's where it differs (an item written in zh-Hant); {@code feedback}
 * the href of the 意见箱 page, empty when the site has none.
 */
public record SiteView(String name, String shortName, String baseUrl, String siteIdCode, String lang,
                       ContactView contact, String mode, String feedback, java.util.List<LinkView> nav,
                       MarksView marks) {
}
