package org.argkg.quote;

import org.argkg.diagnostics.Position;

/**
 * A quote of the map found in the source: which quote of its node it is (1-based, in the order of the
 * map, which also numbers its IRI), where the map writes it, and where it sits in the source.
 */
public record AnchoredQuote(int number, Position at, Anchor anchor) {
}
