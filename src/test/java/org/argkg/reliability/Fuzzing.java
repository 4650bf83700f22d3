package org.argkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argkg.support.Cli;

/**
 * Runs {@code argkg validate} in-process on a mutated corpus and checks that it ends as a user can
 * act on: exit 0 (the mutation happened to keep the input valid) or exit 1 with every line of
 * output a diagnostic {@code path:line:col: error|warning: message [CODE]}, never an internal error
 * or a stack trace, and within a hang guard. Counts every case by category and how it ended, for
 * {@code target/reliability/fuzz.txt}.
 */
final class Fuzzing {

    /** One diagnostic line as printed: path, line and column, severity, message, code. */
    static final Pattern DIAGNOSTIC = Pattern.compile("\\S.*?:\\d+:\\d+: (error|warning): .+ \\[([A-Z][A-Za-z0-9_:]*)\\]");

    /** Not a timing: a case still running after this long is a hang. */
    static final Duration HANG_GUARD = Duration.ofSeconds(Long.getLong("argkg.fuzz.hang-guard-seconds", 10));

    static final Path REPORT = Path.of("target", "reliability", "fuzz.txt");

    /** How the cases of one category ended. */
    static final class Tally {
        int cases;
        int valid;
        int invalid;
        int io;
        long slowestMillis;
        final Map<String, Integer> codes = new TreeMap<>();
    }

    private static final Map<String, Tally> TALLIES = new LinkedHashMap<>();
    private static Path work;
    private static int violations;

    private Fuzzing() {
    }

    /** A scratch folder for the cases, one per test JVM, removed when it exits (cases write files of 30 MB). */
    static synchronized Path work() {
        if (work == null) {
            work = FuzzBase.temporaryFolder("argkg-fuzz");
        }
        return work;
    }

    /** Writes {@code content} in place of the target's file in a fresh copy of its corpus and validates it. */
    static Cli.Run check(String category, FuzzBase.Target target, byte[] content) {
        return check(category, target.writeCase(work(), content));
    }

    /** Validates the corpus at {@code seeds} and checks how it ended; returns the run. */
    static Cli.Run check(String category, Path seeds) {
        try {
            return run(category, seeds);
        } catch (AssertionError e) {
            synchronized (Fuzzing.class) {
                violations++;
            }
            throw e;
        }
    }

    /**
     * Writes {@code content} as a nodeset and imports it ({@code argkg import --format aif --replace})
     * into the store of {@link AifFuzz}; it must end in exit 0 (imported, perhaps with warnings) or 1
     * with every line of the error output a diagnostic, or in exit 3 with one last line
     * {@code argkg: error: …} after the warnings — never an internal error or a stack trace, within
     * the hang guard.
     */
    static Cli.Run checkImport(String category, byte[] content) {
        try {
            return runImport(category, content);
        } catch (AssertionError e) {
            synchronized (Fuzzing.class) {
                violations++;
            }
            throw e;
        }
    }

    private static Cli.Run runImport(String category, byte[] content) {
        Path file = work().resolve("nodeset.json");
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path db = AifFuzz.db();
        long start = System.nanoTime();
        // not assertTimeoutPreemptively: an interrupt in the middle of a TDB2 write closes the store's
        // files under it, and the cases after it would fail for that
        Cli.Run[] run = new Cli.Run[1];
        Thread worker = new Thread(() -> run[0] = Cli.run("import", "--format", "aif", file.toString(),
                "--doc-id", AifFuzz.DOC_ID, "--replace", "--db", db.toString()), "argkg-fuzz-import");
        worker.start();
        try {
            worker.join(HANG_GUARD.toMillis());
            if (worker.isAlive()) {
                worker.join(Duration.ofMinutes(10).toMillis()); // let it end before the next case
                AifFuzz.abandon();
                throw new AssertionError(category + ": import did not end within the hang guard of " + HANG_GUARD.toSeconds()
                        + " s (it ended " + (worker.isAlive() ? "not within 10 more minutes" : "after "
                        + (System.nanoTime() - start) / 1_000_000 + " ms") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Cli.Run r = run[0];
        long millis = (System.nanoTime() - start) / 1_000_000;
        String context = category + "\n-- stdout:\n" + abbreviate(r.out()) + "\n-- stderr:\n" + abbreviate(r.err());
        assertThat(r.exit()).as("exit code (0 imported, 1 invalid input, 3 cannot) of %s", context).isIn(0, 1, 3);
        assertThat(r.err()).as(context).doesNotContain("internal error", "Exception", "\tat ");
        assertThat(r.out()).as("nothing on stdout: %s", context).isEmpty();
        List<String> codes = new ArrayList<>();
        boolean errors = false;
        String[] lines = r.err().split("\n", -1);
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (r.exit() == 3 && line.startsWith("argkg: error: ")) {
                continue;
            }
            if (r.exit() == 0 && line.startsWith("imported ")) {
                continue;
            }
            Matcher m = DIAGNOSTIC.matcher(line);
            assertThat(m.matches()).as("a diagnostic line, path:line:col: error|warning: message [CODE]: %s%nin %s",
                    abbreviate(line), context).isTrue();
            errors |= m.group(1).equals("error");
            codes.add(m.group(2));
        }
        if (r.exit() == 3) {
            assertThat(r.err().strip().lines().filter(l -> l.startsWith("argkg: error: ")).count())
                    .as("one line argkg: error: …, the last: %s", context).isEqualTo(1);
            assertThat(r.err().strip().lines().reduce((a, b) -> b).orElse("")).as(context).startsWith("argkg: error: ");
        } else {
            assertThat(errors).as("exit 1 exactly when an error is reported: %s", context).isEqualTo(r.exit() == 1);
        }
        if (r.exit() == 0) {
            assertThat(r.err()).as(context).contains("imported ");
            AifFuzz.wrote();
        }
        record(category, r.exit(), codes, millis);
        return r;
    }

    private static Cli.Run run(String category, Path seeds) {
        long start = System.nanoTime();
        Cli.Run r = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("validate", seeds.toString()),
                () -> category + ": validate did not end within the hang guard of " + HANG_GUARD.toSeconds() + " s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        String context = category + "\n-- stdout:\n" + abbreviate(r.out()) + "\n-- stderr:\n" + abbreviate(r.err());
        assertThat(r.exit()).as("exit code (0 valid, 1 invalid input) of %s", context).isIn(0, 1);
        assertThat(r.err()).as(context).doesNotContain("internal error", "Exception", "\tat ");
        List<String> codes = new ArrayList<>();
        boolean errors = false;
        for (String line : r.out().split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = DIAGNOSTIC.matcher(line);
            assertThat(m.matches()).as("a diagnostic line, path:line:col: error|warning: message [CODE]: %s%nin %s",
                    abbreviate(line), context).isTrue();
            errors |= m.group(1).equals("error");
            codes.add(m.group(2));
        }
        assertThat(errors).as("exit 1 exactly when an error is reported: %s", context).isEqualTo(r.exit() == 1);
        record(category, r.exit(), codes, millis);
        return r;
    }

    private static synchronized void record(String category, int exit, List<String> codes, long millis) {
        Tally t = TALLIES.computeIfAbsent(category, c -> new Tally());
        t.cases++;
        if (exit == 0) {
            t.valid++;
        } else if (exit == 1) {
            t.invalid++;
        } else {
            t.io++;
        }
        t.slowestMillis = Math.max(t.slowestMillis, millis);
        codes.stream().distinct().forEach(c -> t.codes.merge(c, 1, Integer::sum));
    }

    /** Writes the counts so far to {@link #REPORT}: one row per category, then the totals. */
    static synchronized void writeReport() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-28s %7s %7s %7s %7s %11s  %s%n", "category", "cases", "exit 0", "exit 1", "exit 3",
                "slowest ms", "most frequent codes (cases)"));
        Tally total = new Tally();
        for (Map.Entry<String, Tally> e : TALLIES.entrySet()) {
            Tally t = e.getValue();
            sb.append(String.format("%-28s %7d %7d %7d %7d %11d  %s%n", e.getKey(), t.cases, t.valid, t.invalid, t.io,
                    t.slowestMillis, top(t.codes, 4)));
            total.cases += t.cases;
            total.valid += t.valid;
            total.invalid += t.invalid;
            total.io += t.io;
            total.slowestMillis = Math.max(total.slowestMillis, t.slowestMillis);
            t.codes.forEach((c, n) -> total.codes.merge(c, n, Integer::sum));
        }
        sb.append(String.format("%-28s %7d %7d %7d %7d %11d  %s%n", "total", total.cases, total.valid, total.invalid,
                total.io, total.slowestMillis, top(total.codes, 6)));
        sb.append(String.format("cases that broke the rules (exit other than 0/1, internal error or stack trace, a line that is"
                + " not a diagnostic, longer than the hang guard of %d s): %d%n", HANG_GUARD.toSeconds(), violations));
        sb.append(String.format("distinct diagnostic codes: %d; every case ran in one JVM with a heap limit of %d MiB%n",
                total.codes.size(), Runtime.getRuntime().maxMemory() >> 20));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String top(Map<String, Integer> codes, int n) {
        return codes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String abbreviate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "… (" + s.length() + " chars)";
    }
}
