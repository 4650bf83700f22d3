package org.argkg.argmap;

import java.util.List;
import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;

/**
 * One node (claim) of a map. Optional parts are null or empty lists; in a map with errors, role,
 * label and statement may also be null.
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
        List<RelationSpec> relations) {
}
