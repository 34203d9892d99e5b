package org.gongkai.core.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.Item;
import org.gongkai.core.content.ItemRef;

/** Resolves a reference between items, written as an 索引号 or as a path under content/. */
public final class References {
    private final Map<String, Item> byIndex = new HashMap<>();
    private final Map<String, Item> byPath = new HashMap<>();

    public References(List<Item> items) {
        for (Item i : items) {
            if (!i.index().isEmpty()) {
                byIndex.putIfAbsent(org.gongkai.core.load.LookAlikes.normalized(i.index()), i);
            }
            byPath.put(i.file(), i);
        }
    }

    public Optional<Item> resolve(ItemRef ref) {
        String t = ref.target().strip();
        Item byIdx = byIndex.get(org.gongkai.core.load.LookAlikes.normalized(t));
        if (byIdx != null) {
            return Optional.of(byIdx);
        }
        String path = t.startsWith("/") ? t.substring(1) : t;
        if (path.startsWith("content/")) {
            path = path.substring("content/".length());
        }
        if (!path.endsWith(".md")) {
            path = path + ".md";
        }
        return Optional.ofNullable(byPath.get(path));
    }
}
