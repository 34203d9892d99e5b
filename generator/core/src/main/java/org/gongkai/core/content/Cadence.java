package org.gongkai.core.content;

/** How often a category must receive an item (栏目更新频率). */
public enum Cadence {
    PERMANENT, ANNUAL, QUARTERLY, MONTHLY, ON_CHANGE
}
