package org.argkg.map;

import org.argkg.diagnostics.Position;

/** A relation from the node it is written under to {@code target}. */
public record RelationSpec(RelationKind kind, NodeRef target, Position targetAt, Basis basis, String note, Position at) {
}
