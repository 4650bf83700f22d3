package org.argkg.yaml;

import org.argkg.diagnostics.Position;

/** A value read from a file together with where it was written. */
public record Located<T>(T value, Position at) {
}
