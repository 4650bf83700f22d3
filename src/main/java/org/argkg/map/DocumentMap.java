package org.argkg.map;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A map file as read: its document section and its nodes, in file order. */
public record DocumentMap(Path file, DocumentSpec document, List<NodeSpec> nodes) {

    public String docId() {
        return document.id();
    }

    public Optional<NodeSpec> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
