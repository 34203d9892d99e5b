package org.gongkai.core.model;

import java.util.Set;

import org.gongkai.core.content.BodyLink;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Page;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Phrase;

/**
 * The links of every body (items whether public or not, so that a draft's broken link is found before it goes
 * out; and free pages) to the portal's own items, pages and attachments: one the build does not write is
 * broken-link, at the link's line and column. A link from something public (a public item, a free page) to an item
 * the public portal does not have is link-not-public: the public portal shows its text only, and the office should
 * know. Links to other sites are not requested here (gongkai:check-links does that).
 */
final class LinkCheck {
    private final Diagnostics diagnostics;
    private final InternalLinks links;
    /** Items of the public portal (proactive, public, published, not drafts), withdrawn ones included: their page stays. */
    private final Set<Item> publicItems;

    LinkCheck(Diagnostics diagnostics, InternalLinks links, Set<Item> publicItems) {
        this.diagnostics = diagnostics;
        this.links = links;
        this.publicItems = publicItems;
    }

    void check(Content content) {
        for (Item item : content.items()) {
            check(item.links(), publicItems.contains(item));
        }
        for (Page page : content.pages()) {
            check(page.links(), true);
        }
    }

    private void check(java.util.List<BodyLink> found, boolean fromPublic) {
        for (BodyLink l : found) {
            InternalLinks.Target t = links.resolve(l.destination());
            if (t instanceof InternalLinks.Broken b) {
                diagnostics.add(Code.BROKEN_LINK, l.at(), l.destination(), Phrase.of(b.problem(), b.detail()),
                        Phrase.hint(b.problem(), b.detail()));
            } else if (fromPublic && t instanceof InternalLinks.Found f && f.item().isPresent()
                    && !publicItems.contains(f.item().get())) {
                diagnostics.add(Code.LINK_NOT_PUBLIC, l.at(), l.destination(), f.item().get().file());
            }
        }
    }
}
