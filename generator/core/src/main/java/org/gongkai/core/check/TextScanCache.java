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
 * and replays the others' findings. Keyed by the item itself, not its value: the preview's load hands back the
 * same item for every file it did not read again, and a record's hash walks the whole item, body included (a
 * tenth of a 10,000-item rebuild when this was keyed by value). Items no longer in the content are forgotten after
 * each check. Safe to share between threads.
 */
public final class TextScanCache {
    private final Map<Key, List<Diagnostic>> found = new ConcurrentHashMap<>();
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
        List<Diagnostic> d = found.get(new Key(item));
        if (d != null) {
            synchronized (this) {
                hits++;
            }
        }
        return d;
    }

    void put(Item item, List<Diagnostic> diagnostics) {
        found.put(new Key(item), List.copyOf(diagnostics));
    }

    /** Ends a check: forgets the items that were not part of it. */
    void end(List<Item> items) {
        Set<Key> current = new HashSet<>(items.size() * 2);
        for (Item i : items) {
            current.add(new Key(i));
        }
        found.keySet().retainAll(current);
    }

    /** An item by identity. */
    private record Key(Item item) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.item == item;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(item);
        }
    }

    /** Items whose findings the last check replayed. */
    public int hits() {
        return hits;
    }
}
