package org.argkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** Puts triples in one fixed order, so that stores and exports do not depend on hash order. */
public final class Sorting {

    private static final Comparator<Node> NODE = Comparator.comparing(Sorting::key);
    private static final Comparator<Triple> TRIPLE = Comparator
            .comparing(Triple::getSubject, NODE)
            .thenComparing(Triple::getPredicate, NODE)
            .thenComparing(Triple::getObject, NODE);

    private Sorting() {
    }

    private static String key(Node n) {
        if (n.isURI()) {
            return "1" + n.getURI();
        }
        if (n.isLiteral()) {
            return "2" + n.getLiteralLexicalForm() + "\u0000" + n.getLiteralLanguage() + "\u0000" + n.getLiteralDatatypeURI();
        }
        return "0" + n;
    }

    public static List<Triple> sortedTriples(Graph g) {
        List<Triple> list = new ArrayList<>();
        g.find().forEachRemaining(list::add);
        list.sort(TRIPLE);
        return list;
    }

    /** A new in-memory model with the same triples and prefixes, inserted in sorted order. */
    public static Model sortedCopy(Model m) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(m.getNsPrefixMap());
        Graph g = out.getGraph();
        for (Triple t : sortedTriples(m.getGraph())) {
            g.add(t);
        }
        return out;
    }
}
