package org.argkg.argmap;

import org.argkg.diagnostics.Position;

/**
 * A quote as the analyst wrote it: the exact text, and which occurrence when the text occurs more
 * than once in the source (1-based; 0 when not given).
 */
public record QuoteSpec(String exact, int occurrence, Position at, Position occurrenceAt) {
}
