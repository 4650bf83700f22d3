package org.argkg.pipeline;

import org.argkg.io.Folders;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.argkg.embedding.StatementVectors;
import java.util.Optional;
import org.argkg.corpus.Corpus;
import org.argkg.rdf.DocumentGraph;
import org.argkg.store.GraphStore;
import org.argkg.store.StoredDocument;

/** Builds a corpus into a TDB2 store, or leaves the store alone when it is already current. */
public final class StoreBuilder {

    /** The result of the build and the size of the store afterwards (0 when nothing was stored). */
    public record Outcome(BuildResult result, int documents, long triples, boolean rebuilt) {
    }

    private final GraphBuilder builder;
    private final boolean embeddings;

    /**
     * @param embeddings compute the embeddings of the statements and keep them with the store (the
     *     default, unless the system property {@code argkg.embeddings} is {@code false}, as in the
     *     unit tests, which turn them on where they need them)
     */
    public StoreBuilder(GraphBuilder builder, boolean embeddings) {
        this.builder = builder;
        this.embeddings = embeddings;
    }

    public StoreBuilder(GraphBuilder builder) {
        this(builder, embeddingsByDefault());
    }

    /** The default of {@link #StoreBuilder(GraphBuilder, boolean)}. */
    public static boolean embeddingsByDefault() {
        return !"false".equals(System.getProperty("argkg.embeddings"));
    }

    /** A builder that computes statement embeddings or not, whatever the default. */
    public static StoreBuilder withEmbeddings(boolean embeddings) {
        return new StoreBuilder(new GraphBuilder(), embeddings);
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
            try (GraphStore store = GraphStore.open(db); GraphStore.Replacement replacement = store.replaceAll()) {
                int[] done = {0};
                // vectors of statements whose text did not change are taken from the current store
                Map<String, float[]> known = new HashMap<>();
                if (embeddings) {
                    store.statementVectors().values().forEach(v -> StatementVectors.read(v, known));
                }
                // the next documents are read, checked and mapped while this thread writes
                BuildResult result = Pipeline.<DocumentGraph, BuildResult>run(sink -> builder.stream(corpus, null, sink), doc -> {
                    String vectors = embeddings ? StatementVectors.write(StatementVectors.of(doc.graph(), known)) : null;
                    replacement.add(new StoredDocument(doc.docId(), doc.graph(), doc.sourceText(), vectors));
                    progress.accept(++done[0]);
                });
                if (result.ok()) {
                    long quads = replacement.commit(result.ontologyGraph(), result.actorsGraph(), fingerprint);
                    outcome = new Outcome(result, replacement.documents(), quads, true);
                } else {
                    outcome = new Outcome(result, 0, 0, false); // closing the replacement leaves the store as it was
                }
            }
        } catch (RuntimeException | Error e) {
            if (!existed) {
                deleteQuietly(db); // a first build that fails (a full disk, say) leaves no half-written store
            }
            throw e;
        }
        if (!outcome.result().ok() && !existed) {
            Folders.deleteTree(db); // invalid input writes nothing, not even an empty store
        }
        return outcome;
    }

    private static void deleteQuietly(Path dir) {
        try {
            Folders.deleteTree(dir);
        } catch (RuntimeException ignored) {
            // the build's own error is the one to report
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
