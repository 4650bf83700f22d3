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
    private final Set<String> drafts = new TreeSet<>();
    private final Set<String> unreadable = new TreeSet<>();

    /** A document's nodes; a draft is marked as one (whether or not it is built). */
    public void add(ArgumentMap map) {
        Set<String> ids = nodesByDoc.computeIfAbsent(map.docId(), k -> new TreeSet<>());
        for (Located<String> id : map.declaredIds()) {
            ids.add(id.value());
        }
        if (map.document().isDraft()) {
            drafts.add(map.docId());
        }
    }

    /** A draft left out of the build, perhaps without a readable map: known by its folder's name. */
    public void addDraft(String docId) {
        drafts.add(docId);
    }

    /**
     * A document whose map could not be read (its problems are reported with it): references into
     * it cannot be checked, and are counted rather than reported one by one.
     */
    public void addUnreadable(String docId) {
        unreadable.add(docId);
    }

    public boolean isDraft(String docId) {
        return drafts.contains(docId);
    }

    public boolean isUnreadable(String docId) {
        return unreadable.contains(docId) && !nodesByDoc.containsKey(docId);
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
