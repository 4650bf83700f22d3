package org.argkg.evaluation.graph;

/**
 * A claim of a document graph, as an argument: its IRI, document and node ids, role (the local name
 * of its role class, lower case: {@code thesis}, {@code cause}, …; empty when it has none) and its
 * English and Chinese labels (empty when missing).
 */
public record Claim(String iri, String docId, String nodeId, String role, String labelEn, String labelZh) {

    /** {@code doc-id#node-id}, the form maps use for claims of other documents. */
    public String qualifiedId() {
        return docId + "#" + nodeId;
    }
}
