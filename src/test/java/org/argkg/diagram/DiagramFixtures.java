package org.argkg.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.corpus.Corpus;

/**
 * Stores the diagram and page tests read, each built once per test JVM (a build takes seconds) into
 * a temporary folder removed when the JVM exits. Tests open and close their own {@link
 * org.argkg.store.GraphStore} on them and never write.
 */
public final class DiagramFixtures {

    /** Every role and kind of relation, two linked documents, and hostile texts. */
    public static final Path SEEDS = Path.of("src/test/fixtures/diagram/seeds");

    private static Path hostile;
    private static Path seeds;

    private DiagramFixtures() {
    }

    /** The store built from {@link #SEEDS}: documents {@code hostile-doc} and {@code other-doc}. */
    public static synchronized Path hostileDb() {
        if (hostile == null) {
            hostile = build(SEEDS, "hostile");
        }
        return hostile;
    }

    /** The store built from the repository's {@code seeds/}. */
    public static synchronized Path seedsDb() {
        if (seeds == null) {
            seeds = build(Path.of("seeds"), "seeds");
        }
        return seeds;
    }

    private static Path build(Path corpus, String name) {
        try {
            Path dir = Files.createTempDirectory("argkg-test-" + name + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            Path db = dir.resolve("db");
            new StoreBuilder().build(new Corpus(corpus), db);
            return db;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: best effort
        }
    }
}
