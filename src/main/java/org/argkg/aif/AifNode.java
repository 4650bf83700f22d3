package org.argkg.aif;

import org.argkg.diagnostics.Position;

/**
 * One node of a nodeset.
 *
 * @param nodeId the {@code nodeID}, as a string (AIFdb writes strings, some tools numbers)
 * @param text the proposition of an I node, the scheme name of an S node, the utterance of an L node
 * @param timestamp AIFdb's {@code timestamp} ({@code YYYY-MM-DD hh:mm:ss}), or null
 * @param scheme AIFdb's {@code scheme} name of an S node, or null
 * @param argkg argkg's own fields (written by {@code argkg export --format aif}), or null
 * @param at where the node's object starts in the file
 */
record AifNode(String nodeId, AifType type, String text, String timestamp, String scheme, NodeExtension argkg,
        Position at) {

    public AifNode {
        at = at == null ? Position.UNKNOWN : at;
    }

    /** {@code I node '12'}, for messages. */
    public String describe() {
        return type.word() + " node '" + nodeId + "'";
    }
}
