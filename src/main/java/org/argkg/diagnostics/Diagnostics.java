package org.argkg.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a run, so that all of them are reported, not only the first. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public void error(Path file, Position at, String code, String message) {
        add(Diagnostic.error(file, at, code, message));
    }

    public void warning(Path file, Position at, String code, String message) {
        add(Diagnostic.warning(file, at, code, message));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** All diagnostics, sorted by file, line, column; duplicates removed. */
    public List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }
}
