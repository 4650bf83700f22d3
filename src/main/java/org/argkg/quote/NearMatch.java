package org.argkg.quote;

/** The span of the body closest to a quote that does not occur, and how many edits apart it is. */
public record NearMatch(int start, int end, String text, int edits) {
}
