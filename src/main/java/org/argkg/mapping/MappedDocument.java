package org.argkg.mapping;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.argkg.diagnostics.Position;

/**
 * The RDF graph of one document, with the place in the map where each resource was written, so
 * that problems found on the graph (SHACL) can be reported at a line and column of the map, and the
 * body of its source text (null when the project does not hold the text).
 */
public record MappedDocument(String docId, Path mapFile, Model graph, Map<String, Position> origins, String sourceText) {

    public Position origin(String iri) {
        return origins.getOrDefault(iri, Position.UNKNOWN);
    }
}
