package org.gongkai.core.content;

import java.util.List;

/** A free page under content/pages/ (about, additions to the 公开指南); {@code links}: its body's, as written. */
public record Page(String file, String title, String slug, Language lang, String body, int bodyLine,
        List<BodyLink> links) {
    public Page {
        links = List.copyOf(links);
    }
}
