package org.argkg.diagram;

import java.nio.charset.StandardCharsets;
import org.argkg.store.StoreView;

/** Diagrams of the documents of a store: DOT, or SVG and PNG drawn by Graphviz. */
public final class Diagrams {

    private Diagrams() {
    }

    /** The DOT source of the diagram of {@code docId}. */
    public static String dot(StoreView store, String docId, DiagramOptions options) {
        return new DotWriter(options).write(DiagramReader.read(store, docId));
    }

    /**
     * The diagram of {@code docId} in {@code format}; DOT needs no Graphviz.
     *
     * @throws GraphvizMissingException when the format needs Graphviz and it is not installed
     */
    public static byte[] render(StoreView store, String docId, DiagramFormat format, DiagramOptions options,
            Graphviz graphviz) {
        String dot = dot(store, docId, options);
        return format.needsGraphviz() ? graphviz.render(dot, format) : dot.getBytes(StandardCharsets.UTF_8);
    }
}
