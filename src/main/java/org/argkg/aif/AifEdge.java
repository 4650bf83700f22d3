package org.argkg.aif;

import org.argkg.diagnostics.Position;

/** One edge of a nodeset, from {@code fromId} to {@code toId}; {@code edgeId} may be null. */
record AifEdge(String edgeId, String fromId, String toId, Position at) {

    public AifEdge {
        at = at == null ? Position.UNKNOWN : at;
    }
}
