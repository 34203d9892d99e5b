package org.gongkai.core.content;

import java.nio.file.Path;
import java.util.List;

/** Everything loaded from a content folder: the input of the checks and the model. */
public record Content(Path root, SiteConfig site, Catalog catalog, List<Item> items, List<Page> pages) {

    public Content {
        items = List.copyOf(items);
        pages = List.copyOf(pages);
    }
}
