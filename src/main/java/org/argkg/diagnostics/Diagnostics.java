package org.argkg.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of a run, so that all of them are reported, not only the first — up to
 * {@link #MAX_PER_FILE} per file: a file that is broken everywhere (a list of a million wrong items)
 * gets that many and a last diagnostic saying how many more there were, as compilers do, instead of
 * a report that exhausts memory.
 */
public final class Diagnostics {

    /** Diagnostics kept per file; the rest are counted. */
    public static final int MAX_PER_FILE = 1000;

    private final List<Diagnostic> items = new ArrayList<>();
    private final Map<Path, Integer> perFile = new HashMap<>();
    private final Map<Path, Diagnostic> firstDropped = new LinkedHashMap<>();
    private final Map<Path, Integer> dropped = new HashMap<>();

    public void add(Diagnostic d) {
        int n = perFile.merge(d.file(), 1, Integer::sum);
        if (n > MAX_PER_FILE) {
            firstDropped.putIfAbsent(d.file(), d);
            dropped.merge(d.file(), 1, Integer::sum);
            return;
        }
        items.add(d);
    }

    public void addAll(Diagnostics other) {
        other.items.forEach(this::add);
        other.firstDropped.forEach((file, first) -> {
            firstDropped.putIfAbsent(file, first);
            dropped.merge(file, other.dropped.get(file), Integer::sum);
        });
    }

    public void error(Path file, Position at, String code, String message) {
        add(Diagnostic.error(file, at, code, message));
    }

    public void warning(Path file, Position at, String code, String message) {
        add(Diagnostic.warning(file, at, code, message));
    }

    public boolean hasErrors() {
        return !dropped.isEmpty() || items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count() + dropped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long warningCount() {
        return items.size() - items.stream().filter(Diagnostic::isError).count();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * All diagnostics, sorted by file, line, column; duplicates removed. A file that had more than
     * {@link #MAX_PER_FILE} ends with one that says how many more it had, where the first of them is.
     */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(items.stream().distinct().sorted().toList());
        firstDropped.forEach((file, first) -> all.add(new Diagnostic(Severity.ERROR, file, first.line(), first.column(),
                "TOO_MANY_PROBLEMS", dropped.get(file) + " more problem(s) in this file from here on are not shown (the first "
                        + MAX_PER_FILE + " are); fix those and check again")));
        return all;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }
}
