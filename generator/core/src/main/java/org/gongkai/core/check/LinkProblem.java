package org.gongkai.core.check;

/**
 * Why a link in a Markdown body leads nowhere the build makes; each is a phrase (with its hint) of broken-link's
 * message. The first five are about how the link is written, the others about what it names.
 */
public enum LinkProblem {
    /** A "." or ".." segment: links are written from the portal's or content/'s root, never relative to a file. */
    DOT_SEGMENT,
    BACKSLASH,
    /** "a//b". */
    EMPTY_SEGMENT,
    /** A '%' not followed by two hex digits, or bytes that are not UTF-8. */
    BAD_ENCODING,
    /** An encoded '.', '/', '\' or '%': a server may decode it after resolving the path. */
    ENCODED_SEPARATOR,
    /** {@code items/…/x.md}: no such item file. */
    NO_ITEM_FILE,
    /** {@code pages/x.md}: no such page file. */
    NO_PAGE_FILE,
    /** {@code /items/czj/2026/x/}: no item has that page. */
    NO_ITEM_PAGE,
    /** {@code /pages/x/}: no free page has that slug. */
    NO_PAGE,
    /** {@code attachments/2026/x.pdf}: not a file of content/attachments/. */
    NO_ATTACHMENT,
    /** Any other path of the portal that the build does not write. */
    NO_PORTAL_PAGE
}
