package org.gongkai.core.content;

/** 体裁: the form of an item. */
public enum Genre {
    NOTICE, ANNOUNCEMENT, DECISION, OPINION, REGULATION, PLAN, REPORT, INTERPRETATION, PUBLICITY, OTHER
}
