package org.argkg.diagnostics;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input: where it is, how serious, a stable code and a message.
 * Lines and columns are 1-based; 0 means "unknown" (for example a problem of a whole file).
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String code, String message)
        implements Comparable<Diagnostic> {

    /**
     * Files that cannot be read come first (their problem explains what follows elsewhere), then by
     * file, line and column.
     */
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> !d.isReadFailure())
            .thenComparing((Diagnostic d) -> d.file == null ? "" : d.file.toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(Path file, Position at, String code, String message) {
        return new Diagnostic(Severity.ERROR, file, at.line(), at.column(), code, message);
    }

    public static Diagnostic warning(Path file, Position at, String code, String message) {
        return new Diagnostic(Severity.WARNING, file, at.line(), at.column(), code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message [CODE]}, the format of compilers and checkstyle. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity.word()).append(": ").append(printable(message))
                .append(" [").append(code).append(']');
        return sb.toString();
    }

    /**
     * The message with line breaks, other control characters and bidirectional overrides written as
     * escapes ({@code \n}, {@code \u202E}), so that a value quoted from the input keeps the diagnostic
     * on one line and cannot reorder what a terminal shows.
     */
    static String printable(String message) {
        StringBuilder sb = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                        || (c >= '\u2066' && c <= '\u2069') ? String.format("\\u%04X", (int) c) : null;
            };
            if (escape != null && sb == null) {
                sb = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            if (sb != null) {
                if (escape != null) {
                    sb.append(escape);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? message : sb.toString();
    }

    /** Whether the file could not be read at all: missing, too large, not UTF-8, not YAML. */
    public boolean isReadFailure() {
        return code.startsWith("YAML_") || code.startsWith("FILE_");
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
