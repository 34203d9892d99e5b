package org.gongkai.core.render.view;

/**
 * A 公开栏 poster of an item (the item itself is beside it as an {@link ItemView}): {@code itemHref} its page;
 * {@code period} the 公示期 as a sentence or empty; {@code phone} the 监督电话 of site.yaml's contact or empty;
 * {@code date} the date line under the organ's name (落款), written out in the page's language.
 */
public record PosterView(String itemHref, String period, String phone, String date) {
}
