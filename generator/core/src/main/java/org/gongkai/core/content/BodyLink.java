package org.gongkai.core.content;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * A link or image of a Markdown body (an item's or a free page's) as written: its destination, and where its
 * {@code [} or {@code ![} is in the content file. Read once when the file is loaded; the checks, the model's link
 * check and the render stage's attachment copying all use the same list.
 */
public record BodyLink(String destination, boolean image, SourcePosition at) {
}
