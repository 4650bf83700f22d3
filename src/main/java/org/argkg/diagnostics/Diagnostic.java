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

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file == null ? "" : d.file.toString())
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
        sb.append(": ").append(severity.word()).append(": ").append(message)
                .append(" [").append(code).append(']');
        return sb.toString();
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
