package org.argkg.argmap;

import java.util.Optional;

/**
 * A reference to a node: {@code node-id} in the same document, or {@code other-doc#node-id} in
 * another one.
 */
public record NodeRef(String docId, String nodeId) {

    /** Parses {@code node} or {@code doc#node} relative to the document {@code currentDoc}. */
    public static Optional<NodeRef> parse(String text, String currentDoc) {
        int hash = text.indexOf('#');
        if (hash < 0) {
            return ArgumentMapReader.isId(text) ? Optional.of(new NodeRef(currentDoc, text)) : Optional.empty();
        }
        String doc = text.substring(0, hash);
        String node = text.substring(hash + 1);
        return ArgumentMapReader.isId(doc) && ArgumentMapReader.isId(node) ? Optional.of(new NodeRef(doc, node)) : Optional.empty();
    }

    @Override
    public String toString() {
        return docId + "#" + nodeId;
    }
}
