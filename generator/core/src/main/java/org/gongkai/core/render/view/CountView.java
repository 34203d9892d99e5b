package org.gongkai.core.render.view;

/** A labelled count with a link (home page figures). */
public record CountView(String label, int count, String href) {
}
