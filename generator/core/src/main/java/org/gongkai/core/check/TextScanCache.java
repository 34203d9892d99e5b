package org.gongkai.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.core.content.Formulation;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Diagnostic;

/**
 * What the privacy and 严重表述错误 scans found in each item, for the preview: they are most of the check stage and
 * depend on the item alone (and the list of formulations), so a rebuild after a one-file edit scans that one file
 * and replays the others' findings. Keyed by the item's value, so that an item read again unchanged is found too;
 * items no longer in the content are forgotten after each check. Safe to share between threads.
 */
public final class TextScanCache {
    private final Map<Item, List<Diagnostic>> found = new ConcurrentHashMap<>();
    private volatile List<Formulation> formulations = List.of();
    private volatile int hits;

    /** Starts a check with this list of formulations: findings made with another list are dropped. */
    void begin(List<Formulation> current) {
        if (!current.equals(formulations)) {
            found.clear();
            formulations = List.copyOf(current);
        }
        hits = 0;
    }

    List<Diagnostic> get(Item item) {
        List<Diagnostic> d = found.get(item);
        if (d != null) {
            synchronized (this) {
                hits++;
            }
        }
        return d;
    }

    void put(Item item, List<Diagnostic> diagnostics) {
        found.put(item, List.copyOf(diagnostics));
    }

    /** Ends a check: forgets the items that were not part of it. */
    void end(List<Item> items) {
        Set<Item> current = new HashSet<>(items);
        found.keySet().retainAll(current);
    }

    /** Items whose findings the last check replayed. */
    public int hits() {
        return hits;
    }
}
