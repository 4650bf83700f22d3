package org.argkg.argmap;

import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;

/**
 * A relation from the map's document to another document of the corpus, as written under
 * {@code document: relations:}. {@code date} (YYYY-MM-DD, already checked) is when the relation took
 * effect, null for the document's own date; {@code basis} and {@code note} are null when not given.
 */
public record DocumentRelationSpec(DocumentRelationKind kind, Located<String> target, Located<String> date, Basis basis,
        String note, Position at) {
}
