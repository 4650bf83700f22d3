package org.argkg.aif;

import org.apache.jena.vocabulary.SKOS;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.argkg.ontology.Ontology;
import org.argkg.store.GraphStore;
import org.argkg.vocab.Argkg;
import org.argkg.vocab.Iris;
import org.argkg.vocab.Ns;

/**
 * What an import is checked against: the actor registry and the factors of the store (the shared
 * scheme and those maps added).
 *
 * @param actorsGraph the actor registry graph, for the SHACL check
 * @param factorConcepts {@code factor a skos:Concept} for the factors maps added, for the SHACL check
 */
public record ImportContext(Model actorsGraph, Set<String> actorIds, Set<String> factorIds, Model factorConcepts) {

    public static ImportContext of(GraphStore store, Ontology ontology) {
        Model actors = store.graph(Iris.ACTORS_GRAPH).orElseGet(ModelFactory::createDefaultModel);
        Set<String> actorIds = new TreeSet<>();
        actors.listSubjectsWithProperty(RDF.type, Argkg.Actor).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Ns.ACTOR)) {
                actorIds.add(r.getURI().substring(Ns.ACTOR.length()));
            }
        });
        Set<String> factorIds = new TreeSet<>(ontology.factorIds());
        Model concepts = ModelFactory.createDefaultModel();
        store.union().listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Ns.FACTOR)) {
                factorIds.add(r.getURI().substring(Ns.FACTOR.length()));
                concepts.add(concepts.createResource(r.getURI()), RDF.type, SKOS.Concept);
            }
        });
        return new ImportContext(actors, Set.copyOf(actorIds), Set.copyOf(factorIds), concepts);
    }

    /** Without a store: the shared factor scheme and no actors. */
    public static ImportContext of(Ontology ontology) {
        return new ImportContext(ModelFactory.createDefaultModel(), Set.of(), ontology.factorIds(), ModelFactory.createDefaultModel());
    }
}
