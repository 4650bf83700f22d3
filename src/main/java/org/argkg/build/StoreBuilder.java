package org.argkg.build;

import java.nio.file.Path;
import java.util.Optional;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;

/** Builds a corpus into a TDB2 store, or leaves the store alone when it is already current. */
public final class StoreBuilder {

    /** The result of the build and the size of the store afterwards (0 when nothing was stored). */
    public record Outcome(BuildResult result, int documents, long triples, boolean rebuilt) {
    }

    private final GraphBuilder builder;

    public StoreBuilder(GraphBuilder builder) {
        this.builder = builder;
    }

    public StoreBuilder() {
        this(new GraphBuilder());
    }

    /**
     * Builds and stores, one document at a time inside one write transaction, so memory does not
     * grow with the corpus; the store is left as it was when the build has errors.
     */
    public Outcome build(Corpus corpus, Path db) {
        return build(corpus, db, n -> { });
    }

    /**
     * As {@link #build(Corpus, Path)}, telling {@code progress} the number of documents stored so far.
     */
    public Outcome build(Corpus corpus, Path db, java.util.function.IntConsumer progress) {
        String fingerprint = corpus.fingerprint();
        boolean existed = java.nio.file.Files.exists(db);
        Outcome outcome;
        try {
            try (GraphStore store = GraphStore.open(db)) {
                int[] done = {0};
                GraphStore.Rebuilt rebuilt = store.rebuild(sink -> builder.stream(corpus, null, doc -> {
                    sink.accept(doc);
                    progress.accept(++done[0]);
                }), fingerprint);
                outcome = new Outcome(rebuilt.result(), rebuilt.documents(), rebuilt.quads(), rebuilt.result().ok());
            }
        } catch (RuntimeException | Error e) {
            if (!existed) {
                deleteQuietly(db); // a first build that fails (a full disk, say) leaves no half-written store
            }
            throw e;
        }
        if (!outcome.result().ok() && !existed) {
            deleteTree(db); // invalid input writes nothing, not even an empty store
        }
        return outcome;
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (RuntimeException ignored) {
            // the build's own error is the one to report
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            throw new org.argkg.diagnostics.ArgkgException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds the store when it does not exist or was built from other seeds; returns empty when it
     * was already current.
     */
    public Optional<Outcome> ensureCurrent(Corpus corpus, Path db) {
        if (GraphStore.exists(db)) {
            String fingerprint = corpus.fingerprint();
            try (GraphStore store = GraphStore.open(db)) {
                if (store.fingerprint().filter(fingerprint::equals).isPresent()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(build(corpus, db));
    }
}
