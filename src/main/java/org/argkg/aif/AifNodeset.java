package org.argkg.aif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AIF nodeset in the AIFdb JSON form: nodes, edges and (optionally) locutions. {@code document}
 * holds argkg's own description of the document the nodeset was exported from, or null.
 */
record AifNodeset(List<AifNode> nodes, List<AifEdge> edges, List<AifLocution> locutions, DocumentExtension document) {

    public AifNodeset {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        locutions = List.copyOf(locutions);
    }

    /** The nodes by id, in file order. */
    public Map<String, AifNode> byId() {
        Map<String, AifNode> m = new LinkedHashMap<>();
        for (AifNode n : nodes) {
            m.putIfAbsent(n.nodeId(), n);
        }
        return m;
    }

    public Optional<AifNode> node(String id) {
        return Optional.ofNullable(byId().get(id));
    }
}
