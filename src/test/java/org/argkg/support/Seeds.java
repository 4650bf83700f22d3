package org.argkg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;

/** The repository's seeds for tests: their store, and copies for tests that change them. */
public final class Seeds {

    private Seeds() {
    }

    /** How many actors the shared registry {@code seeds/actors.yaml} declares. */
    public static long actorCount() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("seeds/actors.yaml"))) {
            return lines.filter(l -> l.matches("\\s*- id: .*")).count();
        }
    }

    /**
     * How many documents {@code seeds/} holds: its folders with a map. Tests count them rather than
     * name a number, so that adding a document breaks none of them.
     */
    public static int documentCount() {
        try (Stream<Path> dirs = Files.list(Path.of("seeds"))) {
            return (int) dirs.filter(d -> Files.isRegularFile(d.resolve("map.yaml"))).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Builds the store of {@code seeds/} at {@code db}, which must report nothing, and returns
     * {@code db}: for a class that builds it once ({@code @BeforeAll}) into its own {@code @TempDir}.
     */
    public static Path build(Path db) {
        assertThat(new StoreBuilder().build(new Corpus(Path.of("seeds")), db).result().diagnostics().sorted())
                .as("diagnostics of the seeds").isEmpty();
        return db;
    }

    /** Copies {@code seeds/} to {@code dir/seeds} and returns the copy. */
    public static Path copyTo(Path dir) throws IOException {
        Path target = dir.resolve("seeds");
        Path source = Path.of("seeds");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
