package org.argkg.argmap;

import java.util.List;
import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;

/**
 * One node (claim) of a map. Optional parts are null or empty lists; in a map with errors, role,
 * label and statement may also be null. {@code date} (YYYY-MM-DD, already checked) is when the
 * claim or the event it states happened; {@code heldBy} the actors who hold a view the document
 * reports.
 */
public record NodeSpec(
        String id,
        Position at,
        Position start,
        Role role,
        Text label,
        Text statement,
        Located<String> factor,
        List<Located<String>> actors,
        List<QuoteSpec> quotes,
        boolean quotesWritten,
        Located<String> sourceUrl,
        List<RelationSpec> relations,
        Located<String> date,
        List<Located<String>> heldBy) {

    /** A node without a date of its own or actors holding it. */
    public NodeSpec(String id, Position at, Position start, Role role, Text label, Text statement, Located<String> factor,
            List<Located<String>> actors, List<QuoteSpec> quotes, boolean quotesWritten, Located<String> sourceUrl,
            List<RelationSpec> relations) {
        this(id, at, start, role, label, statement, factor, actors, quotes, quotesWritten, sourceUrl, relations, null, List.of());
    }
}
