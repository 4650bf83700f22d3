package org.argkg.argmap;

import org.argkg.diagnostics.Position;

/**
 * A relation from the node it is written under to {@code target}. {@code basis} is null only when
 * the map gave a basis that is not one of the words and the reader has reported it: the relation is
 * kept so that its target is still checked, and a map with errors is never mapped.
 */
public record RelationSpec(RelationKind kind, NodeRef target, Position targetAt, Basis basis, String note, Position at) {
}
