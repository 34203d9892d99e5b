package org.gongkai.core.linkcheck;

import java.util.List;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * One external URL and what requesting it gave: {@code status} the last HTTP status (0 without an answer),
 * {@code failure} why it is broken or unchecked (empty when it works), {@code detail} the network's own words for
 * an unchecked one; {@code where} every place a body writes it, in file order.
 */
public record CheckedLink(String url, int status, Optional<LinkFailure> failure, String detail,
                          List<SourcePosition> where) {

    public CheckedLink {
        where = List.copyOf(where);
    }

    /** "ok", "broken" or "unchecked": links.json's word for it. */
    public String result() {
        return failure.map(f -> f.broken() ? "broken" : "unchecked").orElse("ok");
    }
}
