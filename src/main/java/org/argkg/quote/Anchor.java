package org.argkg.quote;

/**
 * Where a quote sits in a source body: code-point offsets ({@code end} exclusive) and the context
 * on either side, as a W3C Web Annotation TextQuoteSelector and TextPositionSelector need them.
 */
public record Anchor(String exact, int start, int end, String prefix, String suffix) {
}
