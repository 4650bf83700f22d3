package org.argkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.GraphViewSwitchable;

/**
 * A view of a dataset whose default graph is the union of its named graphs, for every access path:
 * SPARQL queries and the Graph Store Protocol's {@code ?default} alike. The union is read-only: a
 * write or a delete on the default graph (or on the union graph by name) is refused at once with
 * {@link AddDeniedException} or {@link DeleteDeniedException}. Deleting from the union found the
 * same triples again after every pass, so {@code CLEAR DEFAULT} never ended and held the write
 * transaction; and a write named {@code urn:x-arq:DefaultGraph} went to the store's own default
 * graph, which no query sees. The dataset's prefix table holds the store's generation
 * ({@link Generation}), not prefixes: the view and its graphs have none.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper {

    static final String READ_ONLY = "the default graph is the union of the named graphs and cannot be written or cleared;"
            + " write to, clear or drop a named graph instead";

    /** Commits a write transaction: given the commit to run, runs it (with what a write of the store adds). */
    private final java.util.function.Consumer<Runnable> writeCommit;

    public UnionDefaultGraph(DatasetGraph base) {
        this(base, Runnable::run);
    }

    UnionDefaultGraph(DatasetGraph base, java.util.function.Consumer<Runnable> writeCommit) {
        super(base, base.getContext().copy());
        this.writeCommit = writeCommit;
    }

    /** A write transaction commits through {@link #writeCommit}: as a new generation of the store. */
    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == org.apache.jena.query.ReadWrite.WRITE) {
            writeCommit.accept(super::commit);
        } else {
            super.commit();
        }
    }

    /**
     * The union, read-only. A TDB2 union stays of TDB2's graph class, so that queries keep TDB2's
     * own evaluation of basic graph patterns (it recognises the graph by its class).
     */
    @Override
    public Graph getDefaultGraph() {
        Graph union = get().getUnionGraph();
        return union instanceof GraphViewSwitchable tdb ? new ReadOnlyUnion(tdb.getDataset())
                : withoutPrefixes(new GraphReadOnly(union));
    }

    @Override
    public Graph getUnionGraph() {
        return getDefaultGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (isUnion(graphNode)) {
            return getDefaultGraph();
        }
        Graph g = super.getGraph(graphNode);
        return g instanceof GraphViewSwitchable tdb && tdb.getDataset() != null
                ? new UnprefixedView(tdb.getDataset(), graphNode) : withoutPrefixes(g);
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    private static Graph withoutPrefixes(Graph g) {
        return new GraphWrapper(g) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return new PrefixMappingImpl();
            }
        };
    }

    /** A TDB2 named graph as it is, but without the dataset's prefix table (which holds the generation). */
    private static final class UnprefixedView extends GraphViewSwitchable {
        UnprefixedView(DatasetGraphSwitchable dataset, Node graphName) {
            super(dataset, graphName);
        }

        @Override
        public PrefixMapping getPrefixMapping() {
            return new PrefixMappingImpl();
        }
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (g == null || isUnion(g)) {
            throw new AddDeniedException(READ_ONLY);
        }
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (isUnion(g)) {
            throw new DeleteDeniedException(READ_ONLY);
        }
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (isUnion(g)) {
            throw new DeleteDeniedException(READ_ONLY);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        if (graphName == null || isUnion(graphName)) {
            throw new AddDeniedException(READ_ONLY);
        }
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        if (isUnion(graphName)) {
            throw new DeleteDeniedException(READ_ONLY);
        }
        super.removeGraph(graphName);
    }

    /** TDB2's union graph, with every change refused. */
    private static final class ReadOnlyUnion extends GraphViewSwitchable {
        ReadOnlyUnion(DatasetGraphSwitchable dataset) {
            super(dataset, Quad.unionGraph);
        }

        @Override
        public void performAdd(Triple t) {
            throw new AddDeniedException(READ_ONLY);
        }

        @Override
        public void performDelete(Triple t) {
            throw new DeleteDeniedException(READ_ONLY);
        }

        @Override
        public void remove(Node s, Node p, Node o) {
            throw new DeleteDeniedException(READ_ONLY);
        }

        @Override
        public void clear() {
            throw new DeleteDeniedException(READ_ONLY);
        }

        @Override
        public PrefixMapping getPrefixMapping() {
            return new PrefixMappingImpl();
        }
    }

    /** The default graph, by any of its names, or the union graph: in this view, the same read-only union. */
    private static boolean isUnion(Node g) {
        return Quad.isDefaultGraph(g) || Quad.isUnionGraph(g);
    }
}
