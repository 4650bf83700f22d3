package org.argkg.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.argkg.corpus.Corpus;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statement vectors are written by a build, sealed with the store's generation, and reused by the next build. */
class StoredVectorsTest {

    @TempDir
    Path tmp;

    @Test
    void aBuildKeepsOneVectorPerStatementWithTheStoreGeneration() throws Exception {
        Path seeds = Path.of("src/test/fixtures/valid/minimal/seeds");
        Path db = tmp.resolve("db");
        StoreBuilder.withEmbeddings(true).build(new Corpus(seeds), db);
        Map<String, float[]> first = new HashMap<>();
        long statements;
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(store.statementVectors()).isNotEmpty();
            store.statementVectors().values().forEach(v -> StatementVectors.read(v, first));
            statements = store.union().listStatements(null, org.argkg.vocab.Argkg.statement, (org.apache.jena.rdf.model.RDFNode) null)
                    .toList().stream().map(s -> s.getLiteral().getLanguage() + s.getString().strip()).distinct().count();
        }
        assertThat(first).hasSize((int) statements);
        assertThat(Files.readString(db.resolve("sources/GENERATION")).strip()).isEqualTo("1");
        // a build without embeddings leaves none behind, and a build with them again computes the same vectors
        StoreBuilder.withEmbeddings(false).build(new Corpus(seeds), db);
        try (GraphStore store = GraphStore.open(db)) {
            assertThat(store.statementVectors()).isEmpty();
        }
        StoreBuilder.withEmbeddings(true).build(new Corpus(seeds), db);
        Map<String, float[]> again = new HashMap<>();
        try (GraphStore store = GraphStore.open(db)) {
            store.statementVectors().values().forEach(v -> StatementVectors.read(v, again));
        }
        assertThat(again.keySet()).isEqualTo(first.keySet());
        first.forEach((k, v) -> assertThat(Embeddings.cosine(v, again.get(k))).isGreaterThan(0.9999));
    }
}
