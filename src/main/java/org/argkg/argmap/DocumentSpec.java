package org.argkg.argmap;

import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;

/** The {@code document:} section of a map. Actor references are null when not given. */
public record DocumentSpec(
        String id,
        Position idAt,
        String source,
        Genre genre,
        Located<String> creator,
        Located<String> publisher,
        Located<String> originalPublisher) {
}
