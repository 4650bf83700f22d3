package org.argkg.store;

import org.apache.jena.rdf.model.Model;

/**
 * One document as the store keeps it: its graph, and the body of its source text (what the page
 * shows and quote offsets count in), or null when the project does not hold its text.
 */
public record StoredDocument(String docId, Model graph, String sourceText) {
}
