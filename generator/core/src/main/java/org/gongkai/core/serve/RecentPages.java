package org.gongkai.core.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages browsers asked for last: most likely the ones open now, which reload right after a rebuild. The
 * rebuild renders them before it announces itself, so a reload finds them ready (and a template that breaks
 * one of them is caught as an error while the last good preview is still served).
 */
final class RecentPages {
    private static final int KEEP = 8;
    private final Map<String, Boolean> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KEEP;
        }
    };

    synchronized void served(String sitePath) {
        pages.put(sitePath, Boolean.TRUE);
    }

    /** Most recent first. */
    synchronized List<String> list() {
        List<String> out = new ArrayList<>(pages.keySet());
        java.util.Collections.reverse(out);
        return out;
    }
}
