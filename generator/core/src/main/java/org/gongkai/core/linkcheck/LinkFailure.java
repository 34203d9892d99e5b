package org.gongkai.core.linkcheck;

/** Why a link is broken or could not be checked; each is a phrase (with its hint) of the two codes' messages. */
public enum LinkFailure {
    /** Answered 4xx or 5xx (to HEAD and then to GET). Broken. */
    STATUS,
    /** Not a URL a request can be made for. Broken. */
    INVALID,
    /** No answer within the timeout. Not checked. */
    TIMEOUT,
    /** Nothing listens there, or the connection failed. Not checked. */
    UNREACHABLE,
    /** The host's name does not resolve. Not checked. */
    UNKNOWN_HOST,
    /** Any other network failure (TLS, a reset connection …). Not checked. */
    NETWORK;

    /** Broken links are the content's to fix; the others may be the network's, and fail nothing. */
    public boolean broken() {
        return this == STATUS || this == INVALID;
    }
}
