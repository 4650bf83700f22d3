package org.argkg.argmap;

import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;

/**
 * The {@code document:} section of a map. Actor references are null when not given; {@code draftAt}
 * is where the map says {@code status: draft}, null for a finished map.
 */
public record DocumentSpec(
        String id,
        Position idAt,
        String source,
        Genre genre,
        Located<String> creator,
        Located<String> publisher,
        Located<String> originalPublisher,
        Position draftAt) {

    /** A finished document's section (not a draft). */
    public DocumentSpec(String id, Position idAt, String source, Genre genre, Located<String> creator,
            Located<String> publisher, Located<String> originalPublisher) {
        this(id, idAt, source, genre, creator, publisher, originalPublisher, null);
    }

    /** Whether the map is a draft: checked by validate, left out of build and serve. */
    public boolean isDraft() {
        return draftAt != null;
    }
}
