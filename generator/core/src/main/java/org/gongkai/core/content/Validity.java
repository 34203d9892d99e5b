package org.gongkai.core.content;

/** 有效性 of a policy document. */
public enum Validity {
    VALID, EXPIRED, REPEALED
}
