package org.argkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.argkg.diagnostics.ArgkgException;

/**
 * The graphs of a store read through a SPARQL 1.1 query endpoint: an {@code argkg serve} (which
 * holds its store folder while it runs), stock Fuseki, or any other store that speaks SPARQL. Only
 * standard queries are used ({@code GRAPH ?g}, {@code CONSTRUCT}), so the named graphs must be
 * visible as such; the union is built from them, not taken from the endpoint's default graph.
 */
public final class RemoteStore implements StoreView {

    private final String endpoint;
    private final ServerRecord server;

    /** The store behind a SPARQL query endpoint (its query URL). */
    public RemoteStore(String endpoint) {
        this(endpoint, null);
    }

    RemoteStore(String endpoint, ServerRecord server) {
        this.endpoint = endpoint;
        this.server = server;
    }

    /** The {@code argkg serve} whose store folder this reads through, when that is how it was found. */
    public Optional<ServerRecord> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.service(endpoint).parseCheckSPARQL(false).build();
    }

    @Override
    public String where() {
        return endpoint;
    }

    @Override
    public List<String> graphNames() {
        List<String> names = new ArrayList<>();
        try (RDFConnection c = connect(); QueryExecution qe = c.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")) {
            qe.execSelect().forEachRemaining(row -> {
                if (row.get("g").isURIResource()) {
                    names.add(row.getResource("g").getURI());
                }
            });
        } catch (RuntimeException e) {
            throw failure(e);
        }
        names.sort(null);
        return names;
    }

    @Override
    public Optional<Model> graph(String graphIri) {
        if (!graphNames().contains(graphIri)) {
            return Optional.empty();
        }
        Query q = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + checked(graphIri) + "> { ?s ?p ?o } }");
        return Optional.of(construct(q));
    }

    @Override
    public Model union() {
        return construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"));
    }

    private Model construct(Query q) {
        try (RDFConnection c = connect(); QueryExecution qe = c.query(q)) {
            Graph g = qe.execConstruct().getGraph();
            // a copy without the prefixes the endpoint chose to send, like the local store's copies
            Model m = ModelFactory.createDefaultModel();
            g.find().forEachRemaining(m.getGraph()::add);
            return m;
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    /** Graph names come from the endpoint: refuse one that would end the IRI early in the query text. */
    private static String checked(String iri) {
        if (iri.chars().anyMatch(ch -> ch <= 0x20 || "<>\"{}|^`\\".indexOf(ch) >= 0)) {
            throw new ArgkgException("the endpoint named a graph that is not a valid IRI: " + iri);
        }
        return iri;
    }

    private ArgkgException failure(RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ArgkgException("cannot read from " + endpoint + ": " + msg.replaceAll("\\s*\\R\\s*", " "), e);
    }

    @Override
    public void close() {
        // connections are opened per request
    }
}
