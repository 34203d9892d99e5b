package org.gongkai.core.content;

/** 公开范围, and which build is made: the public portal, or the internal one that adds internal items. */
public enum Audience {
    PUBLIC, INTERNAL
}
