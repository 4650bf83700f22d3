package org.argkg.argmap;

import java.util.List;
import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;

/**
 * The {@code document:} section of a map. Actor references are null when not given;
 * {@code relations} are the document's relations to other documents.
 */
public record DocumentSpec(
        String id,
        Position idAt,
        String source,
        Genre genre,
        Located<String> creator,
        Located<String> publisher,
        Located<String> originalPublisher,
        List<DocumentRelationSpec> relations) {

    /** A document section without relations to other documents. */
    public DocumentSpec(String id, Position idAt, String source, Genre genre, Located<String> creator,
            Located<String> publisher, Located<String> originalPublisher) {
        this(id, idAt, source, genre, creator, publisher, originalPublisher, List.of());
    }
}
