package org.argkg.aif;

import java.util.List;
import java.util.Map;
import org.argkg.diagnostics.Position;
import org.argkg.argmap.Basis;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.Role;

/**
 * argkg's own fields on a node ({@code "argkg": {…}}), which AIFdb and OVA ignore and which make
 * {@code argkg → AIF → argkg} lossless for claims and relations. On an I node: the document and
 * node id of the claim, its role, label and statement in both languages, factor, actors and
 * source-url. On an RA, CA or MA node: the relation kind, basis and note. Absent fields are null
 * (empty for the maps and the list).
 *
 * @param at where each field was written, by key
 */
record NodeExtension(String document, String id, Role role, Map<String, String> label,
        Map<String, String> statement, String factor, List<String> actors, String sourceUrl,
        RelationKind kind, Basis basis, String note, Map<String, Position> at) {

    public NodeExtension {
        label = label == null ? Map.of() : Map.copyOf(label);
        statement = statement == null ? Map.of() : Map.copyOf(statement);
        actors = actors == null ? List.of() : List.copyOf(actors);
        at = at == null ? Map.of() : Map.copyOf(at);
    }

    public Position positionOf(String key) {
        return at.getOrDefault(key, at.getOrDefault("", Position.UNKNOWN));
    }
}
