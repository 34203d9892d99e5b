package org.gongkai.core.content;

/** What kind of body publishes: a catalog category may apply to some kinds only. */
public enum OrganType {
    GOVERNMENT, DEPARTMENT, TOWNSHIP, VILLAGE, PARTY
}
