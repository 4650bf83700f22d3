package org.argkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A view of a dataset whose default graph is the union of its named graphs, for every access path:
 * SPARQL queries and the Graph Store Protocol's {@code ?default} alike. Writes to the default graph
 * are not possible through it (the union is read-only).
 */
final class UnionDefaultGraph extends DatasetGraphWrapper {

    public UnionDefaultGraph(DatasetGraph base) {
        super(base, base.getContext().copy());
    }

    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }
}
