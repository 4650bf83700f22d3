package org.argkg.intake;

/** An article that cannot be fetched or read; the message says which and why. */
public class ArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArticleException(String message) {
        super(message);
    }

    public ArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
