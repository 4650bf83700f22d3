package org.argkg.validation;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.argkg.argmap.ArgumentMap;
import org.argkg.argmap.NodeRef;
import org.argkg.yaml.Located;

/** The node ids of every document of a corpus, so that references across documents can be resolved. */
public final class NodeIndex {

    private final Map<String, Set<String>> nodesByDoc = new TreeMap<>();

    public void add(ArgumentMap map) {
        Set<String> ids = nodesByDoc.computeIfAbsent(map.docId(), k -> new TreeSet<>());
        for (Located<String> id : map.declaredIds()) {
            ids.add(id.value());
        }
    }

    public boolean hasDocument(String docId) {
        return nodesByDoc.containsKey(docId);
    }

    public boolean resolves(NodeRef ref) {
        return nodesByDoc.getOrDefault(ref.docId(), Set.of()).contains(ref.nodeId());
    }

    public Set<String> nodes(String docId) {
        return Collections.unmodifiableSet(nodesByDoc.getOrDefault(docId, Set.of()));
    }

    public Set<String> documents() {
        return Collections.unmodifiableSet(nodesByDoc.keySet());
    }
}
