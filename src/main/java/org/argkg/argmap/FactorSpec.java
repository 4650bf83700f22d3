package org.argkg.argmap;

import org.argkg.diagnostics.Position;
import org.argkg.yaml.Located;

/** A factor a map adds to the shared scheme, under a broader factor. */
public record FactorSpec(String id, Position at, Located<String> broader, Text label, Text definition) {
}
