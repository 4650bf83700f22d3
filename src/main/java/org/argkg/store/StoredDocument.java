package org.argkg.store;

import org.apache.jena.rdf.model.Model;

/**
 * One document as the store keeps it: its graph, the body of its source text (what the page shows
 * and quote offsets count in) or null when the project does not hold its text, and the embeddings
 * of its statements as written by {@code org.argkg.embedding.StatementVectors} (null: none).
 */
public record StoredDocument(String docId, Model graph, String sourceText, String vectors) {

    public StoredDocument(String docId, Model graph, String sourceText) {
        this(docId, graph, sourceText, null);
    }
}
