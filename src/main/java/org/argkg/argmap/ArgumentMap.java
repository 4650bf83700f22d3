package org.argkg.argmap;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argkg.yaml.Located;

/**
 * A map file as read: its document section and its nodes, in file order. {@code declaredIds} holds
 * the id of every node written, including nodes left out of {@code nodes} because of an error, so
 * that references to them are not reported as dangling as well.
 */
public record ArgumentMap(Path file, DocumentSpec document, List<NodeSpec> nodes, List<Located<String>> declaredIds,
        List<FactorSpec> factors) {

    public String docId() {
        return document.id();
    }

    public Optional<NodeSpec> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
