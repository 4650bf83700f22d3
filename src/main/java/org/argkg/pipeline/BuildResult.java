package org.argkg.pipeline;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.argkg.diagnostics.Diagnostics;
import org.argkg.rdf.DocumentGraph;

/**
 * What a build produced: the graph of each document (in id order), the ontology graph, the actors
 * graph, and every diagnostic. When {@link Diagnostics#hasErrors()} the graphs must not be stored.
 */
public record BuildResult(List<DocumentGraph> documents, Model ontologyGraph, Model actorsGraph,
        Diagnostics diagnostics) {

    public boolean ok() {
        return !diagnostics.hasErrors();
    }
}
