package org.gongkai.core.content;

/** A free page under content/pages/ (about, additions to the 公开指南). */
public record Page(String file, String title, String slug, Language lang, String body, int bodyLine) {
}
