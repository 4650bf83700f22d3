package org.argkg.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Valid corpora to mutate: the seed article with a document that links to it (its own folder of
 * {@code seeds/}), and the valid fixtures. A {@link Target} is one file of one of them; a case is a
 * fresh copy of the corpus with that file replaced.
 */
record FuzzBase(String name, Path seeds) {

    /** The seed article and the DeepSeek-R1 release that links to it: maps, a text, a document without text. */
    static final List<String> SEED_DOCUMENTS = List.of("li-zheng-2024-ai-exception", "deepseek-r1-2025");

    /** One file of a base, by its path inside the seeds folder. */
    record Target(FuzzBase base, String file) {

        byte[] original() {
            try {
                return Files.readAllBytes(base.seeds.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean isSource() {
            return file.endsWith(".md");
        }

        /** Writes a copy of the base under {@code dir} with this file's content replaced; returns its seeds folder. */
        Path writeCase(Path dir, byte[] content) {
            try {
                Path seeds = base.copyTo(dir);
                Files.write(seeds.resolve(file), content);
                return seeds;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return base.name + ":" + file;
        }
    }

    private static List<FuzzBase> bases;

    /** The bases, built once per test JVM (the seed base is copied out of {@code seeds/}). */
    static synchronized List<FuzzBase> all() {
        if (bases == null) {
            try {
                Path seed = temporaryFolder("argkg-fuzz-base").resolve("seeds");
                Files.createDirectories(seed);
                Files.copy(Path.of("seeds", "actors.yaml"), seed.resolve("actors.yaml"));
                for (String doc : SEED_DOCUMENTS) {
                    copyTree(Path.of("seeds", doc), seed.resolve(doc));
                }
                Path fixtures = Path.of("src", "test", "fixtures", "valid");
                bases = List.of(new FuzzBase("seed", seed),
                        new FuzzBase("minimal", fixtures.resolve("minimal/seeds")),
                        new FuzzBase("linked", fixtures.resolve("linked/seeds")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bases;
    }

    /** Every map, source text and actor registry of every base. */
    static List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (FuzzBase b : all()) {
            try (Stream<Path> s = Files.walk(b.seeds)) {
                s.filter(Files::isRegularFile).map(p -> b.seeds.relativize(p).toString().replace('\\', '/'))
                        .filter(f -> f.endsWith(".yaml") || f.endsWith(".md")).sorted()
                        .forEach(f -> out.add(new Target(b, f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** A new temporary folder, removed with what it holds when the test JVM exits. */
    static Path temporaryFolder(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteTree(dir);
                } catch (IOException ignored) {
                    // a temporary folder: best effort
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of this base as {@code dir/seeds} (anything there before is removed). */
    Path copyTo(Path dir) throws IOException {
        Path target = dir.resolve("seeds");
        deleteTree(target);
        copyTree(seeds, target);
        return target;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
