package org.argkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A view of a dataset whose default graph is the union of its named graphs, for every access path:
 * SPARQL queries and the Graph Store Protocol's {@code ?default} alike. Writes to the default graph
 * are not possible through it (the union is read-only). The dataset's prefix table holds the
 * store's generation ({@link Generation}), not prefixes: the view and its graphs have none.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper {

    public UnionDefaultGraph(DatasetGraph base) {
        super(base, base.getContext().copy());
    }

    @Override
    public Graph getDefaultGraph() {
        return withoutPrefixes(get().getUnionGraph());
    }

    @Override
    public Graph getUnionGraph() {
        return withoutPrefixes(get().getUnionGraph());
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return withoutPrefixes(get().getGraph(graphNode));
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
}
