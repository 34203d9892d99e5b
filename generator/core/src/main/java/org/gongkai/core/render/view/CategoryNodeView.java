package org.gongkai.core.render.view;

import java.util.List;

/** A catalog node with the count of listed items in it and below it; {@code cadence} is a key (monthly …). */
public record CategoryNodeView(String id, String name, String article, String href, int count, String cadence,
                               int deadline, List<CategoryNodeView> children) {
}
