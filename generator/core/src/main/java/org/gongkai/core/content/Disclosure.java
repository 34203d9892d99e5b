package org.gongkai.core.content;

/** 公开属性: only proactive items are ever published. */
public enum Disclosure {
    PROACTIVE, ON_REQUEST, EXEMPT
}
