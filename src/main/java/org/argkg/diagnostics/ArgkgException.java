package org.argkg.diagnostics;

/**
 * A failure of the environment rather than of the input: a file that cannot be read or written,
 * a store that cannot be opened. The CLI maps it to exit code 3.
 */
public class ArgkgException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArgkgException(String message) {
        super(message);
    }

    public ArgkgException(String message, Throwable cause) {
        super(message, cause);
    }
}
