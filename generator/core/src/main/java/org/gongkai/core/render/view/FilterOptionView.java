package org.gongkai.core.render.view;

/** One choice of a search filter: its value, its label, and its depth in the catalog tree (0 = top level). */
public record FilterOptionView(String id, String name, int depth) {
}
