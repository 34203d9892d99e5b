package org.gongkai.core.search;

/** Result order. Relevance ties go to the newer item (the lower document number), as in Lucene. */
public enum SearchSort {
    RELEVANCE, NEWEST, OLDEST
}
