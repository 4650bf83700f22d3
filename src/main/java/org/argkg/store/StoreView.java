package org.argkg.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.argkg.vocab.Iris;

/**
 * What the commands that only read need from a store: its named graphs, one graph, the union, and
 * SPARQL. The local TDB2 store ({@link GraphStore}) and a SPARQL endpoint ({@link RemoteStore}) both
 * offer it, so a read gives the same answer whether it opens the store folder or goes through the
 * {@code argkg serve} that holds it.
 */
public interface StoreView extends AutoCloseable {

    /** IRIs of the named graphs, sorted. */
    List<String> graphNames();

    /** A copy of one named graph (without prefixes), or empty when there is no such graph. */
    Optional<Model> graph(String graphIri);

    /** A copy of the union of all named graphs (without prefixes). */
    Model union();

    /** A new SPARQL connection to the view; the default graph is the union of the named graphs. */
    RDFConnection connect();

    /** Where the data comes from, for messages: a folder or a URL. */
    String where();

    /** Document ids of the document graphs, sorted. */
    default List<String> documentIds() {
        return graphNames().stream().map(Iris::docIdOfGraph).filter(Objects::nonNull).toList();
    }

    @Override
    void close();
}
