package org.argkg.evaluation;

import org.argkg.diagnostics.ArgkgException;

/** An enumeration found more extensions than the caller allowed. */
public class TooManyExtensionsException extends ArgkgException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public TooManyExtensionsException(Semantics semantics, int limit) {
        super("more than " + limit + " " + semantics.word() + " extensions");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
