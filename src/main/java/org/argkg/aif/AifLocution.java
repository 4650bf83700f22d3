package org.argkg.aif;

import org.argkg.diagnostics.Position;

/** An entry of {@code locutions}: which participant uttered an L node. argkg reads and skips them. */
record AifLocution(String nodeId, String personId, Position at) {
}
