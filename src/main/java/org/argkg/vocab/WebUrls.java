package org.argkg.vocab;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The web addresses a map or a source may give (a document's {@code url}, a claim's
 * {@code source-url}): absolute http(s) IRIs with a host, that Jena accepts as IRIs, of bounded length.
 * {@code validate} checks them exactly as {@code build} and {@code import} need them.
 */
public final class WebUrls {

    /** Longer addresses are refused: no real source needs them, and every one becomes an IRI of the graph. */
    public static final int MAX_LENGTH = 2000;

    private WebUrls() {
    }

    /** Why {@code url} is not a usable web address, or empty when it is one. */
    public static Optional<String> problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("is " + url.length() + " characters long (at most " + MAX_LENGTH + ")");
        }
        if (!url.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            return Optional.of("is not an http(s) URL");
        }
        if (!url.matches("(?s)[a-zA-Z]+://[^/?#]+.*")) {
            return Optional.of("has no host");
        }
        try {
            IRIx.create(url);
        } catch (IRIException e) {
            return Optional.of("is not a valid IRI: " + e.getMessage().replaceFirst("^<.*?> ", ""));
        }
        return Optional.empty();
    }
}
