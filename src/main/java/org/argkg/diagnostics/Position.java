package org.argkg.diagnostics;

/** A 1-based line and column in a text file; {@link #UNKNOWN} when there is none. */
public record Position(int line, int column) {

    public static final Position UNKNOWN = new Position(0, 0);

    public static Position of(int line, int column) {
        return new Position(line, column);
    }
}
