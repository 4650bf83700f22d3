package org.argkg.diagnostics;

/** A 1-based line and column in a text file; {@link #UNKNOWN} when there is none. */
public record Position(int line, int column) {

    public static final Position UNKNOWN = new Position(0, 0);

    public static Position of(int line, int column) {
        return new Position(line, column);
    }

    /** The position just after {@code text}, which starts at column 1 of {@code firstLine}; columns count code points. */
    public static Position after(CharSequence text, int firstLine) {
        int line = firstLine;
        int col = 1;
        String s = text.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += Character.charCount(c);
        }
        return new Position(line, col);
    }
}
