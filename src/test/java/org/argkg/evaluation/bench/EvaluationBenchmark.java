package org.argkg.evaluation.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Grounded;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.af.Reasoner;
import org.argkg.evaluation.iccma.AfFormat;
import org.argkg.evaluation.iccma.AfParser;

/**
 * The benchmark of {@code bench/evaluation.sh} (not a test: it takes minutes and its numbers depend
 * on the machine). Prints Markdown tables.
 *
 * <ol>
 * <li>grounded semantics on random frameworks of 1,000,000 arguments: uniform random attacks
 * (Erdős–Rényi, average out-degree 2 and 5) and an acyclic one (every attack from a lower to a higher
 * argument, so that the propagation decides every argument); the time of the grounded labelling
 * alone (best and median of 5 runs after warm-up), and of reading the same framework from an ICCMA
 * 2023 file;</li>
 * <li>preferred semantics (every preferred extension, EE-PR) on Erdős–Rényi frameworks of 100, 200
 * and 300 arguments at mean out-degrees 1 to 12, 10 frameworks per cell, 30 s limit per framework;
 * a row stops at the first density where half the frameworks pass the limit.</li>
 * </ol>
 *
 * Usage: {@code EvaluationBenchmark [quick]} — quick runs fewer frameworks, to try the script.
 */
public final class EvaluationBenchmark {

    static final long SEED = 20241128L;

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB%n%n", System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() >> 20);
        grounded(quick);
        preferred(quick);
    }

    // ------------------------------------------------------------------ grounded

    static void grounded(boolean quick) throws IOException {
        int n = 1_000_000;
        System.out.println("### Grounded, 1,000,000 arguments");
        System.out.println();
        System.out.println("| framework | attacks | in / out / undecided | grounded: best | median | read .i23 file |");
        System.out.println("|---|---:|---|---:|---:|---:|");
        for (String kind : List.of("random, out-degree 2", "random, out-degree 5", "acyclic, out-degree 5")) {
            ArgumentationFramework af = kind.startsWith("acyclic") ? acyclic(n, 5, new Random(SEED)) :
                    erdosRenyi(n, kind.endsWith("2") ? 2.0 / n : 5.0 / n, new Random(SEED), true);
            int runs = quick ? 2 : 5;
            Grounded.of(af); // warm-up
            Grounded.of(af);
            long[] times = new long[runs];
            Labelling l = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                l = Grounded.of(af);
                times[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(times);
            Path file = Files.createTempFile("argkg-bench", ".i23");
            try {
                writeI23(af, file);
                long t0 = System.nanoTime();
                ArgumentationFramework read = AfParser.read(file, AfFormat.I23).framework();
                long parse = System.nanoTime() - t0;
                if (read.attackCount() != af.attackCount()) {
                    throw new IllegalStateException("the file does not give the same framework");
                }
                System.out.printf(Locale.ROOT, "| %s | %,d | %,d / %,d / %,d | %s | %s | %s |%n", kind, af.attackCount(),
                        l.in().cardinality(), l.out().cardinality(), l.undecided().cardinality(),
                        ms(times[0]), ms(times[runs / 2]), ms(parse));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        System.out.println();
    }

    // ------------------------------------------------------------------ preferred

    static void preferred(boolean quick) throws Exception {
        int perCell = quick ? 3 : 10;
        long limitMs = quick ? 5_000 : 30_000;
        System.out.printf(Locale.ROOT, "### Preferred (all extensions, EE-PR), %d random frameworks per cell, limit %d s each%n%n",
                perCell, limitMs / 1000);
        System.out.println("| arguments | mean out-degree | attack probability | median | 90th percentile | max | preferred extensions (median / max of those finished) | over the limit |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---|---:|");
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench");
            t.setDaemon(true);
            return t;
        });
        try {
            // warm-up
            for (int i = 0; i < 20; i++) {
                runWithLimit(pool, erdosRenyi(150, 4.0 / 150, new Random(i), true), limitMs);
            }
            for (int n : new int[] {100, 200, 300}) {
                boolean hard = false;
                for (double degree : new double[] {1, 2, 4, 6, 8, 12}) {
                    double p = degree / n;
                    if (hard) {
                        System.out.printf(Locale.ROOT, "| %d | %.0f | %.4f | — | — | — | — | not run (the previous density was already over the limit) |%n",
                                n, degree, p);
                        continue;
                    }
                    Random random = new Random(SEED + n * 1000L + (long) (degree * 10));
                    List<Long> times = new ArrayList<>();
                    List<Integer> counts = new ArrayList<>();
                    int over = 0;
                    for (int i = 0; i < perCell; i++) {
                        ArgumentationFramework af = erdosRenyi(n, p, random, true);
                        long t0 = System.nanoTime();
                        Integer count = runWithLimit(pool, af, limitMs);
                        long t = System.nanoTime() - t0;
                        if (count == null) {
                            over++;
                            times.add(Long.MAX_VALUE); // counts as slower than every finished one
                        } else {
                            times.add(t);
                            counts.add(count);
                        }
                    }
                    times.sort(null);
                    counts.sort(null);
                    String limit = "> " + limitMs / 1000 + " s";
                    System.out.printf(Locale.ROOT, "| %d | %.0f | %.4f | %s | %s | %s | %s | %d |%n", n, degree, p,
                            ms(times.get((times.size() - 1) / 2), limit),
                            ms(times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.9) - 1)), limit),
                            ms(times.get(times.size() - 1), limit),
                            counts.isEmpty() ? "—" : counts.get((counts.size() - 1) / 2) + " / " + counts.get(counts.size() - 1), over);
                    hard = over * 2 >= perCell;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println();
    }

    /** The number of preferred extensions, or null when the limit passed (the search is interrupted). */
    static Integer runWithLimit(ExecutorService pool, ArgumentationFramework af, long limitMs) throws Exception {
        Future<Integer> f = pool.submit(() -> Reasoner.extensions(af, Semantics.PREFERRED).size());
        try {
            return f.get(limitMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            try {
                f.get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // cancelled
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ generators

    /** Erdős–Rényi: each ordered pair (self-attacks too, when {@code self}) an attack with probability p. */
    static ArgumentationFramework erdosRenyi(int n, double p, Random random, boolean self) {
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int i = 1; i <= n; i++) {
            b.addArgument(Integer.toString(i));
        }
        long pairs = (long) n * n;
        if (p * pairs > 4L * n * 8 || n <= 5000) {
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    if ((self || x != y) && random.nextDouble() < p) {
                        b.addAttack(x, y);
                    }
                }
            }
        } else {
            // sparse: draw the number of attacks, then the pairs (duplicates are merged by the builder)
            long m = Math.round(p * pairs);
            for (long k = 0; k < m; k++) {
                int x = random.nextInt(n);
                int y = random.nextInt(n);
                if (self || x != y) {
                    b.addAttack(x, y);
                }
            }
        }
        return b.build();
    }

    /** Every argument attacks {@code degree} random arguments after it: acyclic, so grounded decides all. */
    static ArgumentationFramework acyclic(int n, int degree, Random random) {
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int i = 1; i <= n; i++) {
            b.addArgument(Integer.toString(i));
        }
        for (int x = 0; x < n - 1; x++) {
            for (int k = 0; k < degree; k++) {
                int span = Math.min(n - x - 1, 1000);
                b.addAttack(x, x + 1 + random.nextInt(span));
            }
        }
        return b.build();
    }

    static void writeI23(ArgumentationFramework af, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("p af " + af.size() + "\n");
            for (int a = 0; a < af.size(); a++) {
                for (int k = 0; k < af.targetCount(a); k++) {
                    w.write((a + 1) + " " + (af.target(a, k) + 1) + "\n");
                }
            }
        }
    }

    static String ms(long nanos, String overLimit) {
        return nanos == Long.MAX_VALUE ? overLimit : ms(nanos);
    }

    static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms) : ms < 10_000 ? String.format(Locale.ROOT, "%.0f ms", ms)
                : String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
}
