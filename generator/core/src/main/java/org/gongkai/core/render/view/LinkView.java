package org.gongkai.core.render.view;

/** A link: its text and a site-relative href. */
public record LinkView(String label, String href) {
}
