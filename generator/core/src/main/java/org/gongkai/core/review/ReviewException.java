package org.gongkai.core.review;

/** A review that cannot be made (no repository, a ref that does not exist): the message says what to do. */
public final class ReviewException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReviewException(String message) {
        super(message);
    }
}
