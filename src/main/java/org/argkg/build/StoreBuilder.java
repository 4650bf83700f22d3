package org.argkg.build;

import java.nio.file.Path;
import java.util.Optional;
import org.argkg.corpus.Corpus;
import org.argkg.store.GraphStore;

/** Builds a corpus into a TDB2 store, or leaves the store alone when it is already current. */
public final class StoreBuilder {

    /** The result of the build and the size of the store afterwards (0 when nothing was stored). */
    public record Outcome(BuildResult result, long triples, boolean rebuilt) {
    }

    private final GraphBuilder builder;

    public StoreBuilder(GraphBuilder builder) {
        this.builder = builder;
    }

    public StoreBuilder() {
        this(new GraphBuilder());
    }

    /** Builds and stores; the store is not touched when the build has errors. */
    public Outcome build(Corpus corpus, Path db) {
        String fingerprint = corpus.fingerprint();
        BuildResult result = builder.build(corpus);
        if (!result.ok()) {
            return new Outcome(result, 0, false);
        }
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceWith(result, fingerprint);
            return new Outcome(result, store.size(), true);
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
