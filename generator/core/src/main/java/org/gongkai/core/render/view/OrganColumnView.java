package org.gongkai.core.render.view;

/**
 * One column of an organ's own (a category that is its duty, e.g. a village's 财务公开): {@code path} the category's
 * names below the top level, {@code cadence} a key (monthly …), {@code latest} the 发布日期 of its newest item
 * (YYYY-MM-DD) or empty; {@code blank} that it has gone longer without an item than its cadence allows (栏目空白).
 */
public record OrganColumnView(String path, String href, String cadence, int count, String latest, boolean blank) {
}
